import type Sigma from "sigma";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { CoauthorGraph } from "../graph/types";
import { BACKGROUND_COLOR } from "../visual/palette";
import { LABEL_GAP, placeLabels, type LabelCandidate, type LabelSide } from "./labelPlacement";

/**
 * Sigma's own label grid allows labels to touch and overlap. Instead every label is offered to
 * sigma, and a placement computed before each frame decides which are drawn (see placeLabels).
 * The drawing function is a setting, so PNG exports, which copy the settings, draw the same labels.
 */
export function createLabelLayer(settings: { labelSize: number; labelFont: string; labelWeight: string }) {
  let placed = new Map<string, LabelSide>();
  // sigma emits beforeRender before it updates positions and the camera matrix, so placement
  // is computed at the first label drawn in each frame, when both are current.
  let stale = true;
  let place = () => {};
  const widths = new Map<string, number>();
  const measure = document.createElement("canvas").getContext("2d")!;
  measure.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const widthOf = (label: string) => {
    let width = widths.get(label);
    if (width === undefined) widths.set(label, (width = measure.measureText(label).width));
    return width;
  };

  const sigmaSettings: Partial<Settings> = {
    labelDensity: Number.MAX_SAFE_INTEGER,
    labelRenderedSizeThreshold: 0,
    defaultDrawNodeLabel: (context, data, s) => {
      if (stale) {
        stale = false;
        place();
      }
      const side = placed.get((data as { key?: string }).key ?? "");
      if (side) drawLabel(context, data, s, side);
    },
  };

  const attach = (sigma: Sigma, graph: () => CoauthorGraph) => {
    sigma.on("beforeRender", () => (stale = true));
    place = () => {
      const candidates: LabelCandidate[] = [];
      graph().forEachNode((key) => {
        const data = sigma.getNodeDisplayData(key);
        if (!data || data.hidden || !data.label) return;
        const { x, y } = sigma.framedGraphToViewport(data);
        candidates.push({ key, x, y, size: sigma.scaleSize(data.size), width: widthOf(data.label), forced: data.forceLabel === true });
      });
      placed = placeLabels(candidates, sigma.getDimensions(), settings.labelSize);
    };
  };

  return { sigmaSettings, attach };
}

/**
 * A label beside its node, with a halo of the background colour so that links crossing it do
 * not strike it through.
 */
function drawLabel(...[context, data, settings, side]: [...Parameters<NodeLabelDrawingFunction>, LabelSide]): void {
  if (!data.label) return;
  const x = side === "right" ? data.x + data.size + LABEL_GAP : data.x - data.size - LABEL_GAP;
  const y = data.y + settings.labelSize / 3;
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  context.textAlign = side === "right" ? "left" : "right";
  context.lineJoin = "round";
  context.lineWidth = 3;
  context.strokeStyle = BACKGROUND_COLOR;
  context.strokeText(data.label, x, y);
  context.fillStyle = settings.labelColor.color ?? "#000";
  context.fillText(data.label, x, y);
  context.textAlign = "left";
}
