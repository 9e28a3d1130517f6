import { describe, expect, it } from "vitest";
import { cut, readStreamed } from "../../../support/formats";
import { generateBibliography, type GeneratedAuthor } from "../../../../bench/generate/bibliography";
import { dblpName, dblpPid, writeDblpXml, type DblpShape } from "../../../../bench/generate/dblpXml";
import { dblpXmlFormat } from "../../../../src/parse/formats/dblpXml/index";
import type { FormatParse } from "../../../../src/parse/formats/types";
import type { ParseWarning } from "../../../../src/parse/types";

const FILE = "dblp.xml";
const reference = { year: 2026, month: 11, day: 25 };
const parse = (text: string): FormatParse => dblpXmlFormat.parse(text, { file: FILE, reference });
const warning = (line: number, message: string): ParseWarning => ({ file: FILE, line, message });

/** The text fed to the stream in chunks of the given sizes, taken in turn. */
const streamed = (text: string, sizes: readonly number[]): FormatParse => readStreamed(dblpXmlFormat, { file: FILE, reference }, cut(text, sizes));

/** A dump as dblp.xml starts and ends; the first record is on line 4. */
const dump = (records: string) => `<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE dblp SYSTEM "dblp.dtd">\n<dblp>\n${records}</dblp>\n`;

/** What every paper of this format has, for whole-paper comparisons. */
const base = { etAl: false, date: null, categories: [], score: null, abstract: null };

describe("dblp XML sniffing", () => {
  it.each([
    ["the dump", dump("")],
    ["the dump with a dated root", '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE dblp SYSTEM "dblp.dtd">\n<dblp mdate="2024-01-02">\n'],
    ["a dump without declaration", "<dblp>\n<article key=\"a\"></article></dblp>"],
    ["a person page", '<?xml version="1.0"?>\n<dblpperson name="Di Xu 0001" pid="95/7448-1" n="8">\n'],
    ["a search answer", '<?xml version="1.0" encoding="UTF-8"?>\n<result>\n<query id="1">graph</query>\n<status code="200">OK</status>\n<completions total="1" computed="1" sent="1">\n<c sc="1" dc="1" oc="1" id="2">graph</c>\n</completions>\n<hits total="0" computed="0" sent="0" first="0">\n</hits>\n</result>\n'],
    ["a comment before the root", '<?xml version="1.0"?>\n<!-- saved from dblp -->\n<dblp>\n'],
  ])("recognises %s", (_, text) => {
    expect(dblpXmlFormat.sniff(text)).toBe(true);
  });

  it.each([
    ["a result without hits", '<?xml version="1.0"?>\n<result><status code="500">error</status></result>'],
    ["another XML format", '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'],
    ["a dblp DOCTYPE over another root", '<!DOCTYPE dblp SYSTEM "dblp.dtd">\n<bib>\n'],
    ["a root that only starts like dblp", "<dblpx>\n"],
    ["BibTeX", "@article{key,\n  title = {A <dblp> Study},\n}\n"],
  ])("rejects %s", (_, text) => {
    expect(dblpXmlFormat.sniff(text)).toBe(false);
  });
});

describe("dblp XML records", () => {
  it("reads an article of the dump: entities, inline markup, ORCID, homonym number, links", () => {
    const text = dump(
      [
        '<article mdate="2023-05-12" key="journals/tcs/MullerW23">',
        '<author orcid="0000-0002-1825-009X">J&uuml;rgen M&uuml;ller</author>',
        "<author>Wei Wang 0001</author>",
        "<author>S&#248;ren &#x141;ukasik</author>",
        "<title>On H<sub>2</sub>O and <i>Graph</i> Learning.</title>",
        "<pages>1-10</pages>",
        "<year>2023</year>",
        "<volume>5</volume>",
        "<journal>Theor. Comput. Sci.</journal>",
        "<ee>https://doi.org/10.1016/J.TCS.2023.01.001</ee>",
        "<ee>https://www.sciencedirect.com/science/article/pii/S0304397523000010</ee>",
        "<url>db/journals/tcs/tcs5.html#MullerW23</url>",
        "</article>",
        "",
      ].join("\n"),
    );
    expect(parse(text)).toEqual({
      papers: [
        {
          ...base,
          title: "On H2O and Graph Learning",
          authors: ["Jürgen Müller", "Wei Wang", "Søren Łukasik"],
          authorDetails: [{ dblp: "name:Jürgen Müller", orcid: "0000-0002-1825-009X" }, { dblp: "name:Wei Wang 0001" }, { dblp: "name:Søren Łukasik" }],
          year: 2023,
          source: { file: FILE, line: 4 },
          venue: "Theor. Comput. Sci.",
          type: "article",
          doi: "10.1016/j.tcs.2023.01.001",
          url: "https://www.sciencedirect.com/science/article/pii/S0304397523000010",
          sourceIds: { dblp: "journals/tcs/MullerW23" },
        },
      ],
      warnings: [],
    });
  });

  it("reads an arXiv preprint: id from the arXiv link, from arXiv's DOI, or from the CoRR key", () => {
    const text = dump(
      [
        '<article key="journals/corr/abs-2301-00001" publtype="informal">',
        "<author>Ana Kim</author><title>Old Link.</title><journal>CoRR</journal><year>2023</year>",
        "<ee type=\"oa\">http://arxiv.org/abs/2301.00001v2</ee>",
        "</article>",
        '<article key="journals/corr/abs-2302-00002" publtype="informal">',
        "<author>Ana Kim</author><title>New Link.</title><journal>CoRR</journal><year>2023</year>",
        '<ee type="oa">https://doi.org/10.48550/arXiv.2302.00002</ee>',
        "</article>",
        '<article key="journals/corr/abs-cs-0112017">',
        "<author>Ana Kim</author><title>No Link.</title><journal>CoRR</journal><year>2001</year>",
        "</article>",
        '<article key="journals/corr/abs-math-0309136">',
        "<author>Ana Kim</author><title>Old Style.</title><journal>CoRR</journal><year>2003</year>",
        "<ee>https://arxiv.org/pdf/math.GT/0309136v1.pdf</ee>",
        "</article>",
        "",
      ].join("\n"),
    );
    expect(parse(text).papers.map((p) => [p.title, p.arxivId, p.doi, p.url])).toEqual([
      ["Old Link", "2301.00001", undefined, "https://dblp.org/rec/journals/corr/abs-2301-00001"],
      ["New Link", "2302.00002", "10.48550/arxiv.2302.00002", "https://dblp.org/rec/journals/corr/abs-2302-00002"],
      ["No Link", "cs/0112017", undefined, "https://dblp.org/rec/journals/corr/abs-cs-0112017"],
      ["Old Style", "math/0309136", undefined, "https://dblp.org/rec/journals/corr/abs-math-0309136"],
    ]);
  });

  it("reads every record kind, takes booktitle as the venue, and its month and day when dblp has them", () => {
    const records = [
      ["inproceedings", "<booktitle>ICML</booktitle>"],
      ["incollection", "<booktitle>Handbook of Graphs</booktitle>"],
      ["book", "<publisher>Springer</publisher>"],
      ["phdthesis", "<school>TU Wien</school><month>March 15</month>"],
      ["mastersthesis", "<school>ETH</school><month>March</month>"],
    ];
    const text = dump(records.map(([kind, extra], i) => `<${kind} key="k/${i}"><author>Bo Li</author><title>T${i}.</title><year>2020</year>${extra}</${kind}>\n`).join(""));
    expect(parse(text).papers.map((p) => [p.type, p.venue, p.date, p.source.line])).toEqual([
      ["inproceedings", "ICML", null, 4],
      ["incollection", "Handbook of Graphs", null, 5],
      ["book", undefined, null, 6],
      ["phdthesis", undefined, "2020-03-15", 7],
      ["mastersthesis", undefined, null, 8],
    ]);
  });

  it("removes dblp's one final period from titles, and nothing else", () => {
    const titles = ["A Study.", "Why Graphs?", "Stop!", "Wait for it...", "Version 2.0", "  Spaced   out.  "];
    const text = dump(titles.map((t, i) => `<article key="k/${i}"><author>Bo Li</author><title>${t}</title></article>\n`).join(""));
    expect(parse(text).papers.map((p) => p.title)).toEqual(["A Study", "Why Graphs?", "Stop!", "Wait for it...", "Version 2.0", "Spaced out"]);
  });

  it("keeps homonyms apart: one display name, distinct dblp identities", () => {
    const text = dump('<article key="k/1"><author>Wei Wang 0001</author><author>Wei Wang 0002</author><author>Wei Wang</author><title>Three.</title></article>\n');
    const [paper] = parse(text).papers;
    expect(paper!.authors).toEqual(["Wei Wang", "Wei Wang", "Wei Wang"]);
    expect(paper!.authorDetails).toEqual([{ dblp: "name:Wei Wang 0001" }, { dblp: "name:Wei Wang 0002" }, { dblp: "name:Wei Wang" }]);
  });

  it("skips home pages, data sets and person records without a word", () => {
    const text = dump(
      [
        '<www key="homepages/l/HuaLu"><author>Hua Lu 0001</author><title>Home Page</title><url>http://luhua.ruc.dk/</url></www>',
        '<data key="data/10/1"><author>Bo Li</author><title>A Data Set.</title><year>2021</year></data>',
        '<person key="homepages/1/2"><author>Bo Li</author></person>',
        '<article key="k/1"><author>Bo Li</author><title>Kept.</title></article>',
        "",
      ].join("\n"),
    );
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => [p.title, p.source.line])).toEqual([["Kept", 7]]);
    expect(warnings).toEqual([]);
  });

  it("uses the editors when a record has no author, keeps one with neither, and skips one without a title", () => {
    const text = dump(
      [
        '<proceedings key="conf/sat/2021">', // line 4
        "<editor>Chu-Min Li</editor>",
        "<editor>Felip Many&agrave;</editor>",
        "<title>SAT 2021.</title>",
        "<booktitle>SAT</booktitle>",
        "<year>2021</year>",
        "</proceedings>",
        '<incollection key="reference/vision/X14bd"><title>Curvedness.</title><year>2014</year></incollection>', // line 11
        '<article key="k/untitled"><author>Bo Li</author><title> </title></article>', // line 12
        "",
      ].join("\n"),
    );
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => [p.title, p.authors, p.authorDetails])).toEqual([
      ["SAT 2021", ["Chu-Min Li", "Felip Manyà"], [{ dblp: "name:Chu-Min Li" }, { dblp: "name:Felip Manyà" }]],
      ["Curvedness", [], undefined],
    ]);
    expect(warnings).toEqual([
      warning(4, "<proceedings> has no author; used its editors instead"),
      warning(11, "<incollection> has no author; kept without authors"),
      warning(12, "<article> has no title; skipped"),
    ]);
  });

  it("warns about a year that is no year and an ORCID that is no ORCID iD", () => {
    const text = dump('<article key="journals/acta/Schonhage77">\n<author orcid="none">Arnold Sch&ouml;nhage</author>\n<title>T.</title>\n<year>" "</year>\n</article>\n');
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => [p.year, p.authorDetails])).toEqual([[null, [{ dblp: "name:Arnold Schönhage" }]]]);
    expect(warnings).toEqual([
      warning(4, 'year "" "" is not a year; kept without one'),
      warning(5, '"none" is not an ORCID iD; Arnold Schönhage kept without it'),
    ]);
  });
});

describe("dblp XML text", () => {
  it("decodes each named entity as dblp.dtd declares it", () => {
    // Name and code point of every entity in dblp.dtd (2019 edition), in its order.
    const declared =
      "reg 174 micro 181 times 215 Agrave 192 Aacute 193 Acirc 194 Atilde 195 Auml 196 Aring 197 AElig 198 Ccedil 199 Egrave 200 Eacute 201 " +
      "Ecirc 202 Euml 203 Igrave 204 Iacute 205 Icirc 206 Iuml 207 ETH 208 Ntilde 209 Ograve 210 Oacute 211 Ocirc 212 Otilde 213 Ouml 214 " +
      "Oslash 216 Ugrave 217 Uacute 218 Ucirc 219 Uuml 220 Yacute 221 THORN 222 szlig 223 agrave 224 aacute 225 acirc 226 atilde 227 auml 228 " +
      "aring 229 aelig 230 ccedil 231 egrave 232 eacute 233 ecirc 234 euml 235 igrave 236 iacute 237 icirc 238 iuml 239 eth 240 ntilde 241 " +
      "ograve 242 oacute 243 ocirc 244 otilde 245 ouml 246 oslash 248 ugrave 249 uacute 250 ucirc 251 uuml 252 yacute 253 thorn 254 yuml 255";
    const pairs = declared.split(" ").flatMap((word, i, words) => (i % 2 === 0 ? [[word, Number(words[i + 1])] as const] : []));
    const text = dump(pairs.map(([name], i) => `<article key="k/${i}"><author>Bo Li</author><title>x&${name};x</title></article>\n`).join(""));
    const { papers, warnings } = parse(text);
    expect(warnings).toEqual([]);
    expect(papers.map((p) => p.title)).toEqual(pairs.map(([, code]) => `x${String.fromCharCode(code)}x`));
  });

  it("decodes XML's own entities and numeric references", () => {
    const text = dump('<article key="k"><author>Bo Li</author><title>&Agrave;&aacute;&THORN;&szlig;&yuml;&reg;&micro;&times;&amp;&lt;&gt;&quot;&apos; &#65;&#x42;&#X43; &#128512;.</title></article>\n');
    expect(parse(text).papers[0]!.title).toBe("ÀáÞßÿ®µ×&<>\"' ABC 😀");
  });

  it("keeps an entity dblp.dtd does not declare as written, and says on which line", () => {
    const text = dump('<article key="k">\n<author>Bo Li</author>\n<title>A\n&divide; and &nbsp;, &#0;, AT&T.</title>\n</article>\n');
    const { papers, warnings } = parse(text);
    expect(papers[0]!.title).toBe("A &divide; and &nbsp;, &#0;, AT&T");
    expect(warnings).toEqual([
      warning(7, "unknown entity &divide; (dblp.dtd does not declare it); kept as written"),
      warning(7, "unknown entity &nbsp; (dblp.dtd does not declare it); kept as written"),
      warning(7, "character reference &#0; is no valid character; kept as written"),
      warning(7, 'a bare "&" that starts no entity; kept as written'),
    ]);
  });

  it("reads entities a document declares in its own DOCTYPE", () => {
    const text = '<?xml version="1.0"?>\n<!DOCTYPE dblp [\n<!ENTITY ouml "&#246;">\n<!ENTITY dblp "the dblp team">\n]>\n<dblp><article key="k"><author>Bo Li</author><title>By &dblp; in K&ouml;ln.</title></article></dblp>\n';
    expect(parse(text)).toEqual(expect.objectContaining({ warnings: [] }));
    expect(parse(text).papers[0]!.title).toBe("By the dblp team in Köln");
  });

  it("reads CDATA as literal text and skips comments and processing instructions", () => {
    const text = dump('<article key="k"><!-- a note --><?pi x?><author>Bo <![CDATA[Li]]></author><title><![CDATA[Graphs & <Trees>]]>.</title></article>\n');
    expect(parse(text).papers.map((p) => [p.authors, p.title])).toEqual([[["Bo Li"], "Graphs & <Trees>"]]);
  });

  it("collapses line breaks, tabs and no-break spaces in fields", () => {
    const text = dump('<book key="k">\n\t<author>Juan\tCarlos&#160;Augusto</author>\n\t<title>\n\tHandbook of Ambient\n\tAssisted Living\n\t</title>\n\t<ee>\n\thttp://www.booksonline.iospress.nl/Content/View.aspx?piid=26497\n\t</ee>\n</book>\n');
    expect(parse(text).papers.map((p) => [p.authors, p.title, p.url])).toEqual([
      [["Juan Carlos Augusto"], "Handbook of Ambient Assisted Living", "http://www.booksonline.iospress.nl/Content/View.aspx?piid=26497"],
    ]);
  });
});

describe("dblp XML person pages and search answers", () => {
  it("reads a person page: records in <r>, person ids, and nothing from the person, homonym and co-author lists", () => {
    const text = [
      '<?xml version="1.0"?>',
      '<dblpperson name="Di Xu 0001" pid="95/7448-1" n="1">',
      '<person key="homepages/95/7448-1" mdate="2019-11-26">',
      '<author pid="95/7448-1">Di Xu 0001</author>',
      '<note type="affiliation">University of British Columbia</note>',
      "</person>",
      '<homonyms n="1"><h f="x/Xu:Di"><person publtype="disambiguation" key="homepages/95/7448"><author pid="95/7448">Di Xu</author></person></h></homonyms>',
      '<r><article key="journals/tvcg/XuDN11" mdate="2019-11-26">', // line 8
      '<author pid="95/7448-1" orcid="0000-0002-0613-2229">Di Xu 0001</author>',
      '<author pid="58/3497">Colin Doutre</author>',
      "<title>Correction of Clipped Pixels in Color Images.</title>",
      "<year>2011</year>",
      "<journal>IEEE Trans. Vis. Comput. Graph.</journal>",
      "<ee>https://doi.org/10.1109/TVCG.2010.63</ee>",
      "<ee>http://doi.ieeecomputersociety.org/10.1109/TVCG.2010.63</ee>",
      "<url>db/journals/tvcg/tvcg17.html#XuDN11</url>",
      "</article>",
      "</r>",
      '<coauthors n="1" nc="1">',
      '<co c="0"><na f="d/Doutre:Colin" pid="58/3497">Colin Doutre</na></co>',
      "</coauthors>",
      "</dblpperson>",
      "",
    ].join("\n");
    expect(parse(text)).toEqual({
      papers: [
        {
          ...base,
          title: "Correction of Clipped Pixels in Color Images",
          authors: ["Di Xu", "Colin Doutre"],
          authorDetails: [{ dblp: "95/7448-1", orcid: "0000-0002-0613-2229" }, { dblp: "58/3497" }],
          year: 2011,
          source: { file: FILE, line: 8 },
          venue: "IEEE Trans. Vis. Comput. Graph.",
          type: "article",
          doi: "10.1109/tvcg.2010.63",
          url: "http://doi.ieeecomputersociety.org/10.1109/TVCG.2010.63",
          sourceIds: { dblp: "journals/tvcg/XuDN11" },
        },
      ],
      warnings: [],
    });
  });

  it("reads a search answer: one record per <info>, its type from <type>, its DOI from <doi>", () => {
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      "<result>",
      '<query id="7">offline rl</query>',
      '<status code="200">OK</status>',
      '<time unit="msecs">3.02</time>',
      '<completions total="1" computed="1" sent="1">',
      '<c sc="2" dc="2" oc="2" id="3">offline</c>',
      "</completions>",
      '<hits total="1" computed="1" sent="1" first="0">',
      '<hit score="1" id="1">',
      "<info><authors><author pid=\"327/9813\">Jeonghye Kim</author><author pid=\"w/YuWang2\">Yu Wang 0002</author></authors><title>Decision ConvFormer: Local Filtering in MetaFormer is Sufficient for Decision Making.</title><venue>ICLR</venue><year>2024</year><type>Conference and Workshop Papers</type><access>open</access><key>conf/iclr/KimL24</key><doi>10.48550/ARXIV.2310.03022</doi><ee>https://openreview.net/forum?id=af2c8EaKl8</ee><url>https://dblp.org/rec/conf/iclr/KimL24</url></info>",
      "<url>URL#1</url>",
      "</hit>",
      "</hits>",
      "</result>",
      "",
    ].join("\n");
    expect(parse(text)).toEqual({
      papers: [
        {
          ...base,
          title: "Decision ConvFormer: Local Filtering in MetaFormer is Sufficient for Decision Making",
          authors: ["Jeonghye Kim", "Yu Wang"],
          authorDetails: [{ dblp: "327/9813" }, { dblp: "w/YuWang2" }],
          year: 2024,
          source: { file: FILE, line: 11 },
          venue: "ICLR",
          type: "Conference and Workshop Papers",
          doi: "10.48550/arxiv.2310.03022",
          arxivId: "2310.03022",
          url: "https://openreview.net/forum?id=af2c8EaKl8",
          sourceIds: { dblp: "conf/iclr/KimL24" },
        },
      ],
      warnings: [],
    });
  });
});

describe("broken dblp XML", () => {
  it("keeps every complete record and warns, with lines, about what is broken", () => {
    const text = [
      '<?xml version="1.0" encoding="ISO-8859-1"?>',
      '<!DOCTYPE dblp SYSTEM "dblp.dtd">',
      "<dblp>",
      '<article key="k/1"><author>Ana Kim</author><title>One.</title>', // 4: no end tag
      '<article key="k/2"><author>Bo Li</author><title>Two.</title></article>', // 5
      "some garbage between records", // 6
      "</inproceedings>", // 7: stray end tag
      '<article key="k/3"><author>Bo Li</author><title>Three.</article>', // 8: title not closed
      "<foo>bar</foo>", // 9: not a record
      '<article key="k/4"><author>Bo Li</author>', // 10
      "<title>Four.</title></article>", // 11
      '<article key="k/5"><author>Bo Li</author><title>Cut', // 12: cut off
    ].join("\n");
    const { papers, warnings } = parse(text);
    expect(papers.map((p) => [p.title, p.source.line])).toEqual([
      ["One", 4],
      ["Two", 5],
      ["Three", 8],
      ["Four", 10],
    ]);
    expect(warnings).toEqual([
      warning(4, "<article> has no end tag before the next record (line 5); kept what it had"),
      warning(6, 'text outside any record ("some garbage between records"); skipped'),
      warning(7, "end tag </inproceedings> matches no open element; ignored"),
      warning(8, "<title> has no end tag before </article>; read up to there"),
      warning(9, "<foo> is not a dblp record (article, inproceedings, proceedings, book, incollection, phdthesis, mastersthesis); skipped"),
      warning(12, "<article> is cut off by the end of the file; skipped"),
      warning(12, "the file ends before </dblp>; it may be cut off"),
    ]);
  });

  it("says so when the file ends inside a tag", () => {
    const { papers, warnings } = parse(dump("").replace("</dblp>\n", '<article key="k"><author>Bo Li</author><title>T.</title></article>\n<artic'));
    expect(papers.map((p) => p.title)).toEqual(["T"]);
    expect(warnings).toEqual([warning(5, "the file ends inside a tag; the unfinished tag was dropped"), warning(5, "the file ends before </dblp>; it may be cut off")]);
  });

  it("reads a record whose text holds a NUL, which XML allows nowhere", () => {
    const { papers } = parse(dump('<article key="k"><author>Bo Li</author><title>A\u0000B.</title><year>2020</year></article>\n'));
    expect(papers.map((p) => [p.title, p.authors, p.year])).toEqual([["A B", ["Bo Li"], 2020]]);
  });

  it("reads a stray < as text", () => {
    const { papers, warnings } = parse(dump('<article key="k"><author>Bo Li</author><title>a < b.</title></article>\n'));
    expect(papers.map((p) => p.title)).toEqual(["a < b"]);
    expect(warnings).toEqual([warning(4, 'a "<" that starts no tag; read as text')]);
  });

  it("lets a record close a field that lacks its end tag when the next field opens", () => {
    const { papers, warnings } = parse(dump('<article key="k">\n<title>Lost End.\n<author>Bo Li</author>\n</article>\n'));
    expect(papers.map((p) => [p.title, p.authors])).toEqual([["Lost End", ["Bo Li"]]]);
    expect(warnings).toEqual([warning(5, "<title> has no end tag before <author> (line 6); read up to there")]);
  });
});

describe("dblp XML streaming", () => {
  const awkward = dump(
    [
      '<article mdate="2023-05-12" key="journals/tcs/MullerW23">',
      '<author orcid="0000-0002-1825-0097" pid="12/3456-1">J&uuml;rgen M&uuml;ller 0001</author>',
      "<title>&#120088;nicode <i>&amp;</i> &Ouml;sterreich &divide;.</title>",
      "<!-- comment --><year>2023</year><ee>https://doi.org/10.1/x</ee>",
      "</article>",
      "garbage",
      '<inproceedings key="conf/x/1"><author>Zo&euml; Kim</author><title><![CDATA[A & B]]>.</title></inproceedings>',
      // Long enough that most cuts leave a next chunk longer than the piece joined to the last one's end.
      `<book key="b/1"><author>Bo Li</author><title>Long.</title><note>${"Graphs &amp; trees. ".repeat(60)}</note></book>`,
      "",
    ].join("\n"),
  );

  it("gives the same papers and warnings wherever the chunks split the text", () => {
    const whole = parse(awkward);
    expect(whole.papers).toHaveLength(3);
    expect(whole.warnings).toHaveLength(2);
    for (let cut = 1; cut < awkward.length; cut++) {
      expect(streamed(awkward, [cut, awkward.length])).toEqual(whole);
    }
    expect(streamed(awkward, [1])).toEqual(whole);
  });

  it("splits a UTF-16 pair across chunks without harm", () => {
    const text = dump('<article key="k"><author>Bo Li</author><title>\u{1D518} and \u{1F600}.</title></article>\n');
    const pair = text.indexOf("\u{1D518}") + 1; // between the two halves of the pair
    expect(streamed(text, [pair, 3, text.length])).toEqual(parse(text));
    expect(parse(text).papers[0]!.title).toBe("\u{1D518} and \u{1F600}");
  });

  it("reads a DOCTYPE longer than the piece joined across a chunk boundary", () => {
    const subset = Array.from({ length: 60 }, (_, i) => `<!ENTITY e${i} "entity number ${i}">`).join("\n");
    const text = `<?xml version="1.0"?>\n<!DOCTYPE dblp [\n${subset}\n]>\n<dblp><article key="k"><author>Bo Li</author><title>&e59;.</title></article></dblp>\n`;
    expect(parse(text).papers.map((p) => p.title)).toEqual(["entity number 59"]);
    expect(streamed(text, [60, 1500])).toEqual(parse(text));
  });

  it("reads CRLF line ends in a stream, which no one normalised, like LF", () => {
    expect(streamed(awkward.replace(/\n/g, "\r\n"), [333])).toEqual(parse(awkward));
  });

  it("drops a byte-order mark at the start of the stream", () => {
    expect(streamed(`\uFEFF${awkward}`, [5, 9])).toEqual(parse(awkward));
  });

  it("reports progress while parsing a whole text", () => {
    const fractions: number[] = [];
    const text = writeDblpXml(generateBibliography(6000), "dblp");
    dblpXmlFormat.parse(text, { file: FILE, reference, onProgress: (f) => fractions.push(f) });
    expect(fractions[0]).toBe(0);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions.every((f, i) => i === 0 || f >= fractions[i - 1]!)).toBe(true);
  });

  it("reads a record with thousands of authors", () => {
    const authors = Array.from({ length: 5000 }, (_, i) => `<author>Author ${i} Collab</author>`).join("");
    const { papers } = parse(dump(`<article key="k">${authors}<title>Big Physics.</title></article>\n`));
    expect(papers[0]!.authors).toHaveLength(5000);
    expect(papers[0]!.authors[4999]).toBe("Author 4999 Collab");
    expect(papers[0]!.authorDetails![4999]).toEqual({ dblp: "name:Author 4999 Collab" });
  });
});

describe("dblp XML round trip", () => {
  const bibliography = generateBibliography(3000);
  const display = (author: GeneratedAuthor) => `${author.given} ${author.family}`;

  it.each(["dblp", "person", "search"] as const)("reads back every generated paper from the %s shape", (shape: DblpShape) => {
    const text = writeDblpXml(bibliography, shape);
    const { papers, warnings } = parse(text);
    expect(warnings).toEqual([]);
    expect(papers.map((p) => [p.title, p.authors, p.year, p.doi])).toEqual(bibliography.map((g) => [g.title, g.authors.map(display), g.year, g.doi]));
    // The dump has no pids: each person is known by the dblp name, homonym number included.
    const identity = (author: GeneratedAuthor) => (shape === "dblp" ? `name:${dblpName(author)}` : dblpPid(author));
    expect(papers.map((p) => p.authorDetails!.map((d) => d.dblp))).toEqual(bibliography.map((g) => g.authors.map(identity)));
  });

  it.each(["dblp", "person", "search"] as const)("streams the %s shape in odd-sized chunks to the same papers and warnings", (shape: DblpShape) => {
    const text = writeDblpXml(bibliography, shape);
    const whole = parse(text);
    for (const size of [1, 7, 4093]) expect(streamed(text, [size])).toEqual(whole);
  });
});
