import { describe, expect, it } from "vitest";
import { readGexf } from "../../../src/network/gexf";
import { readGraphml } from "../../../src/network/graphml";
import { readGraphologyJson } from "../../../src/network/graphologyJson";
import { detectNetworkFormat } from "../../../src/network/registry";
import { networkGraph } from "../../../src/network/toGraph";
import { readVosviewerJson } from "../../../src/network/vosviewer";
import { readSources } from "../../../src/parse/index";

/** Gephi 0.10's export of a small network: GEXF 1.3, declared attributes, viz position, colour and size. */
const GEPHI_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <meta lastmodifieddate="2024-05-02">
    <creator>Gephi 0.10.1</creator>
  </meta>
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node" mode="static">
      <attribute id="modularity_class" title="Modularity Class" type="integer"></attribute>
      <attribute id="affiliation" title="Affiliation" type="string"><default>unknown</default></attribute>
    </attributes>
    <nodes>
      <node id="n0" label="Marie Curie">
        <attvalues>
          <attvalue for="modularity_class" value="1"></attvalue>
          <attvalue for="affiliation" value="Sorbonne &amp; ESPCI"></attvalue>
        </attvalues>
        <viz:size value="20.0"></viz:size>
        <viz:position x="-120.5" y="33.25"></viz:position>
        <viz:color r="255" g="102" b="0"></viz:color>
      </node>
      <node id="n1" label="Pierre Curie">
        <attvalues>
          <attvalue for="modularity_class" value="1"></attvalue>
        </attvalues>
        <viz:size value="10.0"></viz:size>
        <viz:position x="80.0" y="-40.0"></viz:position>
        <viz:color r="0" g="102" b="255" a="0.8"></viz:color>
      </node>
      <node id="n2" label="Irène Joliot-Curie">
        <attvalues>
          <attvalue for="modularity_class" value="0"></attvalue>
        </attvalues>
        <viz:size value="5.0"></viz:size>
        <viz:position x="0.0" y="100.0"></viz:position>
        <viz:color hex="#00aa44"></viz:color>
      </node>
    </nodes>
    <edges>
      <edge id="0" source="n0" target="n1" weight="4.0"></edge>
      <edge id="1" source="n0" target="n2"></edge>
    </edges>
  </graph>
</gexf>
`;

describe("network files from other tools", () => {
  it("reads Gephi's GEXF: names, places, colours (r/g/b and hex), sizes, weights, declared attributes and their defaults", () => {
    expect(detectNetworkFormat(GEPHI_GEXF)?.id).toBe("gexf");
    const model = readGexf(GEPHI_GEXF, "curie.gexf");
    expect(model.warnings).toEqual([]);
    expect(model.authors).toEqual([
      { id: "n0", name: "Marie Curie", line: 12, x: -120.5, y: 33.25, color: "#ff6600", size: 20, attributes: { modularity_class: 1, affiliation: "Sorbonne & ESPCI" } },
      { id: "n1", name: "Pierre Curie", line: 21, x: 80, y: -40, color: "#0066ff", size: 10, attributes: { modularity_class: 1, affiliation: "unknown" } },
      { id: "n2", name: "Irène Joliot-Curie", line: 29, x: 0, y: 100, color: "#00aa44", size: 5, attributes: { modularity_class: 0, affiliation: "unknown" } },
    ]);
    expect(model.links).toEqual([
      { source: "n0", target: "n1", weight: 4, line: 39, attributes: {} },
      { source: "n0", target: "n2", weight: 1, line: 40, attributes: {} },
    ]);
    // Gephi's modularity classes are the research groups, largest first; the other attributes are shown under their titles.
    const { graph } = networkGraph(model, "curie.gexf", "GEXF");
    expect(graph.mapNodes((_k, a) => [a.label, a.community, a.fileAttributes])).toEqual([
      ["Marie Curie", 0, { Affiliation: "Sorbonne & ESPCI" }],
      ["Pierre Curie", 0, { Affiliation: "unknown" }],
      ["Irène Joliot-Curie", 1, { Affiliation: "unknown" }],
    ]);
    expect(graph.getAttribute("network")).toEqual({ file: "curie.gexf", format: "GEXF", positions: true, colors: true, sizes: true, paperCounts: false });
  });

  it("reads a GEXF without viz: names and links, no places (the layout then places them)", () => {
    const text = `<gexf version="1.2"><graph defaultedgetype="directed"><nodes><node id="a" label="Ada"/><node id="b"/></nodes>
<edges><edge source="a" target="b"/><edge source="b" target="a" weight="2"/></edges></graph></gexf>`;
    const model = readGexf(text, "plain.gexf");
    expect(model.authors).toEqual([
      { id: "a", name: "Ada", line: 1, attributes: {} },
      { id: "b", name: "b", line: 1, attributes: {} },
    ]);
    // A directed file's two ways between the same pair are one link, their weights added.
    const { graph, warnings } = networkGraph(model, "plain.gexf", "GEXF");
    expect(graph.mapEdges((key, a) => [key, a.weight])).toEqual([["a|b", 3]]);
    expect(warnings).toEqual([{ file: "plain.gexf", line: 2, message: 'a second link between "b" and "a"; its weight is added to the first\'s' }]);
    expect(graph.getAttribute("network")).toMatchObject({ positions: false, colors: false, sizes: false });
  });

  it("reads yEd's GraphML: the node label, the geometry's centre (y upward) and the fill", () => {
    const text = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key attr.name="weight" attr.type="double" for="edge" id="d10"/>
  <graph edgedefault="directed" id="G">
    <node id="n0">
      <data key="d6">
        <y:ShapeNode>
          <y:Geometry height="30.0" width="40.0" x="100.0" y="200.0"/>
          <y:Fill color="#FFCC00" transparent="false"/>
          <y:NodeLabel alignment="center">Ada Lovelace</y:NodeLabel>
        </y:ShapeNode>
      </data>
    </node>
    <node id="n1">
      <data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="0.0" y="0.0"/><y:NodeLabel>Charles Babbage</y:NodeLabel></y:ShapeNode></data>
    </node>
    <edge id="e0" source="n0" target="n1"><data key="d10">2.5</data></edge>
  </graph>
</graphml>
`;
    expect(detectNetworkFormat(text)?.id).toBe("graphml");
    const model = readGraphml(text, "yed.graphml");
    expect(model.warnings).toEqual([]);
    expect(model.authors).toEqual([
      { id: "n0", name: "Ada Lovelace", line: 6, x: 120, y: -215, color: "#ffcc00", attributes: {} },
      { id: "n1", name: "Charles Babbage", line: 15, x: 15, y: -15, attributes: {} },
    ]);
    expect(model.links).toEqual([{ source: "n0", target: "n1", weight: 2.5, line: 18, attributes: {} }]);
  });

  it("reads NetworkX's GraphML: plain keys, a name key, defaults, and the other keys as the authors' attributes", () => {
    const text = `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="name" attr.type="string"/>
  <key id="d1" for="node" attr.name="field" attr.type="string"><default>physics</default></key>
  <key id="d2" for="node" attr.name="h_index" attr.type="long"/>
  <key id="d3" for="edge" attr.name="weight" attr.type="long"/>
  <graph edgedefault="undirected">
    <node id="0"><data key="d0">Lise Meitner</data><data key="d2">40</data></node>
    <node id="1"><data key="d0">Otto Hahn</data><data key="d1">chemistry</data></node>
    <edge source="0" target="1"><data key="d3">30</data></edge>
  </graph>
</graphml>`;
    const model = readGraphml(text, "nx.graphml");
    expect(model.authors).toEqual([
      { id: "0", name: "Lise Meitner", line: 8, attributes: { field: "physics", h_index: 40 } },
      { id: "1", name: "Otto Hahn", line: 9, attributes: { field: "chemistry" } },
    ]);
    expect(model.links).toEqual([{ source: "0", target: "1", weight: 30, line: 10, attributes: {} }]);
  });

  it("reads VOSviewer Online's JSON: items with x, y, cluster, weights and scores; links with strengths", () => {
    const text = `{
  "network": {
    "items": [
      {"id": 1, "label": "van Eck, Nees Jan", "x": -0.4386, "y": 0.1532, "cluster": 1, "weights": {"Links": 2, "Total link strength": 35, "Documents": 42}, "scores": {"Avg. pub. year": 2016.5}},
      {"id": 2, "label": "Waltman, Ludo", "x": 0.2251, "y": -0.0871, "cluster": 1, "weights": {"Links": 2, "Total link strength": 37, "Documents": 61}},
      {"id": 3, "label": "Noyons, Ed", "x": 0.8, "y": 0.6, "cluster": 2, "weights": {"Links": 2, "Total link strength": 6, "Documents": 9}, "url": "https://example.org/noyons"}
    ],
    "links": [
      {"source_id": 1, "target_id": 2, "strength": 33},
      {"source_id": 1, "target_id": 3, "strength": 2},
      {"source_id": 2, "target_id": 3, "strength": 4}
    ],
    "clusters": [{"cluster": 1, "label": "Bibliometrics", "color": "#d62728"}]
  }
}`;
    expect(detectNetworkFormat(text)?.id).toBe("vosviewer-json");
    const model = readVosviewerJson(text, "vos.json");
    expect(model.warnings).toEqual([]);
    expect(model.authors).toEqual([
      { id: "1", name: "van Eck, Nees Jan", line: 4, x: -0.4386, y: 0.1532, color: "#d62728", attributes: { Links: 2, "Total link strength": 35, Documents: 42, "Avg. pub. year": 2016.5, cluster: 1 } },
      { id: "2", name: "Waltman, Ludo", line: 5, x: 0.2251, y: -0.0871, color: "#d62728", attributes: { Links: 2, "Total link strength": 37, Documents: 61, cluster: 1 } },
      { id: "3", name: "Noyons, Ed", line: 6, x: 0.8, y: 0.6, attributes: { Links: 2, "Total link strength": 6, Documents: 9, cluster: 2, url: "https://example.org/noyons" } },
    ]);
    expect(model.links.map((l) => [l.source, l.target, l.weight, l.line])).toEqual([["1", "2", 33, 9], ["1", "3", 2, 10], ["2", "3", 4, 11]]);
    // "Documents" is the papers each author has; the clusters are the groups, the largest first.
    const { graph } = networkGraph(model, "vos.json", "VOSviewer JSON");
    expect(graph.mapNodes((_k, a) => [a.papers, a.community])).toEqual([[42, 0], [61, 0], [9, 1]]);
    expect(graph.getAttribute("network")).toMatchObject({ paperCounts: true, positions: true, colors: true });
  });

  it("reads graphology's own serialization, numeric keys and sigma's drawing attributes included", () => {
    const text = JSON.stringify({
      attributes: { name: "g" },
      options: { type: "mixed", multi: false, allowSelfLoops: true },
      nodes: [{ key: 1, attributes: { label: "Alan Turing", x: 1, y: 2, size: 7, color: "rgb(10, 20, 30)", college: "King's" } }, { key: "church", attributes: {} }],
      edges: [{ key: "e", source: 1, target: "church", attributes: { weight: 0.5, type: "line" } }],
    });
    expect(detectNetworkFormat(text)?.id).toBe("graphology-json");
    const model = readGraphologyJson(text, "g.json");
    expect(model.authors).toEqual([
      { id: "1", name: "Alan Turing", line: 1, x: 1, y: 2, size: 7, color: "#0a141e", attributes: { college: "King's" } },
      { id: "church", name: "church", line: 1, attributes: {} },
    ]);
    expect(model.links).toEqual([{ source: "1", target: "church", weight: 0.5, line: 1, attributes: { type: "line" } }]);
  });
});

describe("broken records of a network file", () => {
  it("GEXF: a node without an id, a second node with one id, a link to nobody, a bad weight: each a warning with its line; the rest kept", () => {
    const text = `<gexf><graph><nodes>
<node id="a" label="Ann"/>
<node label="Nobody"/>
<node id="a" label="Ann again"/>
<node id="b" label="Bo"/>
</nodes><edges>
<edge source="a" target="zz"/>
<edge source="a" target="a"/>
<edge source="a" target="b" weight="heavy"/>
</edges></graph></gexf>`;
    const model = readGexf(text, "broken.gexf");
    expect(model.authors.map((a) => a.name)).toEqual(["Ann", "Bo"]);
    expect(model.links).toEqual([{ source: "a", target: "b", weight: 1, line: 9, attributes: {} }]);
    expect(model.warnings).toEqual([
      { file: "broken.gexf", line: 3, message: "a node without an id; skipped" },
      { file: "broken.gexf", line: 4, message: 'a second node with the id "a"; skipped' },
      { file: "broken.gexf", line: 7, message: 'a link to "zz", which is no node of the file; skipped' },
      { file: "broken.gexf", line: 8, message: 'a link from "a" to itself (no one co-authors with herself); skipped' },
      { file: "broken.gexf", line: 9, message: 'the link\'s weight "heavy" is not a number; read as 1' },
    ]);
  });

  it("GraphML cut short: what was read is kept, and the cut is said with its line", () => {
    const text = `<graphml><graph>\n<node id="a"/>\n<node id="b"/>\n<edge source="a" target="b"/>\n<node id="c"`;
    const model = readGraphml(text, "cut.graphml");
    expect(model.authors.map((a) => a.id)).toEqual(["a", "b"]);
    expect(model.links).toHaveLength(1);
    expect(model.warnings).toEqual([
      { file: "cut.graphml", line: 5, message: "the file ends inside a tag; the unfinished tag was dropped" },
      { file: "cut.graphml", line: 1, message: "<graph> is never closed" },
      { file: "cut.graphml", line: 1, message: "<graphml> is never closed" },
    ]);
  });

  it("graphology JSON: a record that is not valid JSON, one without a key and a link to nobody are warnings at their lines", () => {
    const text = `{
  "nodes": [
    {"key": "a", "attributes": {"label": "Ann"}},
    {"key": "b", "attributes": {"label": "Bo",}},
    {"attributes": {"label": "Keyless"}},
    {"key": "c"}
  ],
  "edges": [
    {"source": "a", "target": "c"},
    {"source": "a", "target": "b"}
  ]
}`;
    const model = readGraphologyJson(text, "broken.json");
    expect(model.authors.map((a) => a.id)).toEqual(["a", "c"]);
    expect(model.links.map((l) => [l.source, l.target, l.line])).toEqual([["a", "c", 9]]);
    expect(model.warnings).toEqual([
      { file: "broken.json", line: 4, message: "this record is not valid JSON; skipped" },
      { file: "broken.json", line: 5, message: 'a node without a "key"; skipped' },
      { file: "broken.json", line: 10, message: 'a link to "b", which is no node of the file; skipped' },
    ]);
  });

  it("VOSviewer JSON: an item without an id and a link to an unknown item are warnings; the rest kept", () => {
    const text = `{"network": {"items": [
  {"id": 1, "label": "A"},
  {"label": "no id"},
  {"id": 2, "label": "B"}
], "links": [
  {"source_id": 1, "target_id": 2, "strength": 1},
  {"source_id": 1, "target_id": 9}
]}}`;
    const model = readVosviewerJson(text, "v.json");
    expect(model.authors.map((a) => a.name)).toEqual(["A", "B"]);
    expect(model.links).toHaveLength(1);
    expect(model.warnings).toEqual([
      { file: "v.json", line: 3, message: 'an item without an "id"; skipped' },
      { file: "v.json", line: 7, message: 'a link to "9", which is no node of the file; skipped' },
    ]);
  });

  it("a network file with no node is an error naming it; a second network or papers after one are refused by name", () => {
    const gexf = `<gexf><graph><nodes><node id="a"/></nodes></graph></gexf>`;
    const read = readSources([
      { name: "empty.gexf", text: "<gexf><graph><nodes></nodes></graph></gexf>" },
      { name: "one.gexf", text: gexf },
      { name: "two.gexf", text: gexf },
      { name: "refs.bib", text: "@article{x, title={T}, author={Lee, Ann}, year={2020}}" },
    ]);
    expect(read.errors).toEqual([
      { file: "empty.gexf", message: "no authors (nodes) could be read in this GEXF file" },
      { file: "two.gexf", message: "a network file (GEXF) is read on its own, and the network one.gexf is open: open it alone" },
      { file: "refs.bib", message: "papers cannot join the network read from one.gexf, which has none: open this file on its own" },
    ]);
    expect(read.network?.file).toBe("one.gexf");
    expect(read.drafts).toEqual([]);
    const after = readSources([{ name: "refs.bib", text: "@article{x, title={T}, author={Lee, Ann}, year={2020}}" }, { name: "one.gexf", text: gexf }]);
    expect(after.errors).toEqual([{ file: "one.gexf", message: "a network file (GEXF) is read on its own, and papers are open: open it alone" }]);
  });
});

describe("the file picker's endings and the report's names", () => {
  it("are every network reader's", async () => {
    const { NETWORK_EXTENSIONS, NETWORK_LABELS } = await import("../../../src/network/extensions");
    const { NETWORK_FORMATS } = await import("../../../src/network/registry");
    expect([...new Set(NETWORK_FORMATS.flatMap((f) => f.extensions))].sort()).toEqual([...NETWORK_EXTENSIONS].sort());
    expect(Object.fromEntries(NETWORK_FORMATS.map((f) => [f.id, f.label]))).toEqual(NETWORK_LABELS);
  });
});
