/**
 * File name endings of the network formats, for the file picker: apart from the readers, so
 * that the page does not load them (and the XML tokenizer) to fill in the picker: 21 kB.
 */
export const NETWORK_EXTENSIONS: readonly string[] = [".gexf", ".graphml", ".json"];

/** What users call each network format, for the load report, apart from the readers for the same reason. */
export const NETWORK_LABELS: Readonly<Record<string, string>> = { gexf: "GEXF", graphml: "GraphML", "graphology-json": "graphology JSON", "vosviewer-json": "VOSviewer JSON" };
