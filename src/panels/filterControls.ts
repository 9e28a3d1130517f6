import { h } from "../ui/dom";
import type { Counting } from "../view/types";

/** A checkbox with its label and, under it, what it does or hides. */
export function checkField(id: string, label: string, checked: boolean, hint: string | null, change: (on: boolean) => void): HTMLElement {
  const input = h("input", {
    attrs: { type: "checkbox", id, "data-focus-key": id, ...(hint ? { "aria-describedby": `${id}-hint` } : {}) },
    on: { change: () => change(input.checked) },
  });
  input.checked = checked;
  return h("div", { class: "filter-field" }, h("label", { class: "filter-check", attrs: { for: id } }, input, label), hint && h("p", { class: "hint filter-hint", text: hint, attrs: { id: `${id}-hint` } }));
}

/**
 * A number that takes effect when committed (Enter, or leaving the field), not at each key: a
 * half-typed "1" of "12" would redraw the network for nothing. What `parse` refuses is put back.
 */
export function numberField(
  id: string,
  label: string,
  value: number,
  limits: { min: number; step: string },
  hint: string,
  parse: (text: string) => number | null,
  commit: (value: number) => void,
): HTMLElement {
  const input = h("input", {
    attrs: { type: "number", id, min: String(limits.min), step: limits.step, inputmode: limits.step === "1" ? "numeric" : "decimal", "data-focus-key": id, "aria-describedby": `${id}-hint` },
    on: {
      change: () => {
        const parsed = parse(input.value);
        if (parsed === null) input.value = String(value);
        else if (parsed !== value) commit(parsed);
      },
    },
  });
  input.value = String(value);
  return h("div", { class: "filter-field filter-number" }, h("label", { text: label, attrs: { for: id } }), input, h("p", { class: "hint filter-hint", text: hint, attrs: { id: `${id}-hint` } }));
}

/** A whole number of at least `min`, or null. */
export function wholeAtLeast(min: number): (text: string) => number | null {
  return (text) => {
    const n = Number(text);
    return text.trim() !== "" && Number.isInteger(n) && n >= min ? n : null;
  };
}

/** A finite number of at least `min`, or null. */
export function numberAtLeast(min: number): (text: string) => number | null {
  return (text) => {
    const n = Number(text);
    return text.trim() !== "" && Number.isFinite(n) && n >= min ? n : null;
  };
}

const COUNTINGS: { value: Counting; label: string; hint: string }[] = [
  { value: "full", label: "Full", hint: "Each paper counts 1 for each of its authors and 1 for each link." },
  { value: "fractional", label: "Fractional", hint: "A paper with n authors counts 1/n for each author and 1/(n−1) for each link: a 50-author paper weighs no more than a 2-author one." },
];

/** Full or fractional counting, each with the line that says what it means. */
export function countingChoice(counting: Counting, change: (counting: Counting) => void): HTMLElement {
  return h(
    "fieldset",
    { class: "filter-group" },
    h("legend", { text: "Counting" }),
    COUNTINGS.map((choice) => {
      const id = `counting-${choice.value}`;
      const input = h("input", {
        attrs: { type: "radio", name: "counting", id, value: choice.value, "data-focus-key": id, "aria-describedby": `${id}-hint` },
        on: { change: () => input.checked && change(choice.value) },
      });
      input.checked = counting === choice.value;
      return h("div", { class: "filter-field" }, h("label", { class: "filter-check", attrs: { for: id } }, input, choice.label), h("p", { class: "hint filter-hint", text: choice.hint, attrs: { id: `${id}-hint` } }));
    }),
    h("p", { class: "hint", text: "The most authors a paper may have and still add links is under Settings, in the toolbar: changing it rebuilds the network." }),
  );
}
