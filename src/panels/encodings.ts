import { isMeasureId, MEASURES } from "../measures/measures";
import type { NetworkOrigin } from "../graph/types";
import type { ViewState } from "../state/types";
import { h } from "../ui/dom";

interface Encoding {
  id: string;
  label: string;
  /** What it shows, after "Size: " or "Colour: ". */
  description: string;
}

const GROUPS: Encoding = { id: "community", label: "Research group", description: "research group, authors who publish together" };

/**
 * What drives each author's size and colour: any measure, and for colour also the research
 * groups, and the colours of the network file the network was read from, when it gives some.
 */
export function encodings(viewState: ViewState, set: (patch: Partial<ViewState>) => void, network?: NetworkOrigin): HTMLElement {
  const colors = network?.colors ? [GROUPS, { id: "file", label: "As in the file", description: `the colours ${network.file} gives its authors` }, ...MEASURES] : [GROUPS, ...MEASURES];
  return h(
    "section",
    { class: "filter-section", attrs: { "aria-labelledby": "filter-encodings" } },
    h("h3", { text: "Size and colour", attrs: { id: "filter-encodings" } }),
    h(
      "div",
      { class: "filter-encodings" },
      choice("size-by", "Size by", "Size", MEASURES, viewState.sizeBy, (sizeBy) => isMeasureId(sizeBy) && set({ sizeBy })),
      choice("color-by", "Colour by", "Colour", colors, viewState.colorBy, (colorBy) => (colorBy === "community" || colorBy === "file" || isMeasureId(colorBy)) && set({ colorBy })),
    ),
  );
}

function choice(id: string, label: string, role: string, options: readonly Encoding[], value: string, change: (value: string) => void): HTMLElement {
  const select = h(
    "select",
    { attrs: { id, "aria-describedby": `${id}-hint`, "data-focus-key": id }, on: { change: () => change(select.value) } },
    options.map((o) => h("option", { text: o.label, attrs: { value: o.id } })),
  );
  select.value = value;
  const chosen = options.find((o) => o.id === value);
  return h(
    "div",
    { class: "filter-field" },
    h("label", { text: label, attrs: { for: id } }),
    select,
    h("p", { class: "hint filter-hint encoding-hint", text: chosen ? `${role}: ${chosen.description}.` : "", attrs: { id: `${id}-hint` } }),
  );
}
