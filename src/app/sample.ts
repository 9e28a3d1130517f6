import text from "../../data/sample-listing.txt?raw";
import type { SourceInput } from "../parse/index";

/** The listing shown until the user opens their own (data/sample-listing.txt). */
export const SAMPLE: SourceInput = { name: "sample-listing.txt", text };

/** Whether the network is the sample's alone: the one the overview invites the user to replace with their own. */
export function showsSample(sources: readonly SourceInput[]): boolean {
  return sources.length === 1 && sources[0] === SAMPLE;
}
