import type { PanelKind, Selected, SelectionState } from "./types";

/** What the side panel shows: the selected author's or link's panel, or a tool. */
export type PanelShown = { kind: "author"; key: string } | { kind: "link"; key: string } | { kind: "tool"; panel: PanelKind };

/** The authors and links on the map, which alone have a panel to show. */
export interface Visible {
  authors: { has(key: string): boolean };
  links: { has(key: string): boolean };
}

/** An author or a link picked (on the map, in a list, by search): their panel shows. Nothing picked shows the tool. */
export function pick(selection: SelectionState, item: Selected): SelectionState {
  return { ...selection, item, panelShowsItem: item.kind !== "none" };
}

/** The open tool shows again, and what was selected stays selected: on the map, in the table, in the panel's selection line. */
export function showTool(selection: SelectionState): SelectionState {
  return selection.panelShowsItem ? { ...selection, panelShowsItem: false } : selection;
}

/** The selected item's panel shows again over the tool. */
export function showItem(selection: SelectionState): SelectionState {
  const panelShowsItem = selection.item.kind !== "none";
  return selection.panelShowsItem === panelShowsItem ? selection : { ...selection, panelShowsItem };
}

/**
 * What the panel shows: the item's panel while it is to be shown and on the map; else the open
 * tool, an item hidden by the filters staying selected for when they show it again.
 */
export function panelShown(selection: SelectionState, panel: PanelKind, visible: Visible): PanelShown {
  const { item } = selection;
  if (selection.panelShowsItem && item.kind === "author" && visible.authors.has(item.key)) return item;
  if (selection.panelShowsItem && item.kind === "link" && visible.links.has(item.key)) return item;
  return { kind: "tool", panel };
}

/** The same thing shown: the same tool, or the same author's or link's panel. */
export function samePanelShown(a: PanelShown, b: PanelShown): boolean {
  return a.kind === "tool" ? b.kind === "tool" && a.panel === b.panel : a.kind === b.kind && a.key === (b as { key: string }).key;
}
