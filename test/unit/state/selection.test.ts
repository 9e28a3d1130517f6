import { describe, expect, it } from "vitest";
import { panelShown, pick, samePanelShown, showItem, showTool } from "../../../src/state/selection";
import type { SelectionState } from "../../../src/state/types";

const nothing: SelectionState = { item: { kind: "none" }, hovered: "xufang luo", panelShowsItem: false };
const author = { kind: "author", key: "minbeom kim" } as const;
const link = { kind: "link", key: "jeonghye kim|minbeom kim" } as const;
const visible = { authors: new Set(["minbeom kim", "jeonghye kim"]), links: new Set(["jeonghye kim|minbeom kim"]) };

describe("what is selected and what the panel shows", () => {
  it("shows the panel of an author or link picked, and the tool when nothing is, keeping the hover", () => {
    expect(pick(nothing, author)).toEqual({ item: author, hovered: "xufang luo", panelShowsItem: true });
    expect(pick(nothing, link)).toEqual({ item: link, hovered: "xufang luo", panelShowsItem: true });
    expect(pick(showTool(pick(nothing, author)), { kind: "none" })).toEqual(nothing);
  });

  it("shows the tool with the author still selected, and her panel again on demand", () => {
    const toolShown = showTool(pick(nothing, author));
    expect(toolShown).toEqual({ item: author, hovered: "xufang luo", panelShowsItem: false });
    expect(showItem(toolShown)).toEqual({ item: author, hovered: "xufang luo", panelShowsItem: true });
    // Nothing selected has no panel to show.
    expect(showItem(nothing)).toBe(nothing);
    // No change is the same state: the store's listeners see nothing new.
    expect(showTool(toolShown)).toBe(toolShown);
  });

  it("shows the author's or link's panel while it is to be shown and visible, else the open tool", () => {
    expect(panelShown(pick(nothing, author), "table", visible)).toEqual(author);
    expect(panelShown(pick(nothing, link), "table", visible)).toEqual(link);
    expect(panelShown(showTool(pick(nothing, author)), "table", visible)).toEqual({ kind: "tool", panel: "table" });
    expect(panelShown(nothing, "statistics", visible)).toEqual({ kind: "tool", panel: "statistics" });
    // Hidden by the filters: the tool shows, and the author stays selected for when they show her again.
    const hidden = { authors: new Set(["jeonghye kim"]), links: new Set<string>() };
    expect(panelShown(pick(nothing, author), "overview", hidden)).toEqual({ kind: "tool", panel: "overview" });
    expect(panelShown(pick(nothing, link), "overview", hidden)).toEqual({ kind: "tool", panel: "overview" });
  });

  it("tells one panel shown from another", () => {
    expect(samePanelShown(author, { kind: "author", key: "minbeom kim" })).toBe(true);
    expect(samePanelShown(author, { kind: "author", key: "jeonghye kim" })).toBe(false);
    expect(samePanelShown(author, { kind: "link", key: "minbeom kim" })).toBe(false);
    expect(samePanelShown({ kind: "tool", panel: "table" }, { kind: "tool", panel: "table" })).toBe(true);
    expect(samePanelShown({ kind: "tool", panel: "table" }, { kind: "tool", panel: "overview" })).toBe(false);
    expect(samePanelShown({ kind: "tool", panel: "table" }, author)).toBe(false);
    expect(samePanelShown(author, { kind: "tool", panel: "table" })).toBe(false);
  });
});
