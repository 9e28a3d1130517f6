import { describe, expect, it } from "vitest";
import { splitTitleAuthors } from "../../../src/parse/formats/listing/splitTitleAuthors";

// [line, title, authors, etAl]: each case from the listing-format notes, split by hand.
const cases: [string, string, string[], boolean][] = [
  // Hyphenated title words: "Off-" must not be taken as glued to "Policy".
  ["Exploratory Memory-Augmented LLM Agent via Hybrid On- and Off-Policy OptimizationZeyuan Liu, Jeonghye Kim, Xufang Luo et al.",
    "Exploratory Memory-Augmented LLM Agent via Hybrid On- and Off-Policy Optimization", ["Zeyuan Liu", "Jeonghye Kim", "Xufang Luo"], true],
  // Camel-case title words.
  ["Decision ConvFormer: Local Filtering in MetaFormer is Sufficient for Decision MakingJeonghye Kim, Suyoung Lee, Woojun Kim et al.",
    "Decision ConvFormer: Local Filtering in MetaFormer is Sufficient for Decision Making", ["Jeonghye Kim", "Suyoung Lee", "Woojun Kim"], true],
  ["ReflAct: World-Grounded Decision Making in LLM Agents via Goal-State ReflectionJeonghye Kim, Sojeong Rhee",
    "ReflAct: World-Grounded Decision Making in LLM Agents via Goal-State Reflection", ["Jeonghye Kim", "Sojeong Rhee"], false],
  ["Flow Matching for GFlowNetsAda Park", "Flow Matching for GFlowNets", ["Ada Park"], false],
  // Titles ending in acronyms, '?', ')', digits, '$'.
  ["Beyond Normalization: Rethinking the Partition Function as a Difficulty Scheduler for RLVRDohyung Kim, Minbeom Kim",
    "Beyond Normalization: Rethinking the Partition Function as a Difficulty Scheduler for RLVR", ["Dohyung Kim", "Minbeom Kim"], false],
  ["Scaling Instruction Tuning for LLMsJ. R. Tolkien, Ann Lee", "Scaling Instruction Tuning for LLMs", ["J. R. Tolkien", "Ann Lee"], false],
  ["Why Does Self-Distillation (Sometimes) Degrade the Reasoning Capability of LLMs?Jeonghye Kim, Xufang Luo et al.",
    "Why Does Self-Distillation (Sometimes) Degrade the Reasoning Capability of LLMs?", ["Jeonghye Kim", "Xufang Luo"], true],
  ["Robust Agents (Extended Version)Mary Chen", "Robust Agents (Extended Version)", ["Mary Chen"], false],
  ["Evaluating GPT-4Tom Brown, Ann Lee", "Evaluating GPT-4", ["Tom Brown", "Ann Lee"], false],
  ["Bounds for Learning with $Q$Lin Xiao", "Bounds for Learning with $Q$", ["Lin Xiao"], false],
  // Names with initials, with and without dots.
  ["Generative Adversarial NetsIan J. Goodfellow, Jean Pouget-Abadie, Mehdi Mirza",
    "Generative Adversarial Nets", ["Ian J. Goodfellow", "Jean Pouget-Abadie", "Mehdi Mirza"], false],
  ["Adam: A Method for Stochastic OptimizationDiederik P Kingma, Jimmy Ba",
    "Adam: A Method for Stochastic Optimization", ["Diederik P Kingma", "Jimmy Ba"], false],
  // Particles, as the first author too.
  ["Visualizing Data using t-SNELaurens van der Maaten, Geoffrey Hinton",
    "Visualizing Data using t-SNE", ["Laurens van der Maaten", "Geoffrey Hinton"], false],
  ["Visualizing High-Dimensional Datavan der Maaten, Geoffrey Hinton",
    "Visualizing High-Dimensional Data", ["van der Maaten", "Geoffrey Hinton"], false],
  // Hyphens, apostrophes and accents in names.
  ["Rethinking AttentionJean-Pierre Éluard, Anne-Marie D'Amato, Seán O'Neil et al.",
    "Rethinking Attention", ["Jean-Pierre Éluard", "Anne-Marie D'Amato", "Seán O'Neil"], true],
  ["Are Judges Fair?Émile Dupont, Zoë Ångström", "Are Judges Fair?", ["Émile Dupont", "Zoë Ångström"], false],
  // Camel-case surnames, as the first author's given name too.
  ["Deep LearningYann LeCun, Yoshua Bengio, Geoffrey Hinton", "Deep Learning", ["Yann LeCun", "Yoshua Bengio", "Geoffrey Hinton"], false],
  ["Scaling Laws for Neural Language ModelsSam McCandlish, Jared Kaplan et al.",
    "Scaling Laws for Neural Language Models", ["Sam McCandlish", "Jared Kaplan"], true],
  ["Court VisionDeAndre Jordan", "Court Vision", ["DeAndre Jordan"], false],
  // One-word organisations.
  ["GPT-4 Technical ReportOpenAI", "GPT-4 Technical Report", ["OpenAI"], false],
  ["Gemini: A Family of Highly Capable Multimodal ModelsGemini Team, Google DeepMind, OpenAI",
    "Gemini: A Family of Highly Capable Multimodal Models", ["Gemini Team", "Google DeepMind", "OpenAI"], false],
  // Commas inside the title.
  ["Sight, Sound, and Language: A BenchmarkJohn Smith, Jane Doe", "Sight, Sound, and Language: A Benchmark", ["John Smith", "Jane Doe"], false],
  // Names in scripts without letter case.
  ["Graph Learning for MoleculesXu Li, 李明", "Graph Learning for Molecules", ["Xu Li", "李明"], false],
];

describe("splitTitleAuthors", () => {
  it.each(cases)("%s", (line, title, authors, etAl) => {
    expect(splitTitleAuthors(line)).toEqual({ title, authors, etAl });
  });

  it("prefers a co-author known from elsewhere in the input", () => {
    // Alone, "DeAndre Jordan" is read as the whole name; if "Andre Jordan" is known elsewhere, the title ends in "De".
    expect(splitTitleAuthors("Stories in LatinDeAndre Jordan")?.authors).toEqual(["DeAndre Jordan"]);
    expect(splitTitleAuthors("Stories in LatinDeAndre Jordan", new Set(["andre jordan"]))).toEqual({
      title: "Stories in LatinDe",
      authors: ["Andre Jordan"],
      etAl: false,
    });
  });

  it("returns null when no split makes every author a name", () => {
    expect(splitTitleAuthors("a title with no authors at all")).toBeNull();
    // Only authors, no title: there is nowhere a name is glued to something before it.
    expect(splitTitleAuthors("John Smith, Jane Doe")).toBeNull();
  });
});
