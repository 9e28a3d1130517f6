import type { FigureScene, Shape } from "./types";

/**
 * Draws a figure on a 2D canvas context, `scale` device pixels per pixel of the scene: the PNG
 * of the page, from the same scene as the SVG and the PDF. Text as the SVG writes it: halo under
 * fill, clipped to the map where the layer is.
 */
export function drawScene(context: CanvasRenderingContext2D, scene: FigureScene, scale: number): void {
  context.save();
  context.scale(scale, scale);
  if (scene.background) {
    context.fillStyle = scene.background;
    context.fillRect(0, 0, scene.width, scene.height);
  }
  for (const layer of scene.layers) {
    context.save();
    if (layer.clip) {
      context.beginPath();
      context.rect(layer.clip.x, layer.clip.y, layer.clip.width, layer.clip.height);
      context.clip();
    }
    for (const shape of layer.shapes) if (shape.kind === "text" && shape.halo) drawText(context, shape, true);
    for (const shape of layer.shapes) drawShape(context, shape);
    context.restore();
  }
  context.restore();
}

function drawShape(context: CanvasRenderingContext2D, shape: Shape): void {
  switch (shape.kind) {
    case "circle":
      context.fillStyle = shape.fill;
      context.beginPath();
      context.arc(shape.x, shape.y, shape.r, 0, 2 * Math.PI);
      context.fill();
      return;
    case "line":
      context.strokeStyle = shape.stroke;
      context.lineWidth = shape.width;
      context.lineCap = "butt";
      context.beginPath();
      context.moveTo(shape.x1, shape.y1);
      context.lineTo(shape.x2, shape.y2);
      context.stroke();
      return;
    case "rect":
      context.fillStyle = shape.fill;
      context.fillRect(shape.x, shape.y, shape.width, shape.height);
      return;
    case "text":
      drawText(context, shape, false);
  }
}

const ALIGN = { start: "left", middle: "center", end: "right" } as const;

function drawText(context: CanvasRenderingContext2D, shape: Extract<Shape, { kind: "text" }>, halo: boolean): void {
  context.font = `${shape.font.weight} ${shape.font.size}px ${shape.font.family}`;
  context.textAlign = ALIGN[shape.anchor];
  context.textBaseline = "alphabetic";
  if (halo && shape.halo) {
    context.lineJoin = "round";
    context.lineWidth = shape.halo.width;
    context.strokeStyle = shape.halo.color;
    context.strokeText(shape.text, shape.x, shape.y);
  } else {
    context.fillStyle = shape.fill;
    context.fillText(shape.text, shape.x, shape.y);
  }
}
