import { h } from "../ui/dom";
import { plural } from "../text/plural";
import { barHeights, fractionOfYear, moveThumb, sameYears, thumbAt, yearAtFraction, type Thumb, type YearRange } from "./yearScale";

export interface YearRangeOptions {
  /** The data's first and last year. */
  span: YearRange;
  /** Papers per year from the first to the last. */
  perYear: readonly number[];
  /** The range chosen; null for every paper, with or without a year. */
  years: YearRange | null;
  /** A range set by hand: the player stops before it is applied. */
  setYears(years: YearRange | null): void;
}

/**
 * Two thumbs over the papers per year. Each thumb is a real range input, for the keyboard and
 * screen readers; the pointer is handled by a layer over both that follows a drag through the
 * window, because the panel is rebuilt at every change and a drag held by a replaced input
 * would end at the first year it set. A drag sets the range at most once a frame.
 */
export function yearRange(options: YearRangeOptions): HTMLElement {
  const { span, perYear, years } = options;
  const range = years ?? span;
  const thumbInput = (thumb: Thumb) => {
    const input = h("input", {
      class: `year-thumb year-${thumb}`,
      attrs: {
        type: "range",
        min: String(span[0]),
        max: String(span[1]),
        step: "1",
        "aria-label": thumb === "start" ? "First year" : "Last year",
        "data-focus-key": `years:${thumb}`,
      },
      on: {
        input: () => {
          const next = moveThumb(range, thumb, Number(input.value));
          // A thumb stopped by the other shows where it stopped, even when nothing changes.
          input.value = String(thumb === "start" ? next[0] : next[1]);
          if (!sameYears(next, range)) options.setYears(next);
        },
      },
    });
    input.value = String(thumb === "start" ? range[0] : range[1]);
    return input;
  };
  const start = thumbInput("start");
  const end = thumbInput("end");
  const grip = h("div", { class: "year-grip", attrs: { "aria-hidden": "true" } });
  grip.addEventListener("pointerdown", (event) => dragYears(event, grip, span, range, { start, end }, options.setYears));

  const heights = barHeights(perYear);
  const bars = heights.map((height, i) => {
    const year = span[0] + i;
    const inside = year >= range[0] && year <= range[1];
    return h("span", { class: inside ? "year-bar year-bar-in" : "year-bar", attrs: { style: `height:${height}%` } });
  });
  const histogram = h("div", {
    class: "year-histogram",
    attrs: { role: "img", "aria-label": `Papers per year: ${perYear.map((n, i) => `${span[0] + i}: ${n}`).join(", ")}` },
  }, bars);

  return h(
    "div",
    { class: "year-range", attrs: { style: `--years:${perYear.length}` } },
    h("div", { class: "year-slider" }, histogram, chosenTrack(span, range), start, end, grip),
    h("div", { class: "year-ends", attrs: { "aria-hidden": "true" } }, h("span", { text: String(span[0]) }), h("span", { text: String(span[1]) })),
  );
}

/** The stretch of track between the thumbs, from the middle of the first year's column to the middle of the last's. */
function chosenTrack(span: YearRange, range: YearRange): HTMLElement {
  const from = fractionOfYear(range[0], span) * 100;
  const to = fractionOfYear(range[1], span) * 100;
  return h("span", { class: "year-track-in", attrs: { "aria-hidden": "true", style: `left:${from}%;width:${to - from}%` } });
}

/**
 * A press on the slider takes the nearer thumb to the year under it and drags it, with the
 * listeners on the window so the drag outlives the inputs. The thumb taken gets the focus, so
 * the panel, rebuilt, gives it back to the same thumb and the arrow keys carry on from there.
 */
function dragYears(
  event: PointerEvent,
  grip: HTMLElement,
  span: YearRange,
  from: YearRange,
  inputs: Record<Thumb, HTMLInputElement>,
  setYears: (years: YearRange) => void,
): void {
  if (event.button !== 0) return;
  event.preventDefault();
  const box = grip.getBoundingClientRect();
  const yearOf = (x: number) => yearAtFraction((x - box.left) / box.width, span);
  let range = from;
  let thumb = thumbAt(yearOf(event.clientX), range);
  inputs[thumb ?? "start"].focus();
  const moveTo = (x: number) => {
    const year = yearOf(x);
    // Both thumbs on one year: the first move away tells which one is dragged.
    thumb ??= year < range[0] ? "start" : year > range[1] ? "end" : null;
    if (!thumb) return;
    const next = moveThumb(range, thumb, year);
    if (sameYears(next, range)) return;
    range = next;
    setYears(range);
  };
  let lastX = event.clientX;
  let frame = 0;
  const onMove = (e: PointerEvent) => {
    lastX = e.clientX;
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      moveTo(lastX);
    });
  };
  const onUp = () => {
    cancelAnimationFrame(frame);
    moveTo(lastX);
    window.removeEventListener("pointermove", onMove);
    window.removeEventListener("pointerup", onUp);
    window.removeEventListener("pointercancel", onUp);
  };
  window.addEventListener("pointermove", onMove);
  window.addEventListener("pointerup", onUp);
  window.addEventListener("pointercancel", onUp);
  moveTo(event.clientX);
}

/** What the range leaves out beyond the years: the papers with none. */
export function undatedNote(undated: number, years: YearRange | null): string | null {
  if (undated === 0) return null;
  return years
    ? `${plural(undated, "paper")} without a year ${undated === 1 ? "is" : "are"} left out while a range is set.`
    : `${plural(undated, "paper")} ${undated === 1 ? "has" : "have"} no year: setting a range leaves ${undated === 1 ? "it" : "them"} out.`;
}
