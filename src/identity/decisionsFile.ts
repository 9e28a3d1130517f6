import type { IdentityDecision, IdentityDecisionsFile } from "./types";

export const DECISIONS_FORMAT = "coauthor-explorer-identities";

/** The decisions as the small JSON file users save, share and load again. */
export function writeDecisionsFile(decisions: readonly IdentityDecision[]): string {
  const file: IdentityDecisionsFile = { format: DECISIONS_FORMAT, version: 1, decisions: [...decisions] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a decisions file. Never throws: a file that is not one is an error, a decision that
 * makes no sense is skipped and named, the others are kept.
 */
export function readDecisionsFile(text: string): { decisions: IdentityDecision[]; problems: string[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { decisions: [], problems: [`not JSON (${(error as Error).message})`] };
  }
  const file = json as Partial<IdentityDecisionsFile> | null;
  if (!file || typeof file !== "object" || file.format !== DECISIONS_FORMAT || !Array.isArray(file.decisions)) {
    return { decisions: [], problems: [`not an identity decisions file (expected {"format": "${DECISIONS_FORMAT}", "decisions": [...]})`] };
  }
  if (file.version !== 1) return { decisions: [], problems: [`version ${String(file.version)} of the decisions file is not one this version reads (1)`] };
  const decisions: IdentityDecision[] = [];
  const problems: string[] = [];
  file.decisions.forEach((raw: unknown, i) => {
    const decision = asDecision(raw);
    if (decision) decisions.push(decision);
    else problems.push(`decision ${i + 1} is neither {"action": "merge", "people": [id, id]} nor {"action": "split", "person": id, "spelling": name}; skipped`);
  });
  return { decisions, problems };
}

function asDecision(raw: unknown): IdentityDecision | null {
  if (!raw || typeof raw !== "object") return null;
  const d = raw as Record<string, unknown>;
  const isText = (v: unknown): v is string => typeof v === "string" && v.length > 0;
  const pair = (v: unknown): [string, string] | null => (Array.isArray(v) && v.length === 2 && isText(v[0]) && isText(v[1]) ? [v[0], v[1]] : null);
  const people = pair(d.people);
  if (d.action === "merge" && people && people[0] !== people[1]) {
    const labels = pair(d.labels);
    return labels ? { action: "merge", people, labels } : { action: "merge", people };
  }
  if (d.action === "split" && isText(d.person) && isText(d.spelling)) return { action: "split", person: d.person, spelling: d.spelling };
  return null;
}
