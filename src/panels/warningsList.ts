import type { SourceError } from "../parse/index";
import type { ParseWarning } from "../parse/types";
import { plural } from "../text/plural";
import { h } from "../ui/dom";

const SHOWN = 200;

/** Every warning with its file and line, so nothing is dropped silently; long lists are cut with a count. */
export function warningsList(warnings: ParseWarning[], errors: SourceError[]): HTMLElement | null {
  if (warnings.length === 0 && errors.length === 0) return null;
  return h(
    "section",
    { class: "warnings", attrs: { "aria-label": "Problems in the input" } },
    errors.length > 0 && h("h3", { text: `Not loaded: ${plural(errors.length, "file")}` }),
    errors.length > 0 && h("ul", { class: "error-list" }, errors.map((e) => h("li", { text: `${e.file}: ${e.message}` }))),
    warnings.length > 0 && h("h3", { text: plural(warnings.length, "warning") }),
    warnings.length > 0 &&
      h("ul", { class: "warning-list" }, ...warnings.slice(0, SHOWN).map((w) => h("li", {}, h("span", { class: "where", text: `${w.file}:${w.line}` }), " ", w.message))),
    warnings.length > SHOWN && h("p", { class: "muted", text: `… and ${warnings.length - SHOWN} more (the CLI lists them all).` }),
  );
}
