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
      const side = placed.get(keyOf(data));
      if (side) drawLabel(context, data, s, side);
    },
    // Hovered and selected nodes are drawn again on top, in a box: on the same side as their label.
    defaultDrawNodeHover: (context, data, s) => drawHighlight(context, data, s, placed.get(keyOf(data)) ?? "right"),
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

const keyOf = (data: object) => (data as { key?: string }).key ?? "";

const HIGHLIGHT_PADDING = 2;

/**
 * A hovered or selected node: a white box with a soft shadow around the node and its label,
 * like sigma's own, but on the label's side.
 */
function drawHighlight(...[context, data, settings, side]: [...Parameters<NodeLabelDrawingFunction>, LabelSide]): void {
  const fontSize = settings.labelSize;
  context.font = `${settings.labelWeight} ${fontSize}px ${settings.labelFont}`;
  const radius = Math.max(data.size, fontSize / 2) + HIGHLIGHT_PADDING;
  context.save();
  context.fillStyle = "#fff";
  context.shadowBlur = 8;
  context.shadowColor = "rgb(0 0 0 / 35%)";
  context.beginPath();
  if (data.label) {
    const boxWidth = Math.round(context.measureText(data.label).width + 5);
    const boxHeight = Math.round(fontSize + 2 * HIGHLIGHT_PADDING);
    const half = boxHeight / 2;
    const angle = Math.asin(Math.min(1, half / radius));
    const dx = Math.sqrt(Math.max(0, radius * radius - half * half));
    const s = side === "right" ? 1 : -1; // mirror the outline for a label on the left
    context.moveTo(data.x + s * dx, data.y + half);
    context.lineTo(data.x + s * (radius + boxWidth), data.y + half);
    context.lineTo(data.x + s * (radius + boxWidth), data.y - half);
    context.lineTo(data.x + s * dx, data.y - half);
    if (side === "right") context.arc(data.x, data.y, radius, -angle, angle, true);
    else context.arc(data.x, data.y, radius, Math.PI + angle, Math.PI - angle);
  } else {
    context.arc(data.x, data.y, radius, 0, Math.PI * 2);
  }
  context.closePath();
  context.fill();
  context.restore();
  if (data.label) drawLabel(context, data, settings, side);
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
