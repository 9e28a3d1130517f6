import { describe, expect, it } from "vitest";
import { generateBibliography } from "../../../../bench/generate/bibliography";
import { writeBibtex } from "../../../../bench/generate/bibtex";
import { bibtexFormat } from "../../../../src/parse/formats/bibtex/index";
import { latexToText } from "../../../../src/parse/formats/bibtex/latex";
import { parseNameList } from "../../../../src/parse/formats/bibtex/names";
import type { PaperDraft, ParseWarning } from "../../../../src/parse/types";

const context = { file: "refs.bib", reference: { year: 2026, month: 11, day: 25 } };
const parse = (text: string) => bibtexFormat.parse(text, context);
const lines = (...all: string[]) => all.join("\n");
/** An article with a title, an author and whatever other fields are given. */
const article = (...fields: string[]) => lines("@article{key,", "  title = {A Title},", "  author = {Lee, Ann},", ...fields.map((f) => `  ${f},`), "}");
const only = (text: string): PaperDraft => {
  const { papers } = parse(text);
  expect(papers).toHaveLength(1);
  return papers[0]!;
};
const warning = (line: number, message: string): ParseWarning => ({ file: "refs.bib", line, message });
const titles = (text: string) => parse(text).papers.map((paper) => paper.title);

describe("BibTeX sniffing", () => {
  it.each([
    ["an entry at the start", "@article{kim2023,\n  title = {A}\n}\n"],
    ["JabRef's encoding line first", "% Encoding: UTF-8\n\n@Article{kim2023,\n"],
    ["Scopus's export head first", "Scopus\nEXPORT DATE: 17 February 2024\n\n@ARTICLE{Jia2023,\n"],
    ["parentheses and spaces", "  @misc ( kim2023,\n"],
    ["a @string first", "@string{jmlr = {JMLR}}\n"],
  ])("recognises %s", (_, text) => {
    expect(bibtexFormat.sniff(text)).toBe(true);
  });

  it.each([
    ["RIS", "TY  - JOUR\nTI  - A Title\nER  - \n"],
    ["a paper-feed listing", "LGOct 4, 2023\nA TitleAnn Lee, Bo Chen\n"],
    ["an e-mail address at a line start", "@kim: see the paper\n"],
    ["an entry far down", `${"some text\n".repeat(2000)}@article{x,\n`],
  ])("does not claim %s", (_, text) => {
    expect(bibtexFormat.sniff(text)).toBe(false);
  });
});

describe("BibTeX entries", () => {
  it("reads every field of a reference manager's entry", () => {
    const text = lines(
      "% Encoding: UTF-8",
      "",
      "@InProceedings{kim2023decision,",
      "  author    = {Kim, Jeonghye and van der Berg, Anna and M{\\\"u}ller, J{\\\"u}rgen},",
      "  title     = {Decision {ConvFormer}: Local Filtering in {MetaFormer}},",
      "  booktitle = {Proceedings of the Conference on Learning Systems},",
      "  year      = 2023,",
      "  month     = oct,",
      "  day       = {4},",
      "  pages     = {1--10},",
      "  doi       = {10.5555/JMLR.2023.42},",
      "  url       = {https://example.org/paper},",
      "  abstract  = {We study decisions.},",
      "  keywords  = {Reinforcement learning},",
      "}",
      "",
    );
    expect(parse(text)).toEqual({
      papers: [
        {
          title: "Decision ConvFormer: Local Filtering in MetaFormer",
          authors: ["Jeonghye Kim", "Anna van der Berg", "Jürgen Müller"],
          authorDetails: [
            { given: "Jeonghye", family: "Kim" },
            { given: "Anna", family: "van der Berg" },
            { given: "Jürgen", family: "Müller" },
          ],
          etAl: false,
          date: "2023-10-04",
          year: 2023,
          categories: [],
          score: null,
          abstract: "We study decisions.",
          source: { file: "refs.bib", line: 3 },
          type: "inproceedings",
          venue: "Proceedings of the Conference on Learning Systems",
          doi: "10.5555/jmlr.2023.42",
          url: "https://example.org/paper",
          sourceIds: { bibtex: "kim2023decision" },
        },
      ],
      warnings: [],
    });
  });

  it("starts each paper at the line of its @", () => {
    const text = lines("@article{a, title = {One}, author = {Lee, Ann}}", "", "junk between", "  @article{b,", "  title = {Two},", "  author = {Lee, Ann}", "}");
    expect(parse(text).papers.map((paper) => paper.source.line)).toEqual([1, 4]);
  });

  it("reads quoted values, bare numbers, parentheses and values spread over lines", () => {
    const text = lines("@article(key,", '  title = "A {"}Quoted{"} Title",', "  author = {Lee,", "            Ann},", "  year = 2019", ")");
    const paper = only(text);
    expect([paper.title, paper.authors, paper.year]).toEqual(['A "Quoted" Title', ["Ann Lee"], 2019]);
  });

  it("expands @string macros, # concatenation and month macros", () => {
    const text = lines(
      '@String{conf = "Conference on "}',
      "@string(jmlr = {Journal of} # { Machine Learning Research})",
      "@article{a, title = {One}, author = {Lee, Ann}, journal = jmlr, month = dec, year = 2020}",
      '@inproceedings{b, title = {Two}, author = {Lee, Ann}, booktitle = "Proc. " # conf # {Learning}, month = "Jan."}',
      "@article{c, title = {Three}, author = {Lee, Ann}, journal = cacm}",
    );
    const { papers, warnings } = parse(text);
    expect(papers.map((paper) => [paper.venue, paper.date, paper.year])).toEqual([
      ["Journal of Machine Learning Research", null, 2020],
      ["Proc. Conference on Learning", null, null],
      ["Communications of the ACM", null, null],
    ]);
    expect(warnings).toEqual([]);
  });

  it("keeps an undefined macro's name as its text and says so once", () => {
    const text = lines(
      "@article{a, title = {One}, author = {Lee, Ann}, journal = pami}",
      "@article{b, title = {Two}, author = {Lee, Ann}, journal = PAMI}",
    );
    const { papers, warnings } = parse(text);
    expect(papers.map((paper) => paper.venue)).toEqual(["pami", "PAMI"]);
    expect(warnings).toEqual([
      warning(1, 'field "journal" uses "pami", which no @string defines; kept the name as its text here and in any later entry'),
    ]);
  });

  it("passes over @comment, @preamble and text between entries", () => {
    const text = lines(
      "This file was made by hand. Mail me@example.org.",
      "@preamble{ \"\\newcommand{\\noopsort}[1]{}\" }",
      "@comment{jabref-meta: groupstree:",
      "0 AllEntriesGroup:;",
      "}",
      "@article{a, title = {One}, author = {Lee, Ann}}",
      "% a comment line @ the end",
      "@Comment{jabref-meta: databaseType:bibtex;}",
    );
    expect(parse(text)).toMatchObject({ papers: [{ title: "One", source: { line: 6 } }], warnings: [] });
  });

  it("passes over % comments between fields and entries commented out with %", () => {
    const text = lines(
      "%@article{old, title = {Commented Out}, author = {Lee, Ann}}",
      "@book{a,",
      "  author = {Lee, Ann}, % the first author",
      "% title = {Old Title},",
      "  title = {One},",
      "}",
    );
    expect(parse(text)).toMatchObject({ papers: [{ title: "One", authors: ["Ann Lee"], source: { line: 2 } }], warnings: [] });
  });

  it("keeps the first of a field given twice", () => {
    expect(only(article("year = 2020", "year = 2021")).year).toBe(2020);
  });

  it("takes the entry type in lower case and the citation key as written", () => {
    const paper = only("@ARTICLE{ WOS:000444488888888,\nTitle = {A},\nAuthor = {Lee, Ann},\n}");
    expect([paper.type, paper.sourceIds]).toEqual(["article", { bibtex: "WOS:000444488888888" }]);
  });

  it("reads a key with a space in it, as Scopus writes them", () => {
    expect(only("@article{Conference paper2022775,\n  title = {A},\n  author = {Lee, Ann}\n}").sourceIds).toEqual({ bibtex: "Conference paper2022775" });
  });
});

describe("BibTeX text", () => {
  it.each([
    ['{\\"u}ber \\"{u} \\"u', "über ü ü"],
    ["\\'{e} \\'e {\\'E}lise", "é é Élise"],
    ["{\\ss} {\\o} {\\O} {\\aa} {\\AA} {\\ae} {\\AE} {\\oe} {\\l} {\\L} {\\i}", "ß ø Ø å Å æ Æ œ ł Ł ı"],
    ["\\c{c} \\c c \\v{s} \\~n \\^o \\`a \\=a \\.z \\u{g} \\H{o} \\k{a} \\r{u}", "ç ç š ñ ô à ā ż ğ ő ą ů"],
    ["Garc{\\'\\i}a Garc{\\'i}a Garc\\'{\\i}a", "García García García"],
    ["\\'{\\^e}", "ế"],
    ["\\& \\% \\$ \\_ \\# \\{\\}", "& % $ _ # {}"],
    ["1990--2000, yes---no, a~b", "1990–2000, yes—no, a b"],
    ["pp.~1\\textendash 2 \\textemdash{} end", "pp. 1–2 — end"],
    ["``quoted'' and `single'", "“quoted” and ‘single'"],
    ["{BERT}: Pre-training of {Deep} {B}idirectional Transformers", "BERT: Pre-training of Deep Bidirectional Transformers"],
    ["{{Whole Title in Braces}}", "Whole Title in Braces"],
    ["$\\alpha$-stable $O(n \\log n)$ $\\ell_1$", "α-stable O(n log n) ℓ₁"],
    ["H$_2$O and $^{13}$C, $x^{a+b}$", "H₂O and ¹³C, xa+b"],
    ["\\(\\beta_2\\) and a_b", "β₂ and a_b"],
    ["A $\\frac{1}{2}$-approximation", "A 1/2-approximation"],
    ["\\emph{Drosophila} {\\em in vivo} \\textbf{bold} {\\sc Caps}", "Drosophila in vivo bold Caps"],
    ["{\\noopsort{b}}Zeta \\cite{x} \\href{http://a.b}{link}", "Zeta link"],
    ["\\url{http://a.b/~c_d}", "http://a.b/~c_d"],
    ["Stra\\ss e, \\TeX{} users, \\LaTeX\\ rocks, \\PDF files", "Straße, TeX users, LaTeX rocks, PDF files"],
    ["  spread \n over\tlines  ", "spread over lines"],
    ["plain O'Brien Self-Supervised", "plain O'Brien Self-Supervised"],
  ])("%s", (raw, text) => {
    expect(latexToText(raw)).toBe(text);
  });

  it("reduces HTML that databases leave in titles to its text", () => {
    expect(only(article().replace("A Title", "The <i>Drosophila</i> CO<sub>2</sub> &amp; Friends&apos; &#233;t&#xE9;")).title).toBe(
      "The Drosophila CO2 & Friends' été",
    );
  });

  it("joins a BibLaTeX subtitle to the title", () => {
    expect(only(article("subtitle = {The Sequel}")).title).toBe("A Title: The Sequel");
  });
});

describe("BibTeX names", () => {
  const names = (raw: string) => parseNameList(raw);

  it.each([
    ["Smith, John", "John Smith", { given: "John", family: "Smith" }],
    ["John Smith", "John Smith", { given: "John", family: "Smith" }],
    ["van der Berg, Anna", "Anna van der Berg", { given: "Anna", family: "van der Berg" }],
    ["Anna van der Berg", "Anna van der Berg", { given: "Anna", family: "van der Berg" }],
    ["Jean de la Fontaine", "Jean de la Fontaine", { given: "Jean", family: "de la Fontaine" }],
    ["Smith, Jr., John", "John Smith Jr.", { given: "John", family: "Smith" }],
    ["Smith, John, Jr.", "John Smith Jr.", { given: "John", family: "Smith" }],
    ["John Smith Jr.", "John Smith Jr.", { given: "John", family: "Smith" }],
    ["Jean-Luc O'Brien", "Jean-Luc O'Brien", { given: "Jean-Luc", family: "O'Brien" }],
    ["M{\\\"u}ller, J{\\\"u}rgen", "Jürgen Müller", { given: "Jürgen", family: "Müller" }],
    ["{\\O}stergaard, Ana", "Ana Østergaard", { given: "Ana", family: "Østergaard" }],
    ["{\\'E}lise de la Cruz", "Élise de la Cruz", { given: "Élise", family: "de la Cruz" }],
    ["{\\\"u}ber Alles, Hans", "Hans über Alles", { given: "Hans", family: "über Alles" }],
    ["{\\relax Ch}ristopher Manning", "Christopher Manning", { given: "Christopher", family: "Manning" }],
    ["Vincent {van Gogh}", "Vincent van Gogh", { given: "Vincent", family: "van Gogh" }],
    ["D.~E. Knuth", "D. E. Knuth", { given: "D. E.", family: "Knuth" }],
    ["Bj\\o rn Stra\\ss e", "Bjørn Straße", { given: "Bjørn", family: "Straße" }],
    ["Zhang, Xi", "Xi Zhang", { given: "Xi", family: "Zhang" }],
    ["Kim", "Kim", { family: "Kim" }],
    ["{Gemma Team}", "Gemma Team", {}],
    ["{The ATLAS Collaboration}", "The ATLAS Collaboration", {}],
    ["family=Müller, given=Jürgen", "Jürgen Müller", { given: "Jürgen", family: "Müller" }],
    ["given={Anna}, prefix=van der, family=Berg, useprefix=true", "Anna van der Berg", { given: "Anna", family: "van der Berg" }],
  ])("%s", (raw, display, detail) => {
    expect(names(raw)).toEqual({ names: [{ display, detail }], etAl: false });
  });

  it("splits at 'and' in any case, outside braces only", () => {
    expect(names("Lee, Ann AND Bo Chen\n  and {Barnes and Noble} And {\\'E}mile Zola").names.map((n) => n.display)).toEqual([
      "Ann Lee",
      "Bo Chen",
      "Barnes and Noble",
      "Émile Zola",
    ]);
  });

  it("reads 'and others' as et al., not as an author", () => {
    expect(names("Lee, Ann and others")).toEqual({ names: [{ display: "Ann Lee", detail: { given: "Ann", family: "Lee" } }], etAl: true });
  });

  it("reads thousands of authors", () => {
    const many = Array.from({ length: 5000 }, (_, i) => `Author${i}, A.`).join(" and ");
    const { names: read } = names(`${many} and others`);
    expect([read.length, read[4999]!.display]).toEqual([5000, "A. Author4999"]);
  });

  it("falls back to the editors, with a warning, and keeps an entry without names", () => {
    const text = lines(
      "@book{a, title = {Edited}, editor = {Lee, Ann and Chen, Bo}}",
      "@misc{b, title = {Anonymous}}",
      "@misc{c, title = {Empty}, author = {}}",
    );
    const { papers, warnings } = parse(text);
    expect(papers.map((paper) => paper.authors)).toEqual([["Ann Lee", "Bo Chen"], [], []]);
    expect(warnings).toEqual([
      warning(1, "entry has no author field; used its editors as authors"),
      warning(2, "entry has no author field; kept without authors"),
      warning(3, "entry's author field names nobody; kept without authors"),
    ]);
  });

  it("leaves out authorDetails when nobody has a given or family name", () => {
    const paper = only(article().replace("{Lee, Ann}", "{{Gemma Team}}"));
    expect([paper.authors, paper.authorDetails]).toEqual([["Gemma Team"], undefined]);
  });

  it("matches Web of Science's ORCID iDs to the authors, in either name order", () => {
    const paper = only(
      lines(
        "@article{ WOS:001012921200001,",
        "Author = {Xu, Zi'an and Liu, Sheng and Chen, Bo},",
        "Title = {Swin MAE},",
        "ORCID-Numbers = {Sheng, Liu/0000-0002-5251-2767",
        "   Xu, Zi'an/0000-0002-6374-1805},",
        "Unique-ID = {WOS:001012921200001},",
        "}",
      ),
    );
    expect([paper.authorDetails, paper.sourceIds]).toEqual([
      [
        { given: "Zi'an", family: "Xu", orcid: "0000-0002-6374-1805" },
        { given: "Sheng", family: "Liu", orcid: "0000-0002-5251-2767" },
        { given: "Bo", family: "Chen" },
      ],
      { bibtex: "WOS:001012921200001", wos: "WOS:001012921200001" },
    ]);
  });
});

describe("BibTeX dates", () => {
  it.each([
    [["year = 2023", "month = oct", "day = 4"], 2023, "2023-10-04"],
    [["year = {2023}", "month = {10}", "day = {04}"], 2023, "2023-10-04"],
    [["year = 2023", "month = {October}", "day = 4"], 2023, "2023-10-04"],
    [["year = 2023", "month = oct"], 2023, null],
    [["year = {2019a}"], 2019, null],
    [["year = {2019--2020}"], 2019, null],
    [["year = {in press}"], null, null],
    [["year = 2023", "month = feb", "day = 30"], 2023, null],
    [["year = {2022}", "month = {MAR 1}"], 2022, "2022-03-01"],
    [["date = {2023-10-04}"], 2023, "2023-10-04"],
    [["date = {2023-10}", "day = 4"], 2023, "2023-10-04"],
    [["date = {2023}"], 2023, null],
    [["date = {2023-10-04/2023-10-06}"], 2023, "2023-10-04"],
    [["date = {2024-01-02}", "year = 1999"], 2024, "2024-01-02"],
  ])("%j", (fields, year, date) => {
    const paper = only(article(...fields));
    expect([paper.year, paper.date]).toEqual([year, date]);
  });
});

describe("BibTeX venues and identifiers", () => {
  const ids = (...fields: string[]) => {
    const paper = only(article(...fields));
    return { venue: paper.venue, doi: paper.doi, arxivId: paper.arxivId, url: paper.url, sourceIds: paper.sourceIds };
  };

  it("takes the venue from journaltitle, journal or booktitle", () => {
    expect(ids("booktitle = {Proc.}", "journal = {J. {ML}}").venue).toBe("J. ML");
    expect(ids("journal = {J.}", "journaltitle = {Journal Title}").venue).toBe("Journal Title");
    expect(ids("booktitle = {Proc. of {ICML}}").venue).toBe("Proc. of ICML");
  });

  it("cleans DOIs and finds one in a doi.org address", () => {
    expect(ids("doi = {https://doi.org/10.1145/ABC.1}").doi).toBe("10.1145/abc.1");
    expect(ids("doi = {doi:10.1007/978-3-030-95398-0\\_10}").doi).toBe("10.1007/978-3-030-95398-0_10");
    expect(ids("doi = {not a doi}").doi).toBeUndefined();
    expect(ids("url = {https://dx.doi.org/10.1000/XYZ}")).toMatchObject({ doi: "10.1000/xyz", url: "https://dx.doi.org/10.1000/XYZ" });
    expect(ids("ee = {http://dx.doi.org/10.1109/ICCV.2011.6126351}")).toMatchObject({ doi: "10.1109/iccv.2011.6126351" });
  });

  it.each([
    [["eprint = {2301.00001}", "archiveprefix = {arXiv}"], "2301.00001"],
    [["eprinttype = {arxiv}", "eprint = {2301.00001v2}"], "2301.00001"],
    [["eprint = {arXiv:cs/0112017}"], "cs/0112017"],
    [["eprint = {12345}", "eprinttype = {pubmed}"], undefined],
    [["journal = {arXiv preprint arXiv:1810.04805}"], "1810.04805"],
    [["journal = {CoRR}", "volume = {abs/2205.13578}"], "2205.13578"],
    [["url = {http://arxiv.org/abs/1910.07512v1}"], "1910.07512"],
    [["doi = {10.48550/arXiv.2301.00001}"], "2301.00001"],
  ])("finds the arXiv id in %j", (fields, arxivId) => {
    expect(ids(...fields).arxivId).toBe(arxivId);
  });

  it("knows the ids of dblp, Scopus and Web of Science", () => {
    expect(only(article().replace("{key,", "{DBLP:journals/corr/abs-2205-13578,")).sourceIds).toEqual({
      bibtex: "DBLP:journals/corr/abs-2205-13578",
      dblp: "journals/corr/abs-2205-13578",
    });
    expect(ids("biburl = {https://dblp.org/rec/bib/conf/icra/BouabdallahMS04}").sourceIds).toEqual({ bibtex: "key", dblp: "conf/icra/BouabdallahMS04" });
    expect(ids("url = {https://www.scopus.com/inward/record.uri?eid=2-s2.0-85184014406&doi=10.1109%2fACCESS.2024&partnerID=40}").sourceIds).toEqual({
      bibtex: "key",
      scopus: "2-s2.0-85184014406",
    });
    expect(ids("unique-id = {ISI:000223334444221}").sourceIds).toEqual({ bibtex: "key", wos: "WOS:000223334444221" });
  });

  it("takes venue and year from the proceedings a paper cross-references, which is not a paper itself", () => {
    const text = lines(
      "@inproceedings{DBLP:conf/esa/X20,",
      "  author = {Lee, Ann}, title = {Dynamic Matching}, pages = {58:1--58:20},",
      "  crossref = {DBLP:conf/esa/2020}",
      "}",
      "@inproceedings{other, author = {Chen, Bo}, title = {Own Venue}, booktitle = {Workshop}, crossref = {DBLP:conf/esa/2020}}",
      "@proceedings{DBLP:conf/esa/2020,",
      "  editor = {Grandoni, Fabrizio and Herman, Grzegorz},",
      "  title = {28th Annual European Symposium on Algorithms, {ESA} 2020},",
      "  year = {2020}, month = sep, doi = {10.4230/LIPIcs.ESA.2020}",
      "}",
    );
    const { papers, warnings } = parse(text);
    expect(papers.map((paper) => [paper.title, paper.venue, paper.year, paper.doi])).toEqual([
      ["Dynamic Matching", "28th Annual European Symposium on Algorithms, ESA 2020", 2020, undefined],
      ["Own Venue", "Workshop", 2020, undefined],
    ]);
    expect(warnings).toEqual([]);
  });
});

describe("broken BibTeX", () => {
  it("skips an entry whose braces never close and reads on at the next entry", () => {
    const text = lines(
      "@article{a, title = {One}, author = {Lee, Ann}}", // 1
      "@article{b,", // 2
      "  title = {Broken {unbalanced,", // 3
      "  author = {Lee, Bo}", // 4
      "}", // 5
      "", // 6
      "@article{c,", // 7
      "  title = {Three},", // 8
      "  author = {Park, Cy}", // 9
      "}", // 10
    );
    expect(parse(text)).toMatchObject({
      papers: [{ title: "One" }, { title: "Three", source: { line: 7 } }],
      warnings: [warning(2, 'field "title" on line 3 is not closed (unbalanced braces or quotes); entry skipped')],
    });
  });

  it("skips a value that runs to the end of the file", () => {
    const text = lines("@article{a, title = {One}, author = {Lee, Ann}}", '@article{b, title = "Open', "author = {Lee, Bo}}");
    expect(parse(text)).toMatchObject({
      papers: [{ title: "One" }],
      warnings: [warning(2, 'field "title" on line 2 is not closed before the end of the file; entry skipped')],
    });
  });

  it("forgives missing commas, with warnings", () => {
    const text = lines("@article{a", "  title = {One}", "  author = {Lee, Ann}", "}");
    expect(parse(text)).toMatchObject({
      papers: [{ title: "One", authors: ["Ann Lee"], sourceIds: { bibtex: "a" } }],
      warnings: [
        warning(1, 'missing comma after the citation key "a"; read as if it were there'),
        warning(1, 'missing comma before the field "author" on line 3; read as if it were there'),
      ],
    });
  });

  it("keeps what an entry had when it is not closed", () => {
    const text = lines("@article{a, title = {One}, author = {Lee, Ann},", "@article{b, title = {Two}, author = {Lee, Ann}");
    expect(parse(text)).toMatchObject({
      papers: [{ title: "One" }, { title: "Two" }],
      warnings: [
        warning(1, "entry is not closed before the next entry (line 2); kept what it had"),
        warning(2, "entry is not closed before the end of the file; kept what it had"),
      ],
    });
  });

  it("skips a field it cannot read and keeps the rest of the entry", () => {
    const text = lines("@article{a,", "  key words = {x, y},", "  title = {One},", "  = {nameless},", "  year = ,", "  author = {Lee, Ann}", "}");
    expect(parse(text)).toMatchObject({
      papers: [{ title: "One", authors: ["Ann Lee"], year: null }],
      warnings: [
        warning(1, 'line 2 has "key words" where a field (name = value) should be; skipped it'),
        warning(1, 'line 4 has "" where a field (name = value) should be; skipped it'),
        warning(1, 'field "year" on line 5 has no value; skipped it'),
      ],
    });
  });

  it("skips an entry without a title and reads one without a key", () => {
    const text = lines("@article{a, author = {Lee, Ann}}", "@article{title = {Keyless}, author = {Lee, Ann}}");
    const { papers, warnings } = parse(text);
    expect(papers.map((paper) => [paper.title, paper.sourceIds])).toEqual([["Keyless", undefined]]);
    expect(warnings).toEqual([warning(1, "entry has no title; skipped"), warning(2, "entry has no citation key; read without one")]);
  });

  it("keeps both entries of a duplicate key, with a warning", () => {
    const text = lines("@article{same, title = {One}, author = {Lee, Ann}}", "@article{Same, title = {Two}, author = {Lee, Ann}}");
    expect(parse(text)).toMatchObject({
      papers: [{ title: "One" }, { title: "Two" }],
      warnings: [warning(2, 'citation key "Same" is also used by the entry at line 1; kept both')],
    });
  });

  it("never throws, whatever the text", () => {
    for (const text of ["@", "@article", "@article{", "@article{a,", "@article{a, title", "@article{a, title =", '@string{x = "', "}}}{{{", "@comment{"]) {
      expect(() => parse(text)).not.toThrow();
    }
    // Macros that double each other would make a value too long for a string.
    let doubling = '@string{m0 = "ab"}\n';
    for (let i = 1; i <= 30; i++) doubling += `@string{m${i} = m${i - 1} # m${i - 1}}\n`;
    expect(parse(`${doubling}@article{a, title = {T}, author = {X}, note = m30}`).warnings[0]).toEqual(
      warning(20, 'field "m19" is longer than 1,000,000 characters; cut there'),
    );
    expect(titles("@article{a, title = {Still}, author = {X}}\n@@@\n}}}\n@article{b, title = {Here}, author = {Y}}")).toEqual(["Still", "Here"]);
  });
});

describe("BibTeX round trip", () => {
  it("reads back the generated bibliography, LaTeX-escaped and UTF-8 entries alike", () => {
    const generated = generateBibliography(3000);
    const { papers, warnings } = parse(writeBibtex(generated));
    expect(warnings).toEqual([]);
    expect(papers.map((paper) => [paper.title, paper.authors, paper.year, paper.doi])).toEqual(
      generated.map((paper) => [paper.title, paper.authors.map((author) => `${author.given} ${author.family}`), paper.year, paper.doi]),
    );
  });
});
