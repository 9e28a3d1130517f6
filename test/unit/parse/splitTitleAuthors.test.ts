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
  // Two initials written together, abbreviated given names, initials last.
  ["Learning 26: Robust GFlowNetsAna AB. Kim, Bo AB. Kim", "Learning 26: Robust GFlowNets", ["Ana AB. Kim", "Bo AB. Kim"], false],
  ["Cancer Risk PredictionMd. Enamul Hoq, Linda Larson-Prior", "Cancer Risk Prediction", ["Md. Enamul Hoq", "Linda Larson-Prior"], false],
  ["Speech Models for KannadaSuhas BN, Ann Lee", "Speech Models for Kannada", ["Suhas BN", "Ann Lee"], false],
  // Five given and family names.
  ["Neural Models for TeluguVenkata Dharma Surya Narayana Sastry", "Neural Models for Telugu", ["Venkata Dharma Surya Narayana Sastry"], false],
  // Particles, as the first author too.
  ["Visualizing Data using t-SNELaurens van der Maaten, Geoffrey Hinton",
    "Visualizing Data using t-SNE", ["Laurens van der Maaten", "Geoffrey Hinton"], false],
  ["Visualizing High-Dimensional Datavan der Maaten, Geoffrey Hinton",
    "Visualizing High-Dimensional Data", ["van der Maaten", "Geoffrey Hinton"], false],
  // Hyphens, apostrophes and accents in names.
  ["Rethinking AttentionJean-Pierre Éluard, Anne-Marie D'Amato, Seán O'Neil et al.",
    "Rethinking Attention", ["Jean-Pierre Éluard", "Anne-Marie D'Amato", "Seán O'Neil"], true],
  ["Reasoning in the Era of Language ModelsChris Percy, Artur d'Avila Garcez", "Reasoning in the Era of Language Models", ["Chris Percy", "Artur d'Avila Garcez"], false],
  // Surnames that open with capitals, after the given name.
  ["Transparent CoordinationMariam ALMutairi, Hyungmin Kim", "Transparent Coordination", ["Mariam ALMutairi", "Hyungmin Kim"], false],
  ["Are Judges Fair?Émile Dupont, Zoë Ångström", "Are Judges Fair?", ["Émile Dupont", "Zoë Ångström"], false],
  // Camel-case surnames, as the first author's given name too.
  ["Deep LearningYann LeCun, Yoshua Bengio, Geoffrey Hinton", "Deep Learning", ["Yann LeCun", "Yoshua Bengio", "Geoffrey Hinton"], false],
  ["Scaling Laws for Neural Language ModelsSam McCandlish, Jared Kaplan et al.",
    "Scaling Laws for Neural Language Models", ["Sam McCandlish", "Jared Kaplan"], true],
  // One-word organisations, with a hyphen or a web suffix too.
  ["GPT-4 Technical ReportOpenAI", "GPT-4 Technical Report", ["OpenAI"], false],
  ["DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement LearningDeepSeek-AI, Daya Guo, Dejian Yang et al.",
    "DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning", ["DeepSeek-AI", "Daya Guo", "Dejian Yang"], true],
  ["MagistralMistral-AI, Abhinav Rastogi", "Magistral", ["Mistral-AI", "Abhinav Rastogi"], false],
  ["H2O-Danube-1.8B Technical ReportH2O.ai", "H2O-Danube-1.8B Technical Report", ["H2O.ai"], false],
  // A mononym after a title ending in an acronym: "LLMs" does not lend its "Ms".
  ["Test Case Generation with LLMsAditi, Hyunwoo Park", "Test Case Generation with LLMs", ["Aditi", "Hyunwoo Park"], false],
  // Named groups, whose names may hold acronyms, numbers and camel case.
  ["Gemini: A Family of Highly Capable Multimodal ModelsGemini Team, Google DeepMind, OpenAI",
    "Gemini: A Family of Highly Capable Multimodal Models", ["Gemini Team", "Google DeepMind", "OpenAI"], false],
  ["MiniCPM4: Ultra-Efficient LLMs on End DevicesMiniCPM Team, Chaojun Xiao", "MiniCPM4: Ultra-Efficient LLMs on End Devices", ["MiniCPM Team", "Chaojun Xiao"], false],
  ["Kimi k1.5: Scaling Reinforcement Learning with LLMsKimi Team, Angang Du", "Kimi k1.5: Scaling Reinforcement Learning with LLMs", ["Kimi Team", "Angang Du"], false],
  ["2 OLMo 2 FuriousTeam OLMo, Pete Walsh", "2 OLMo 2 Furious", ["Team OLMo", "Pete Walsh"], false],
  ["Evidence for High-Energy Extraterrestrial NeutrinosIceCube Collaboration", "Evidence for High-Energy Extraterrestrial Neutrinos", ["IceCube Collaboration"], false],
  ["Search for the Higgs Boson at the LHCThe ATLAS Collaboration, Georges Aad", "Search for the Higgs Boson at the LHC", ["The ATLAS Collaboration", "Georges Aad"], false],
  ["EXAONE 3.0 7.8B Instruction Tuned Language ModelLG AI Research, Soyoung An", "EXAONE 3.0 7.8B Instruction Tuned Language Model", ["LG AI Research", "Soyoung An"], false],
  // Commas inside the title, also when every piece of it is capitalised.
  ["Sight, Sound, and Language: A BenchmarkJohn Smith, Jane Doe", "Sight, Sound, and Language: A Benchmark", ["John Smith", "Jane Doe"], false],
  ["Sight, Sound, Vision BenchmarkJohn Smith, Jane Doe", "Sight, Sound, Vision Benchmark", ["John Smith", "Jane Doe"], false],
  // "et al." with a comma before it, or without its dot.
  ["A TitleAnn Lee, et al.", "A Title", ["Ann Lee"], true],
  ["A TitleAnn Lee, Bo Chen et al", "A Title", ["Ann Lee", "Bo Chen"], true],
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

  it("takes a name of unusual shape only when it is known from elsewhere", () => {
    // Camel-case given names look like a title word glued to a name ("GFlowNetsAda"), so alone they lose.
    const line = "Stain Normalization for Digital PathologySeonYeong Lee, Ann Kim";
    expect(splitTitleAuthors(line)).toEqual({ title: "Stain Normalization for Digital PathologySeon", authors: ["Yeong Lee", "Ann Kim"], etAl: false });
    expect(splitTitleAuthors(line, new Set(["seonyeong lee"]))).toEqual({ title: "Stain Normalization for Digital Pathology", authors: ["SeonYeong Lee", "Ann Kim"], etAl: false });
  });

  it("does not let a known co-author pull the title into the author list", () => {
    const line = "Agents with Continuous ImprovementKohou Wang, ZhaoXiang Liu";
    expect(splitTitleAuthors(line, new Set(["xiang liu"]))).toEqual({ title: "Agents with Continuous Improvement", authors: ["Kohou Wang", "ZhaoXiang Liu"], etAl: false });
  });

  it("keeps authors that are not written like names, and says which", () => {
    expect(splitTitleAuthors("A TitleAnn Lee, Peilun zhou, Bo Chen, Young-Jun_Lee et al.")).toEqual({
      title: "A Title",
      authors: ["Ann Lee", "Peilun zhou", "Bo Chen", "Young-Jun_Lee"],
      etAl: true,
      oddAuthors: ["Peilun zhou", "Young-Jun_Lee"],
    });
  });

  it.each(["Evaluating ChatGPT-4", "Scaling DeepSeek-V3", "Hybrid MetaFormer-Based", "Self-Distillation for LLMs", "Hybrid On- and Off-Policy"])(
    "does not take title words for an organisation: %s",
    (line) => {
      expect(splitTitleAuthors(line)).toBeNull();
    },
  );

  it("returns null when no split makes every author a name", () => {
    expect(splitTitleAuthors("a title with no authors at all")).toBeNull();
    // Only authors, no title: there is nowhere a name is glued to something before it.
    expect(splitTitleAuthors("John Smith, Jane Doe")).toBeNull();
  });
});

describe("splitTitleAuthors where two splits are plausible", () => {
  it.each([
    // Two initials written together, or one initial and a title ending in a capital?
    ["Court VisionJR Smith, Ann Lee", "Court Vision", ["JR Smith", "Ann Lee"], { title: "Court VisionJ", firstAuthor: "R Smith" }],
    // A camel-case given name, or a title word ending in "De"?
    ["Court VisionDeAndre Jordan", "Court Vision", ["DeAndre Jordan"], { title: "Court VisionDe", firstAuthor: "Andre Jordan" }],
    // An all-capitals name glued to a title ending in capitals.
    ["Foundation Models for Physical AINVIDIA, Niket Agarwal", "Foundation Models for Physical A", ["INVIDIA", "Niket Agarwal"], { title: "Foundation Models for Physical AI", firstAuthor: "NVIDIA" }],
  ])("%s: keeps the earlier split and names the other", (line, title, authors, alternative) => {
    expect(splitTitleAuthors(line)).toEqual({ title, authors, etAl: false, alternative });
  });

  it.each([
    // A title does not end in a dotted initial ("…LLMsJ.").
    ["Scaling Instruction Tuning for LLMsJ.R. Tolkien", ["J.R. Tolkien"]],
    // Whole words would have to move into the title ("…26: Graphs Ana A").
    ["Learning 26: GraphsAna AB Kim", ["Ana AB Kim"]],
    // A particle cut out of a given name is no rival ("GFlowNetsA" + "da Park").
    ["Flow Matching for GFlowNetsAda Park", ["Ada Park"]],
    // One-word organisations are read whole.
    ["DeepSeek-V3 Technical ReportDeepSeek-AI", ["DeepSeek-AI"]],
    ["Nemotron-4 Technical ReportNVIDIA", ["NVIDIA"]],
    ["Agents in the WildCocoaBench Team", ["CocoaBench Team"]],
    // A capital followed by two or more small letters is no initial ("Sam", "Dana").
    ["Scalable GFlowNetsDana Kim", ["Dana Kim"]],
  ])("%s: only one plausible split", (line, authors) => {
    const split = splitTitleAuthors(line);
    expect(split?.authors).toEqual(authors);
    expect(split?.alternative).toBeUndefined();
  });

  it("lets a co-author known from elsewhere settle it", () => {
    expect(splitTitleAuthors("Court VisionJR Smith", new Set(["jr smith"]))).toEqual({ title: "Court Vision", authors: ["JR Smith"], etAl: false });
    expect(splitTitleAuthors("Court VisionJR Smith", new Set(["r smith"]))).toEqual({ title: "Court VisionJ", authors: ["R Smith"], etAl: false });
  });
});

describe("splitTitleAuthors on long author lists", () => {
  it("reads 3,000 authors, in time linear in the line", () => {
    const given = ["Georges", "Brad", "Ovsat", "Jalal", "Élise", "Jean-Luc", "Seán", "Anne-Marie"];
    const family = ["Aad", "Abbott", "Abdinov", "Abdallah", "van der Berg", "O'Neil", "McAllister", "Müller", "D'Amato"];
    const names = Array.from({ length: 3000 }, (_, i) => `${given[i % given.length]} ${String.fromCharCode(65 + (i % 26))}. ${family[i % family.length]}`);
    const line = `Observation of a New Particle in the Search for the Standard Model Higgs Boson at the LHCThe ATLAS Collaboration, ${names.join(", ")} et al.`;
    expect(splitTitleAuthors(line)).toEqual({
      title: "Observation of a New Particle in the Search for the Standard Model Higgs Boson at the LHC",
      authors: ["The ATLAS Collaboration", ...names],
      etAl: true,
    });
  });
});
