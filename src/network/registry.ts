import { gexfReader } from "./gexf";
import { graphmlReader } from "./graphml";
import { graphologyJsonReader } from "./graphologyJson";
import type { NetworkFormatId, NetworkReader } from "./types";
import { vosviewerJsonReader } from "./vosviewer";

/**
 * Every network format the explorer reads. They are asked before the paper formats: each
 * recognises its own root (<gexf>, <graphml>, a "network" of "items", graphology's "nodes"),
 * which no bibliography has.
 */
export const NETWORK_FORMATS: readonly NetworkReader[] = [gexfReader, graphmlReader, vosviewerJsonReader, graphologyJsonReader];

export function networkFormatById(id: NetworkFormatId): NetworkReader | undefined {
  return NETWORK_FORMATS.find((format) => format.id === id);
}

/** The network format of a text, from its content; null when it is none. */
export function detectNetworkFormat(text: string): NetworkReader | null {
  return NETWORK_FORMATS.find((format) => format.sniff(text)) ?? null;
}
