import type { FormatReader } from "../types";
import { looksLikeListing, parseListing } from "./parseListing";

/** A listing copied from a paper-feed page: header line, title glued to its authors, abstract. */
export const listingFormat: FormatReader = {
  id: "listing",
  label: "Paper-feed listing",
  extensions: [".txt"],
  sniff: looksLikeListing,
  parse: parseListing,
};
