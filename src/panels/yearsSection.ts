import { h } from "../ui/dom";
import { yearSpan } from "./format";
import { papersWithout } from "./facetChoice";
import type { PanelContext } from "./types";
import { PLAY_STEP_MS, yearPlayer } from "./yearPlayer";
import { undatedNote, yearRange } from "./yearRange";
import type { YearRange } from "./yearScale";

/**
 * The years: the range chosen, the slider over papers per year, what a range leaves out, and
 * Play, which grows the network a year at a time. None when the papers span one year or none.
 */
export function yearsSection(context: PanelContext, section: () => HTMLElement): HTMLElement | null {
  const span = context.facets.years;
  const { years } = context.viewState.settings;
  if (!span || (span[0] === span[1] && years === null)) return null;
  const setYears = (next: YearRange | null) => context.setSettings({ years: next });
  const scene = { network: context.graph, span, years, setYears, shown: () => section().isConnected };
  yearPlayer.observe(scene);
  const byHand = (next: YearRange | null) => {
    yearPlayer.stop();
    setYears(next);
  };
  const playing = yearPlayer.playing;
  const play = h("button", {
    class: "year-play",
    text: playing ? "Pause" : "Play",
    attrs: { type: "button", "aria-pressed": String(playing), "aria-describedby": "year-play-hint", "data-focus-key": "years:play" },
    on: {
      click: () => {
        if (yearPlayer.playing) {
          yearPlayer.stop();
          // Pausing changes nothing in the store: the button says so itself.
          play.textContent = "Play";
          play.setAttribute("aria-pressed", "false");
        } else {
          yearPlayer.play(scene);
        }
      },
    },
  });
  const note = undatedNote(papersWithout(context.papers).year, years);
  return h(
    "section",
    { class: "filter-section", attrs: { "aria-labelledby": "filter-years" } },
    h("h3", { text: "Years", attrs: { id: "filter-years" } }),
    h("p", { class: "year-chosen", attrs: { id: "year-chosen" } }, years ? yearSpan(years[0], years[1]) : `All years (${yearSpan(span[0], span[1])})`),
    span[0] < span[1] && yearRange({ span, perYear: context.facets.papersPerYear, years, setYears: byHand }),
    note && h("p", { class: "hint", text: note }),
    h(
      "div",
      { class: "filter-actions" },
      span[0] < span[1] && play,
      h("button", { text: "All years", attrs: { type: "button", "data-focus-key": "years:all" }, on: { click: () => byHand(null) } }),
    ),
    span[0] < span[1] && h("p", { class: "hint", attrs: { id: "year-play-hint" }, text: `Play shows the network growing: from the first year, one more year every ${PLAY_STEP_MS / 1000} seconds. Moving the range, or leaving this panel, stops it.` }),
  );
}
