import type { FigureScene, Shape } from "./types";

/** PDF points per pixel of the scene: a pixel is 1/96 inch, as in CSS, so a figure prints at its screen size. */
const POINTS_PER_PIXEL = 0.75;

/**
 * A figure as a one-page vector PDF, drawn from the scene's own shapes with jsPDF (loaded here
 * only: a separate chunk of the page, fetched when a PDF is asked for). Text is in Helvetica,
 * PDF's standard font: names outside Windows-1252 (Cyrillic, CJK) are not shown right in it;
 * the SVG has them. The recipe goes in the document's keywords, the caption in its subject.
 */
export async function sceneToPdf(scene: FigureScene, options: { recipe?: unknown; version: string }): Promise<Uint8Array> {
  const { jsPDF } = await import("jspdf");
  const k = POINTS_PER_PIXEL;
  const [width, height] = [scene.width * k, scene.height * k];
  const doc = new jsPDF({ orientation: width > height ? "landscape" : "portrait", unit: "pt", format: [width, height], compress: true });
  doc.setDocumentProperties({
    title: scene.title ?? "Co-authorship network",
    subject: scene.caption ?? "",
    keywords: options.recipe === undefined ? "" : JSON.stringify(options.recipe),
    creator: `Coauthor Explorer ${options.version}`,
  });
  if (scene.background) {
    doc.setFillColor(scene.background);
    doc.rect(0, 0, width, height, "F");
  }
  for (const layer of scene.layers) {
    doc.saveGraphicsState();
    if (layer.clip) {
      doc.rect(layer.clip.x * k, layer.clip.y * k, layer.clip.width * k, layer.clip.height * k, null);
      doc.clip();
      doc.discardPath();
    }
    for (const shape of layer.shapes) if (shape.kind === "text" && shape.halo) text(doc, shape, k, true);
    for (const shape of layer.shapes) draw(doc, shape, k);
    doc.restoreGraphicsState();
  }
  return new Uint8Array(doc.output("arraybuffer"));
}

type Doc = InstanceType<typeof import("jspdf").jsPDF>;

function draw(doc: Doc, shape: Shape, k: number): void {
  switch (shape.kind) {
    case "circle":
      doc.setFillColor(shape.fill);
      doc.circle(shape.x * k, shape.y * k, shape.r * k, "F");
      return;
    case "line":
      doc.setDrawColor(shape.stroke);
      doc.setLineWidth(shape.width * k);
      doc.setLineCap("butt");
      doc.line(shape.x1 * k, shape.y1 * k, shape.x2 * k, shape.y2 * k, "S");
      return;
    case "rect":
      doc.setFillColor(shape.fill);
      doc.rect(shape.x * k, shape.y * k, shape.width * k, shape.height * k, "F");
      return;
    case "text":
      text(doc, shape, k, false);
  }
}

const ALIGN = { start: "left", middle: "center", end: "right" } as const;

function text(doc: Doc, shape: Extract<Shape, { kind: "text" }>, k: number, halo: boolean): void {
  doc.setFont("helvetica", Number(shape.font.weight) >= 600 ? "bold" : "normal");
  doc.setFontSize(shape.font.size * k);
  const options = { align: ALIGN[shape.anchor], baseline: "alphabetic" as const };
  if (halo && shape.halo) {
    doc.setDrawColor(shape.halo.color);
    doc.setLineWidth(shape.halo.width * k);
    doc.setLineJoin("round");
    doc.text(shape.text, shape.x * k, shape.y * k, { ...options, renderingMode: "stroke" });
  } else {
    doc.setTextColor(shape.fill);
    doc.text(shape.text, shape.x * k, shape.y * k, { ...options, renderingMode: "fill" });
  }
}
