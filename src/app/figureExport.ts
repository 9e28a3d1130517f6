import { version } from "../../package.json";
import { figureCaption } from "../export/figure/caption";
import { FIGURE_FILE_NAMES, FIGURE_TYPES, pixelSize, rasterScale, type FigureChoice } from "../export/figure/choice";
import { wholeNetworkCamera } from "../export/figure/mapFrame";
import { figureRecipe, recipeFileName } from "../export/figure/recipe";
import { AUTHOR_FONT, figureScene } from "../export/figure/scene";
import { sceneCanvas, scenePng } from "../export/figure/scenePng";
import { sceneToSvg } from "../export/figure/svg";
import type { FigureCamera, FigureNetwork, FigureScene, MeasureText } from "../export/figure/types";
import { sourceDigest } from "../load/sourceDigest";
import { todayIso } from "../parse/dates";
import type { SourceInput } from "../parse/index";
import type { Store } from "../state/store";
import { textsPdfCannotShow } from "../export/figure/pdfFont";
import type { AppState } from "../state/types";
import type { FigureSource } from "../ui/exportDialog";
import type { ExplorerController } from "./controller";

/** Text widths as the map's label layer measures them (render/labelDrawing.ts's textWidths): the same font string, the same canvas. */
function canvasMeasure(): MeasureText {
  const widths = new Map<string, number>();
  const context = document.createElement("canvas").getContext("2d")!;
  return (text, font) => {
    const id = `${font.weight}|${font.size}|${font.family}|${text}`;
    let width = widths.get(id);
    if (width === undefined) {
      context.font = `${font.weight} ${font.size}px ${font.family}`;
      widths.set(id, (width = context.measureText(text).width));
    }
    return width;
  };
}

/** The page's figures: the network and view of the store, drawn as the map draws them, for the Export… dialog. */
export function figureExporter(store: Store<AppState>, controller: ExplorerController): FigureSource {
  const measure = canvasMeasure();
  const digests = new WeakMap<SourceInput, Promise<string>>();
  const digestOf = (source: SourceInput) => {
    let digest = digests.get(source);
    if (!digest) digests.set(source, (digest = sourceDigest(source)));
    return digest;
  };

  const network = (): FigureNetwork => ({ graph: store.get().data.graph!, visuals: controller.derived.visuals, focus: controller.derived.focus });
  const framed = (choice: Pick<FigureChoice, "frame" | "decorations">): { scene: FigureScene; camera: FigureCamera } => {
    const onScreen = controller.viewCamera();
    if (!onScreen || !store.get().data.graph) throw new Error("no map is drawn");
    const drawn = network();
    // The map of the figure is the map's size on screen: names keep their size beside the discs.
    const map = onScreen.viewport;
    const camera = choice.frame === "view" ? onScreen : wholeNetworkCamera(drawn, map, AUTHOR_FONT, measure);
    return { scene: figureScene({ network: drawn, camera, map, decorations: choice.decorations, measure }), camera };
  };

  const recipeOf = async (choice: FigureChoice, scene: FigureScene, camera: FigureCamera, pixels?: { width: number; height: number }) => {
    const { data, view, selection } = store.get();
    return figureRecipe({
      version,
      date: new Date(),
      inputs: await Promise.all(data.sources.map(async (source) => ({ name: source.name, sha256: await digestOf(source) }))),
      referenceDate: data.referenceDate,
      maxAuthors: data.maxAuthors,
      settings: view.settings,
      sizeBy: view.sizeBy,
      colorBy: view.colorBy,
      selected: selection.item,
      decisions: data.decisions,
      figure: { format: choice.format, frame: choice.frame, box: camera.box, width: scene.width, height: scene.height, ...(pixels && { pixels }), ...choice.decorations },
    });
  };

  return {
    caption() {
      const { data, view } = store.get();
      const shown = controller.derived.view;
      const scope = view.settings.scope;
      const nameOf = (key: string) => (data.graph?.hasNode(key) ? data.graph.getNodeAttribute(key, "label") : key);
      const scopeName = scope.kind === "ego" ? `${nameOf(scope.center)}'s network` : scope.kind === "roster" ? "A roster's network" : null;
      return figureCaption({
        authors: shown.authors.size, links: shown.links.size, papers: shown.papers.size, sources: data.sources.map((s) => s.name),
        settings: view.settings, sizeBy: view.sizeBy, colorBy: view.colorBy, scopeName, version, date: todayIso(),
      });
    },
    preview(choice, width) {
      const { scene } = framed(choice);
      const scale = rasterScale(scene, choice.size);
      return { canvas: sceneCanvas(scene, Math.min(2, width / scene.width) * (window.devicePixelRatio || 1)), pixels: pixelSize(scene, scale), layout: scene, pdfCannotShow: textsPdfCannotShow(scene) };
    },
    async write(choice) {
      const { scene, camera } = framed(choice);
      const fileName = FIGURE_FILE_NAMES[choice.format];
      let blob: Blob;
      let recipe;
      if (choice.format === "png") {
        const scale = rasterScale(scene, choice.size);
        recipe = await recipeOf(choice, scene, camera, pixelSize(scene, scale));
        blob = await scenePng(scene, scale, recipe);
      } else if (choice.format === "svg") {
        recipe = await recipeOf(choice, scene, camera);
        blob = new Blob([sceneToSvg(scene, { recipe })], { type: FIGURE_TYPES.svg });
      } else {
        recipe = await recipeOf(choice, scene, camera);
        const { sceneToPdf } = await import("../export/figure/pdf");
        blob = new Blob([(await sceneToPdf(scene, { recipe, version })) as Uint8Array<ArrayBuffer>], { type: FIGURE_TYPES.pdf });
      }
      const recipeFile = { blob: new Blob([`${JSON.stringify(recipe, null, 2)}\n`], { type: "application/json" }), fileName: recipeFileName(fileName) };
      return { blob, fileName, recipe: recipeFile };
    },
  };
}
