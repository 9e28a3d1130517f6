import { sourceDigest } from "../load/sourceDigest";
import type { SourceInput } from "../parse/index";
import { fileList, fragmentForData, fragmentWithoutData } from "../state/dataAddress";
import { showsSample } from "./sample";

/** A link to the view on screen, and a sentence on what it carries. */
export interface ViewLink {
  address: string;
  carries: "sample" | "data" | "files";
  note: string;
}

const thousands = (n: number) => n.toLocaleString("en");

/**
 * The address of the view on screen (its query, which follows the view as the user works) with
 * the data it shows: the sample needs none; a small network travels in the fragment itself; a
 * larger one is named by its files and their SHA-256, for whoever opens the link to open them.
 * `embed` is left out: the link is to the full page.
 */
export async function viewLink(sources: readonly SourceInput[], at: Location = location): Promise<ViewLink> {
  const params = new URLSearchParams(at.search);
  params.delete("embed");
  const query = params.toString();
  const base = `${at.origin}${at.pathname}${query ? `?${query}` : ""}`;
  const rest = fragmentWithoutData(at.hash);
  if (showsSample(sources)) return { address: `${base}${rest}`, carries: "sample", note: "The link opens the sample with this view." };
  const { LINK_DATA_CAP, sourcesForLink } = await import("../load/sourcesInLink");
  const { payload, length } = sourcesForLink(sources);
  if (payload) {
    const address = `${base}${fragmentForData({ kind: "data", payload })}`;
    return {
      address,
      carries: "data",
      note: `The data travels in the link itself (${thousands(address.length)} characters), after the “#”, which browsers never send to a server: whoever opens it sees this view, with nothing uploaded.`,
    };
  }
  const files = await Promise.all(sources.map(async (source) => ({ name: source.name, sha256: await sourceDigest(source) })));
  const size = length > 0 ? `${thousands(length)} characters compressed` : "far over the most";
  return {
    address: `${base}${fragmentForData({ kind: "files", files })}`,
    carries: "files",
    note: `This network is too big to travel in a link (${size}; a link carries ${thousands(LINK_DATA_CAP)}). The link names ${fileList(files.map((f) => f.name))} and their fingerprints: whoever opens it is asked to open the same files.`,
  };
}
