import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPapers } from "../../../src/load/readPapers";

const text = readFileSync(new URL("../../../data/sample-listing.txt", import.meta.url), "utf8");
const lines = text.split("\n").map((l) => l.trim());
const result = readPapers([{ name: "sample-listing.txt", text }], { referenceDate: "2026-11-25" });

// Worked out by reading data/sample-listing.txt: header line, title, authors, et al., date, score.
const expected = [
  [1, "Why Does Self-Distillation (Sometimes) Degrade the Reasoning Capability of LLMs?", ["Jeonghye Kim", "Xufang Luo", "Minbeom Kim"], true, "2026-03-25", "CL", 99.1],
  [4, "Exploratory Memory-Augmented LLM Agent via Hybrid On- and Off-Policy Optimization", ["Zeyuan Liu", "Jeonghye Kim", "Xufang Luo"], true, "2026-02-26", "LG", null],
  [7, "Understanding Reasoning in LLMs through Strategic Information Allocation under Uncertainty", ["Jeonghye Kim", "Xufang Luo", "Minbeom Kim"], true, "2026-03-16", "AI", 100],
  [10, "Decision ConvFormer: Local Filtering in MetaFormer is Sufficient for Decision Making", ["Jeonghye Kim", "Suyoung Lee", "Woojun Kim"], true, "2023-10-04", "LG", null],
  [13, "LESSON: Learning to Integrate Exploration Strategies for Reinforcement Learning via an Option Framework", ["Woojun Kim", "Jeonghye Kim", "Youngchul Sung"], false, "2023-10-05", "LG", null],
  [16, "Beyond Normalization: Rethinking the Partition Function as a Difficulty Scheduler for RLVR", ["Dohyung Kim", "Minbeom Kim", "Jeonghye Kim"], true, "2026-02-13", "CL", null],
  [19, "Rebellious Student: Reversing Teacher Signals for Reasoning Exploration with Self-Distilled RLVR", ["Jeonghye Kim", "Jiwon Jeon", "Dongsheng Li"], true, "2026-05-11", "LG", 97.8],
  [22, "Adaptive Q-Aid for Conditional Supervised Learning in Offline Reinforcement Learning", ["Jeonghye Kim", "Suyoung Lee", "Woojun Kim"], true, "2024-02-03", "LG", null],
  [25, "ReflAct: World-Grounded Decision Making in LLM Agents via Goal-State Reflection", ["Jeonghye Kim", "Sojeong Rhee", "Minbeom Kim"], true, "2025-05-21", "CL", null],
  [28, "Align While Search: Belief-Guided Exploratory Inference for World-Grounded Embodied Agents", ["Seohui Bae", "Jeonghye Kim", "Youngchul Sung"], true, "2025-12-30", "AI", null],
  [31, "Penalizing Infeasible Actions and Reward Scaling in Reinforcement Learning with Offline Data", ["Jeonghye Kim", "Yongjae Shin", "Whiyoung Jung"], true, "2025-07-11", "LG", null],
  [34, "Online Pre-Training for Offline-to-Online Reinforcement Learning", ["Yongjae Shin", "Jeonghye Kim", "Whiyoung Jung"], true, "2025-07-11", "LG", null],
  [37, "RAISE: Enhancing Scientific Reasoning in LLMs via Step-by-Step Retrieval", ["Minhae Oh", "Jeonghye Kim", "Nakyung Lee"], true, "2025-06-10", "CL", null],
] as const;

describe("the sample listing", () => {
  it("has 13 papers and no warnings", () => {
    expect(result.papers).toHaveLength(13);
    expect(result.warnings).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it.each(expected.map((row, i) => [i + 1, ...row] as const))(
    "paper %i (line %i) is read exactly",
    (index, line, title, authors, etAl, date, category, score) => {
      const paper = result.papers[index - 1]!;
      expect(paper).toMatchObject({
        title,
        authors: [...authors],
        etAl,
        date,
        year: Number(date.slice(0, 4)),
        categories: [category],
        score,
        source: { file: "sample-listing.txt", line },
      });
      // The abstract is the line after the title line, whole, with its TeX as text: the
      // sample's is EMPO$^2$ (paper 2) and $Q$ (paper 8).
      expect(paper.abstract).toBe(lines[line + 1]!.replaceAll("$^2$", "²").replaceAll("$Q$", "Q"));
    },
  );

  it("keeps the abstract line whole", () => {
    const abstract = result.papers[12]!.abstract!;
    expect(abstract.startsWith("Scientific reasoning requires not only long-chain reasoning processes")).toBe(true);
    expect(abstract.endsWith("but also documents logically more relevant.")).toBe(true);
  });

  it("shows the TeX of titles and abstracts as text", () => {
    expect(lines[22]).toBe("Adaptive $Q$-Aid for Conditional Supervised Learning in Offline Reinforcement LearningJeonghye Kim, Suyoung Lee, Woojun Kim et al.");
    expect(result.papers[7]!.title).toBe("Adaptive Q-Aid for Conditional Supervised Learning in Offline Reinforcement Learning");
    expect(result.papers[1]!.abstract).toContain("(EMPO²), a hybrid RL framework");
    expect(result.papers.filter((p) => `${p.title} ${p.abstract}`.includes("$"))).toEqual([]);
  });

  it("gives readable, unique ids", () => {
    expect(result.papers[3]!.id).toBe("decision-convformer-local-filtering-in-metaformer-is");
    expect(new Set(result.papers.map((p) => p.id)).size).toBe(13);
  });

  it("resolves dates without a year against the reference date", () => {
    const early = readPapers([{ name: "s", text }], { referenceDate: "2026-03-20" }).papers;
    // "Mar 25" read on 2026-03-20 is last year's; "Mar 16" and "Feb 26" are this year's.
    expect(early.map((p) => p.date).slice(0, 3)).toEqual(["2025-03-25", "2026-02-26", "2026-03-16"]);
    // "May 11" is after 2026-03-20, so 2025.
    expect(early[6]!.date).toBe("2025-05-11");
  });
});
