import type { IdentityDecision } from "../../identity/types";
import type { MeasureId } from "../../measures/measures";
import { searchWithView } from "../../state/viewAddress";
import type { ColorBy } from "../../state/types";
import type { Scope, ViewSettings } from "../../view/types";
import type { GraphBox } from "../../render/fittedFrame";

/** The keyword of a PNG's recipe chunk, and the file name's ending of a recipe saved beside a figure. */
export const RECIPE_KEYWORD = "coauthor-explorer-recipe";
export const RECIPE_SUFFIX = ".recipe.json";

/** How a figure was made, so that it can be made again: what was read, how it was looked at, and what drew it. */
export interface FigureRecipe {
  made: "Coauthor Explorer figure";
  version: string;
  /** When: an ISO 8601 instant. */
  date: string;
  /** Each file read, by name and the SHA-256 of its bytes (load/sourceDigest.ts). */
  inputs: { name: string; sha256: string }[];
  referenceDate: string;
  maxAuthors: number;
  /** Counting, filters, size and colour, and what is picked out, as the address writes them (state/viewAddress.ts). */
  view: string;
  /** Whose network, when not everyone's (the address carries it as ?ego=). */
  scope: Scope;
  /** Merges and splits of people, as *Save decisions…* writes them. */
  identityDecisions: IdentityDecision[];
  figure: {
    format: "svg" | "png" | "pdf";
    frame: "whole" | "view";
    /** The graph's rectangle shown. */
    box: GraphBox;
    /** The figure's layout size, and the pixels of a PNG. */
    width: number;
    height: number;
    pixels?: { width: number; height: number };
    background: "white" | "transparent";
    title: string;
    colorLegend: boolean;
    sizeLegend: boolean;
    caption: string;
  };
}

export interface RecipeFacts {
  version: string;
  date: Date;
  inputs: { name: string; sha256: string }[];
  referenceDate: string;
  maxAuthors: number;
  settings: ViewSettings;
  sizeBy: MeasureId;
  colorBy: ColorBy;
  selected: { kind: "none" } | { kind: "author"; key: string } | { kind: "link"; key: string };
  decisions: readonly IdentityDecision[];
  figure: FigureRecipe["figure"];
}

export function figureRecipe(facts: RecipeFacts): FigureRecipe {
  const { settings } = facts;
  return {
    made: "Coauthor Explorer figure",
    version: facts.version,
    date: facts.date.toISOString(),
    inputs: facts.inputs,
    referenceDate: facts.referenceDate,
    maxAuthors: facts.maxAuthors,
    view: searchWithView("", { settings, sizeBy: facts.sizeBy, colorBy: facts.colorBy, panel: "overview", selected: facts.selected }),
    scope: settings.scope,
    identityDecisions: [...facts.decisions],
    figure: facts.figure,
  };
}

/** A recipe file's name beside its figure's: coauthor-network.svg → coauthor-network.svg.recipe.json. */
export const recipeFileName = (figureFile: string) => `${figureFile}${RECIPE_SUFFIX}`;
