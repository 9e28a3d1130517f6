import type { PanelKind } from "../state/types";
import { filtersPanel } from "./filtersPanel";
import { overviewPanel } from "./overviewPanel";
import { pathPanel } from "./pathPanel";
import { rosterPanel } from "./rosterPanel";
import { statisticsPanel } from "./statisticsPanel";
import { authorTable } from "./authorTable";
import type { PanelContext } from "./types";

/** The open tool's panel. */
export function toolPanel(context: PanelContext, panel: Exclude<PanelKind, "identity">): HTMLElement {
  switch (panel) {
    case "filters":
      return filtersPanel(context);
    case "statistics":
      return statisticsPanel(context);
    case "table":
      return authorTable(context);
    case "path":
      return pathPanel(context);
    case "roster":
      return rosterPanel(context);
    default:
      return overviewPanel(context);
  }
}
