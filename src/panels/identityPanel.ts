import type { IdentityDecision, MergeCandidate } from "../identity/types";
import { plural } from "../text/plural";
import { h } from "../ui/dom";
import type { PanelContext } from "./types";

const SHOWN_CANDIDATES = 50;

/** "3 shared co-authors · listed at the same place of 2 papers in two files · both publishing 2021–2023". */
export function evidenceText({ evidence }: MergeCandidate): string {
  const parts: string[] = [];
  if (evidence.samePaperRecords > 0) parts.push(`the same ${evidence.samePaperRecords === 1 ? "paper lists" : `${evidence.samePaperRecords} papers list`} one or the other in different files`);
  parts.push(plural(evidence.sharedCoauthors, "shared co-author"));
  if (evidence.overlappingYears) {
    const [from, to] = evidence.overlappingYears;
    parts.push(`both publishing ${from === to ? `in ${from}` : `${from}–${to}`}`);
  } else {
    parts.push("no overlapping years");
  }
  if (evidence.sharedVenues.length > 0) parts.push(`same venue${evidence.sharedVenues.length > 1 ? "s" : ""}: ${evidence.sharedVenues.slice(0, 3).join(", ")}`);
  return parts.join(" · ");
}

export function mergeDecision(candidate: MergeCandidate): IdentityDecision {
  return { action: "merge", people: [candidate.a, candidate.b], labels: candidate.labels };
}

export function decisionText(decision: IdentityDecision): string {
  if (decision.action === "merge") {
    const [a, b] = decision.labels ?? decision.people;
    return `“${a}” and “${b}” are one person`;
  }
  return `“${decision.spelling}” is a different person`;
}

/** One candidate: both names (each opens that author), the evidence, and Merge. */
export function candidateItem(context: PanelContext, candidate: MergeCandidate): HTMLElement {
  const name = (key: string, label: string) =>
    context.graph.hasNode(key) ? h("button", { class: "link", text: label, on: { click: () => context.selectAuthor(key) } }) : h("span", { text: label });
  return h(
    "li",
    { class: "candidate" },
    h("p", { class: "candidate-names" }, name(candidate.a, candidate.labels[0]), h("span", { class: "muted", text: " and " }), name(candidate.b, candidate.labels[1])),
    h("p", { class: "muted candidate-evidence", text: evidenceText(candidate) }),
    h("button", {
      text: "Merge",
      attrs: { "aria-label": `Merge ${candidate.labels[0]} and ${candidate.labels[1]} into one person`, "data-focus-key": `merge:${candidate.a}|${candidate.b}` },
      on: { click: () => context.setDecisions([...context.decisions, mergeDecision(candidate)]) },
    }),
  );
}

/**
 * Who is who: the people who may be one (with the evidence, one click to merge), the decisions
 * taken (each can be taken back; undo goes back one step), and the decisions as a file to keep.
 */
export function identityPanel(context: PanelContext): HTMLElement {
  const { report, decisions } = context;
  const candidates = report.candidates;
  const unapplied = new Set(report.identity.unapplied.map((u) => u.decision));
  return h(
    "section",
    { class: "panel-identity", attrs: { "aria-label": "Who is who" } },
    h("button", { class: "panel-back link", text: "← Overview", on: { click: () => context.openPanel("overview") } }),
    h("h2", { text: "Who is who", attrs: { tabindex: "-1" } }),
    h("p", {
      class: "hint",
      text: "Names that differ only in accents, case, punctuation or order are one person. Names that could be one person but might not (initials collide) are listed here for you to decide. Your decisions are kept in this browser and applied again whenever these files are loaded; save them to use them elsewhere or in the command line.",
    }),
    h("div", { class: "identity-actions" },
      h("button", { text: "Undo last change", attrs: { "data-focus-key": "undo" }, on: { click: () => context.undo() }, disabled: !context.canUndo }),
      h("button", { text: "Save decisions…", on: { click: () => context.exportDecisions() }, disabled: decisions.length === 0 }),
      importButton(context),
    ),
    h("h3", { text: report.candidatesFound === 0 ? "No names left that may be one person" : `May be one person: ${plural(report.candidatesFound, "pair")}` }),
    candidates.length > 0 && h("ol", { class: "candidate-list" }, candidates.slice(0, SHOWN_CANDIDATES).map((c) => candidateItem(context, c))),
    report.candidatesFound > SHOWN_CANDIDATES &&
      h("p", { class: "muted", text: `… and ${report.candidatesFound - SHOWN_CANDIDATES} more with less evidence: merge some of these, and the next best take their place.` }),
    h("h3", { text: decisions.length === 0 ? "No decisions yet" : `Your decisions: ${decisions.length}` }),
    decisions.length > 0 &&
      h(
        "ol",
        { class: "decision-list" },
        decisions.map((decision, i) =>
          h(
            "li",
            {},
            h("span", { text: decisionText(decision) }),
            unapplied.has(decision) && h("span", { class: "muted", text: " (nothing to apply it to in these files)" }),
            " ",
            h("button", {
              class: "link",
              text: "take back",
              attrs: { "aria-label": `Take back: ${decisionText(decision)}`, "data-focus-key": `take-back:${i}` },
              on: { click: () => context.setDecisions(decisions.filter((d) => d !== decision)) },
            }),
          ),
        ),
      ),
  );
}

function importButton(context: PanelContext): HTMLElement {
  const input = h("input", { attrs: { type: "file", accept: ".json,application/json", hidden: "" } });
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) context.importDecisions(file);
    input.value = "";
  });
  return h("span", {}, h("button", { text: "Load decisions…", on: { click: () => input.click() } }), input);
}
