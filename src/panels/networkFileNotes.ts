import type { AttributeValue, CoauthorGraph, NetworkOrigin } from "../graph/types";
import { h } from "../ui/dom";

/** The network's origin when it was read from a network file, else undefined: such a network has no papers. */
export const networkFileOf = (graph: CoauthorGraph): NetworkOrigin | undefined => graph.getAttribute("network");

/** Said in an author's or a link's panel, plainly, in place of the paper list a network file does not have. */
export function noPapersNote(network: NetworkOrigin, of: "author" | "link"): HTMLElement {
  const what = of === "author" ? "this author’s papers" : "the papers these two share";
  return h("p", { class: "note note-no-papers", text: `No papers in this file: ${network.file} is a ${network.format} network, with authors and links only, so ${what} are not known here.` });
}

/** A value as the file gives it: lists joined, numbers as written, yes or no. */
function valueText(value: AttributeValue): string {
  if (Array.isArray(value)) return value.join("; ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}

/** What the file says of an author or a link beyond name, place and drawing, by the file's own names. */
export function fileAttributesList(attributes: Readonly<Record<string, AttributeValue>> | undefined, title: string): HTMLElement | null {
  const entries = Object.entries(attributes ?? {});
  if (entries.length === 0) return null;
  return h(
    "section",
    { class: "file-attributes", attrs: { "aria-label": title } },
    h("h3", { text: title }),
    h(
      "dl",
      { class: "stats-list" },
      entries.map(([name, value]) => h("div", {}, h("dt", { text: name }), h("dd", { text: valueText(value) }))),
    ),
  );
}
