/**
 * What the LaTeX commands found in bibliographies stand for. Covers accents, the letters
 * T1 fonts lack, text symbols, Greek and the common mathematical signs; an unknown command
 * is dropped and its argument kept, which reads well for formatting commands.
 */

/** Accent commands and the combining mark each puts on the letter that follows. */
export const ACCENTS: ReadonlyMap<string, string> = new Map([
  ["`", "\u0300"], ["'", "\u0301"], ["^", "\u0302"], ["~", "\u0303"], ["=", "\u0304"], [".", "\u0307"], ['"', "\u0308"],
  ["u", "\u0306"], ["r", "\u030a"], ["H", "\u030b"], ["v", "\u030c"], ["d", "\u0323"], ["c", "\u0327"], ["k", "\u0328"],
  ["b", "\u0331"], ["t", "\u0361"], ["G", "\u030f"], ["U", "\u030e"], ["textcommabelow", "\u0326"],
  // Math accents, written the same way: $\hat{x}$, $\vec{v}$.
  ["grave", "\u0300"], ["acute", "\u0301"], ["hat", "\u0302"], ["widehat", "\u0302"], ["tilde", "\u0303"], ["widetilde", "\u0303"],
  ["bar", "\u0304"], ["overline", "\u0305"], ["breve", "\u0306"], ["dot", "\u0307"], ["ddot", "\u0308"], ["check", "\u030c"],
  ["mathring", "\u030a"], ["vec", "\u20d7"],
]);

/** Commands that stand for text. */
export const SYMBOLS: ReadonlyMap<string, string> = new Map([
  // Letters.
  ["i", "ı"], ["j", "ȷ"], ["o", "ø"], ["O", "Ø"], ["l", "ł"], ["L", "Ł"], ["ss", "ß"], ["SS", "SS"], ["ae", "æ"], ["AE", "Æ"],
  ["oe", "œ"], ["OE", "Œ"], ["aa", "å"], ["AA", "Å"], ["dh", "ð"], ["DH", "Ð"], ["th", "þ"], ["TH", "Þ"], ["ng", "ŋ"], ["NG", "Ŋ"],
  ["dj", "đ"], ["DJ", "Đ"], ["ij", "ĳ"], ["IJ", "Ĳ"],
  // Escaped specials and spacing.
  ["&", "&"], ["%", "%"], ["$", "$"], ["_", "_"], ["#", "#"], ["{", "{"], ["}", "}"], ["textbackslash", "\\"],
  [" ", " "], [",", " "], [";", " "], [":", " "], [">", " "], ["!", ""], ["\\", " "], ["-", ""], ["/", ""], ["@", ""],
  ["quad", " "], ["qquad", " "], ["enspace", " "], ["thinspace", " "], ["space", " "], ["newline", " "], ["par", " "],
  ["linebreak", " "], ["break", " "], ["nobreakspace", " "], ["relax", ""], ["protect", ""], ["ignorespaces", ""],
  // Punctuation and text symbols.
  ["textendash", "–"], ["textemdash", "—"], ["textquoteleft", "‘"], ["textquoteright", "’"], ["textquotedblleft", "“"],
  ["textquotedblright", "”"], ["textquotesingle", "'"], ["textquotedbl", '"'], ["guillemotleft", "«"], ["guillemotright", "»"],
  ["guillemetleft", "«"], ["guillemetright", "»"], ["guilsinglleft", "‹"], ["guilsinglright", "›"], ["quotedblbase", "„"],
  ["quotesinglbase", "‚"], ["textellipsis", "…"], ["ldots", "…"], ["dots", "…"], ["textbullet", "•"],
  ["textperiodcentered", "·"], ["textdagger", "†"], ["dag", "†"], ["textdaggerdbl", "‡"], ["ddag", "‡"], ["textsection", "§"],
  ["S", "§"], ["textparagraph", "¶"], ["P", "¶"], ["textcopyright", "©"], ["copyright", "©"], ["textregistered", "®"],
  ["texttrademark", "™"], ["textdegree", "°"], ["degree", "°"], ["textasciitilde", "~"], ["textasciicircum", "^"],
  ["textbar", "|"], ["textless", "<"], ["textgreater", ">"], ["textunderscore", "_"], ["textbraceleft", "{"],
  ["textbraceright", "}"], ["textdollar", "$"], ["textsterling", "£"], ["pounds", "£"], ["texteuro", "€"], ["euro", "€"],
  ["textyen", "¥"], ["textcent", "¢"], ["textexclamdown", "¡"], ["textquestiondown", "¿"], ["textordfeminine", "ª"],
  ["textordmasculine", "º"], ["textmu", "µ"], ["textonehalf", "½"], ["textonequarter", "¼"], ["textthreequarters", "¾"],
  ["textperthousand", "‰"], ["textnumero", "№"], ["textasteriskcentered", "*"], ["slash", "/"], ["textslash", "/"],
  ["textminus", "−"], ["texttimes", "×"], ["textpm", "±"], ["textdiv", "÷"], ["textmusicalnote", "♪"],
  ["textasciimacron", "¯"], ["Dash", "—"], ["dash", "—"], ["bs", "\\"],
  // Greek.
  ["alpha", "α"], ["beta", "β"], ["gamma", "γ"], ["delta", "δ"], ["epsilon", "ϵ"], ["varepsilon", "ε"], ["zeta", "ζ"],
  ["eta", "η"], ["theta", "θ"], ["vartheta", "ϑ"], ["iota", "ι"], ["kappa", "κ"], ["lambda", "λ"], ["mu", "μ"], ["nu", "ν"],
  ["xi", "ξ"], ["omicron", "ο"], ["pi", "π"], ["varpi", "ϖ"], ["rho", "ρ"], ["varrho", "ϱ"], ["sigma", "σ"],
  ["varsigma", "ς"], ["tau", "τ"], ["upsilon", "υ"], ["phi", "ϕ"], ["varphi", "φ"], ["chi", "χ"], ["psi", "ψ"],
  ["omega", "ω"], ["Gamma", "Γ"], ["Delta", "Δ"], ["Theta", "Θ"], ["Lambda", "Λ"], ["Xi", "Ξ"], ["Pi", "Π"],
  ["Sigma", "Σ"], ["Upsilon", "Υ"], ["Phi", "Φ"], ["Psi", "Ψ"], ["Omega", "Ω"],
  // Mathematics.
  ["times", "×"], ["cdot", "·"], ["cdots", "⋯"], ["vdots", "⋮"], ["ddots", "⋱"], ["pm", "±"], ["mp", "∓"], ["div", "÷"],
  ["leq", "≤"], ["le", "≤"], ["geq", "≥"], ["ge", "≥"], ["neq", "≠"], ["ne", "≠"], ["approx", "≈"], ["sim", "∼"],
  ["simeq", "≃"], ["cong", "≅"], ["equiv", "≡"], ["propto", "∝"], ["ll", "≪"], ["gg", "≫"], ["infty", "∞"], ["partial", "∂"],
  ["nabla", "∇"], ["sum", "∑"], ["prod", "∏"], ["int", "∫"], ["oint", "∮"], ["sqrt", "√"], ["in", "∈"], ["notin", "∉"],
  ["ni", "∋"], ["subset", "⊂"], ["subseteq", "⊆"], ["supset", "⊃"], ["supseteq", "⊇"], ["cup", "∪"], ["cap", "∩"],
  ["setminus", "∖"], ["emptyset", "∅"], ["varnothing", "∅"], ["forall", "∀"], ["exists", "∃"], ["neg", "¬"], ["lnot", "¬"],
  ["wedge", "∧"], ["land", "∧"], ["vee", "∨"], ["lor", "∨"], ["to", "→"], ["rightarrow", "→"], ["leftarrow", "←"],
  ["gets", "←"], ["leftrightarrow", "↔"], ["Rightarrow", "⇒"], ["Leftarrow", "⇐"], ["Leftrightarrow", "⇔"],
  ["implies", "⇒"], ["iff", "⇔"], ["mapsto", "↦"], ["uparrow", "↑"], ["downarrow", "↓"], ["circ", "∘"], ["ast", "∗"],
  ["star", "⋆"], ["bullet", "•"], ["prime", "′"], ["ell", "ℓ"], ["hbar", "ℏ"], ["Re", "ℜ"], ["Im", "ℑ"], ["aleph", "ℵ"],
  ["wp", "℘"], ["langle", "⟨"], ["rangle", "⟩"], ["lfloor", "⌊"], ["rfloor", "⌋"], ["lceil", "⌈"], ["rceil", "⌉"],
  ["mid", "|"], ["vert", "|"], ["|", "‖"], ["Vert", "‖"], ["perp", "⊥"], ["parallel", "∥"], ["angle", "∠"],
  ["triangle", "△"], ["oplus", "⊕"], ["otimes", "⊗"], ["odot", "⊙"], ["colon", ":"], ["lbrace", "{"], ["rbrace", "}"],
  ["backslash", "\\"], ["top", "⊤"], ["bot", "⊥"], ["models", "⊨"], ["vdash", "⊢"], ["dagger", "†"], ["ddagger", "‡"],
  ["checkmark", "✓"], ["square", "□"], ["Box", "□"], ["diamond", "⋄"], ["lhd", "⊲"], ["rhd", "⊳"], ["preceq", "⪯"],
  ["succeq", "⪰"], ["prec", "≺"], ["succ", "≻"], ["sharp", "♯"], ["flat", "♭"], ["natural", "♮"], ["smallsetminus", "∖"],
]);

/**
 * Commands that print a word: logos and the operator names of mathematics. Unlike a letter
 * command (`Stra\ss e`), the space after them separates words (`\TeX users`, `$n \log n$`).
 */
export const WORDS: ReadonlyMap<string, string> = new Map([
  ["TeX", "TeX"], ["LaTeX", "LaTeX"], ["LaTeXe", "LaTeX2ε"], ["BibTeX", "BibTeX"], ["XeTeX", "XeTeX"], ["LuaTeX", "LuaTeX"],
  ["AmS", "AMS"], ["AMS", "AMS"], ["log", "log"], ["ln", "ln"], ["lg", "lg"], ["exp", "exp"], ["sin", "sin"], ["cos", "cos"],
  ["tan", "tan"], ["cot", "cot"], ["sinh", "sinh"], ["cosh", "cosh"], ["tanh", "tanh"], ["arcsin", "arcsin"],
  ["arccos", "arccos"], ["arctan", "arctan"], ["max", "max"], ["min", "min"], ["sup", "sup"], ["inf", "inf"], ["lim", "lim"],
  ["liminf", "lim inf"], ["limsup", "lim sup"], ["arg", "arg"], ["argmax", "argmax"], ["argmin", "argmin"], ["det", "det"],
  ["dim", "dim"], ["ker", "ker"], ["Pr", "Pr"], ["gcd", "gcd"], ["deg", "deg"], ["hom", "hom"], ["mod", "mod"],
  ["bmod", "mod"], ["poly", "poly"], ["polylog", "polylog"],
  // Logos of the TeX world, as TUGboat's bibliographies write them.
  ["MF", "METAFONT"], ["MP", "MetaPost"], ["ConTeXt", "ConTeXt"], ["AmSTeX", "AMS-TeX"], ["AmSLaTeX", "AMS-LaTeX"],
  ["PiCTeX", "PiCTeX"], ["AllTeX", "(La)TeX"], ["LyX", "LyX"], ["TUB", "TUGboat"], ["pdfTeX", "pdfTeX"],
  ["pdfLaTeX", "pdfLaTeX"], ["XeLaTeX", "XeLaTeX"], ["LuaLaTeX", "LuaLaTeX"], ["eTeX", "ε-TeX"], ["BibLaTeX", "BibLaTeX"],
]);

/** Commands whose (first) braced argument is not text to show: sort keys, references, spacing. */
export const ARGUMENT_DROPPED: ReadonlySet<string> = new Set([
  "noopsort", "sortkey", "cite", "citep", "citet", "citealp", "label", "ref", "eqref", "pageref", "footnote", "thanks",
  "hspace", "vspace", "href", "hyphenation", "color", "textcolor", "phantom", "hphantom", "vphantom",
]);
