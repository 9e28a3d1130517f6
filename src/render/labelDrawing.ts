import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import { BACKGROUND_COLOR, LABEL_COLOR } from "../visual/palette";
import { LABEL_GAP, type LabelSide } from "./labelPlacement";

/** The font settings of a kind of label, as sigma names them. */
export type LabelFont = Pick<Settings, "labelFont" | "labelSize" | "labelWeight">;

type NodeOnScreen = Parameters<NodeLabelDrawingFunction>[1];

const HIGHLIGHT_PADDING = 2;

/**
 * A hovered or selected node: a white box with a soft shadow around the node and its label,
 * like sigma's own, but on the label's side.
 */
export function drawHighlight(...[context, data, settings, side]: [...Parameters<NodeLabelDrawingFunction>, LabelSide]): void {
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
  if (data.label) drawLabel(context, data, settings, side, true);
}

/**
 * A label beside its node. With a halo of the background colour, links crossing it do not
 * strike it through; the halo is left out while the camera moves, where it costs a second
 * pass over the text for little.
 */
export function drawLabel(context: CanvasRenderingContext2D, data: NodeOnScreen, settings: Settings, side: LabelSide, halo: boolean): void {
  if (!data.label) return;
  const x = side === "right" ? data.x + data.size + LABEL_GAP : data.x - data.size - LABEL_GAP;
  const y = data.y + settings.labelSize / 3;
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  context.textAlign = side === "right" ? "left" : "right";
  if (halo) {
    context.lineJoin = "round";
    context.lineWidth = 3;
    context.strokeStyle = BACKGROUND_COLOR;
    context.strokeText(data.label, x, y);
  }
  context.fillStyle = settings.labelColor.color ?? LABEL_COLOR;
  context.fillText(data.label, x, y);
  context.textAlign = "left";
}

/** A group's name, centred on its most central author, over a wider halo than an author's. */
export function drawGroupLabel(context: CanvasRenderingContext2D, at: { x: number; y: number }, text: string, font: LabelFont, halo: boolean): void {
  const y = at.y + font.labelSize / 3;
  context.font = `${font.labelWeight} ${font.labelSize}px ${font.labelFont}`;
  context.textAlign = "center";
  if (halo) {
    context.lineJoin = "round";
    context.lineWidth = 5;
    context.strokeStyle = BACKGROUND_COLOR;
    context.strokeText(text, at.x, y);
  }
  context.fillStyle = LABEL_COLOR;
  context.fillText(text, at.x, y);
  context.textAlign = "left";
}

/** Text widths in a font, measured once per text. */
export function textWidths(): (text: string, font: LabelFont) => number {
  const widths = new Map<string, number>();
  const measure = document.createElement("canvas").getContext("2d")!;
  return (text, font) => {
    const id = `${font.labelWeight}|${font.labelSize}|${text}`;
    let width = widths.get(id);
    if (width === undefined) {
      measure.font = `${font.labelWeight} ${font.labelSize}px ${font.labelFont}`;
      widths.set(id, (width = measure.measureText(text).width));
    }
    return width;
  };
}
