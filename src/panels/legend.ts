import { plural } from "../text/plural";
import { h } from "../ui/dom";
import type { Legend } from "../visual/scales";
import type { PanelContext } from "./types";

/** Groups listed by name before the rest are summed up in one line. */
const GROUPS_LISTED = 12;

/**
 * What size and colour show, in words and samples: a size legend (discs with their values), a
 * colour legend (stops) or, when colour shows research groups, the groups by name and size.
 * Each group's name is a button to its most central author: colour is never the only clue.
 */
export function legend(context: PanelContext): HTMLElement {
  const { visuals } = context;
  return h(
    "section",
    { class: "legend-block", attrs: { "aria-labelledby": "legend-title" } },
    h("h3", { text: "Legend", attrs: { id: "legend-title" } }),
    scaleLegend(visuals.legend.size),
    visuals.legend.color ? scaleLegend(visuals.legend.color) : context.viewState.colorBy === "file" ? fileColorLegend(context) : groupLegend(context),
    h("p", { class: "muted", text: `Link thickness: ${linkMeaning(context)}. Long and light links are fainter.` }),
  );
}

function scaleLegend(legend: Legend): HTMLElement {
  if (legend.role === "size") {
    return h(
      "div",
      { class: "legend-scale" },
      h("p", { class: "legend-title", text: legend.title }),
      h(
        "ul",
        { class: "legend legend-sizes" },
        legend.samples.map((s) => h("li", {}, disc(s.radius, "#8a90a6"), s.label)),
        legend.noValue && h("li", {}, disc(legend.noValue.radius, "#8a90a6"), legend.noValue.label),
      ),
    );
  }
  return h(
    "div",
    { class: "legend-scale" },
    h("p", { class: "legend-title", text: legend.title }),
    h(
      "ul",
      { class: "legend legend-stops" },
      legend.stops.map((s) => h("li", {}, h("span", { class: "swatch", attrs: { style: `background:${s.color}` } }), s.label)),
      legend.noValue && h("li", {}, h("span", { class: "swatch", attrs: { style: `background:${legend.noValue.color}` } }), legend.noValue.label),
    ),
  );
}

function groupLegend(context: PanelContext): HTMLElement | null {
  const { groups } = context.visuals;
  if (groups.length === 0) return null;
  const listed = groups.slice(0, GROUPS_LISTED);
  const rest = groups.slice(GROUPS_LISTED);
  const restAuthors = rest.reduce((sum, g) => sum + g.size, 0);
  return h(
    "div",
    { class: "legend-scale" },
    h("p", { class: "legend-title", text: `Colour: research group (authors who publish mostly with each other), named after its most central author${keptThrough(context)} · ${plural(groups.length, "group")}` }),
    h(
      "ul",
      { class: "legend legend-groups" },
      listed.map((g) =>
        h(
          "li",
          {},
          h("span", { class: "swatch", attrs: { style: `background:${g.color}` } }),
          h("button", { class: "link", text: `${g.name}’s group`, attrs: { "data-focus-key": `group:${g.id}`, title: `Show ${g.name}` }, on: { click: () => context.selectAuthor(g.center) } }),
          h("span", { class: "muted", text: ` · ${plural(g.size, "author")}` }),
        ),
      ),
      rest.length > 0 && h("li", { class: "muted", text: `and ${plural(rest.length, "smaller group")} · ${plural(restAuthors, "author")}` }),
    ),
  );
}

/** After a rebuild, why a group's namesake may not be its most central author now, and why colours stayed. */
function keptThrough({ graph }: PanelContext): string {
  return graph.getAttribute("keptGroups")?.length ? "; a group that carries on through a rebuild keeps its colour, and its name while that author is in it" : "";
}

/** A disc of the given radius, as drawn on the map at the current zoom of 1. */
function disc(radius: number, color: string): HTMLElement {
  const d = Math.max(2, Math.round(radius * 2));
  return h("span", { class: "legend-disc", attrs: { style: `width:${d}px;height:${d}px;background:${color}`, "aria-hidden": "true" } });
}

function linkMeaning(context: PanelContext): string {
  if (context.graph.getAttribute("network")) return "the link’s weight in the file";
  return context.viewState.settings.counting === "fractional" ? "papers written together, each counting 1/(n−1) for its n authors" : "papers written together";
}

/**
 * Colour as the network file gives it: each colour with how many visible authors have it and
 * one of them by name (a button to her), so that colour is never the only clue; most used first.
 */
function fileColorLegend(context: PanelContext): HTMLElement {
  const { graph, view } = context;
  const byColor = new Map<string, { count: number; example: string }>();
  let without = 0;
  for (const key of view.authors.keys()) {
    const color = graph.getNodeAttribute(key, "fileColor");
    if (color === undefined) {
      without++;
      continue;
    }
    const entry = byColor.get(color);
    if (entry) entry.count++;
    else byColor.set(color, { count: 1, example: key });
  }
  const colors = [...byColor.entries()].sort((a, b) => b[1].count - a[1].count);
  const listed = colors.slice(0, GROUPS_LISTED);
  const file = graph.getAttribute("network")?.file ?? "the file";
  return h(
    "div",
    { class: "legend-scale" },
    h("p", { class: "legend-title", text: `Colour: as in ${file} · ${plural(colors.length, "colour")}` }),
    h(
      "ul",
      { class: "legend legend-groups" },
      listed.map(([color, { count, example }]) =>
        h(
          "li",
          {},
          h("span", { class: "swatch", attrs: { style: `background:${color}` } }),
          h("span", { text: `${plural(count, "author")}, such as ` }),
          h("button", { class: "link", text: graph.getNodeAttribute(example, "label"), attrs: { "data-focus-key": `file-color:${color}`, title: `Show ${graph.getNodeAttribute(example, "label")}` }, on: { click: () => context.selectAuthor(example) } }),
        ),
      ),
      colors.length > GROUPS_LISTED && h("li", { class: "muted", text: `and ${plural(colors.length - GROUPS_LISTED, "other colour")}` }),
      without > 0 && h("li", { class: "muted", text: `${plural(without, "author")} the file gives no colour, drawn grey` }),
    ),
  );
}
