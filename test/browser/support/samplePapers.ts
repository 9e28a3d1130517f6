/*
 * Paper titles of data/sample-listing.txt as the panels list them, newest first, its TeX
 * ("Adaptive $Q$-Aid") as text. Minbeom Kim wrote all four of hers with Jeonghye Kim, who is
 * on every paper: the same four are their link's.
 */
export const WOOJUN_KIM_PAPERS = [
  "Adaptive Q-Aid for Conditional Supervised Learning in Offline Reinforcement Learning", // 2024-02-03
  "LESSON: Learning to Integrate Exploration Strategies for Reinforcement Learning via an Option Framework", // 2023-10-05
  "Decision ConvFormer: Local Filtering in MetaFormer is Sufficient for Decision Making", // 2023-10-04
];
export const MINBEOM_KIM_PAPERS = [
  "Why Does Self-Distillation (Sometimes) Degrade the Reasoning Capability of LLMs?", // 2026-03-25
  "Understanding Reasoning in LLMs through Strategic Information Allocation under Uncertainty", // 2026-03-16
  "Beyond Normalization: Rethinking the Partition Function as a Difficulty Scheduler for RLVR", // 2026-02-13
  "ReflAct: World-Grounded Decision Making in LLM Agents via Goal-State Reflection", // 2025-05-21
];
