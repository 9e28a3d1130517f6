import { describe, expect, it } from "vitest";
import { readDecisionsFile, writeDecisionsFile } from "../../../src/identity/decisionsFile";
import type { IdentityDecision } from "../../../src/identity/types";

describe("the identity decisions file", () => {
  const decisions: IdentityDecision[] = [
    { action: "merge", people: ["j kim", "jeonghye kim"], labels: ["J. Kim", "Jeonghye Kim"] },
    { action: "split", person: "jose nunez", spelling: "Jose Nunez" },
  ];

  it("reads back exactly what it writes", () => {
    const text = writeDecisionsFile(decisions);
    expect(JSON.parse(text)).toEqual({ format: "coauthor-explorer-identities", version: 1, decisions });
    expect(readDecisionsFile(text)).toEqual({ decisions, problems: [] });
  });

  it("keeps the good decisions of a file with a bad one, and names the bad one", () => {
    const text = JSON.stringify({ format: "coauthor-explorer-identities", version: 1, decisions: [decisions[0], { action: "merge", people: ["x", "x"] }, { action: "rename" }, decisions[1]] });
    expect(readDecisionsFile(text)).toEqual({
      decisions,
      problems: [
        'decision 2 is neither {"action": "merge", "people": [id, id]} nor {"action": "split", "person": id, "spelling": name}; skipped',
        'decision 3 is neither {"action": "merge", "people": [id, id]} nor {"action": "split", "person": id, "spelling": name}; skipped',
      ],
    });
  });

  it.each([
    ["{not json", /^not JSON \(/],
    ['{"decisions": []}', /^not an identity decisions file/],
    ['{"format": "coauthor-explorer-identities", "version": 2, "decisions": []}', /^version 2 of the decisions file is not one this version reads \(1\)$/],
  ])("refuses %s with a reason", (text, reason) => {
    const { decisions: read, problems } = readDecisionsFile(text);
    expect(read).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(reason);
  });
});
