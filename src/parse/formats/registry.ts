import { bibtexFormat } from "./bibtex/index";
import { cslJsonFormat } from "./cslJson";
import { dblpXmlFormat } from "./dblpXml/index";
import { listingFormat } from "./listing/index";
import { openalexFormat } from "./openalex";
import { risFormat } from "./ris";
import { scopusCsvFormat } from "./scopusCsv";
import type { FormatId, FormatReader } from "./types";
import { wosFormat } from "./wos";

/**
 * Every format the explorer reads. Detection asks each sniffer in this order and takes the
 * first that recognises the text, so the formats with the most specific signatures come
 * first and the listing, recognised by a header line anywhere near the top, comes last.
 */
export const FORMATS: readonly FormatReader[] = [dblpXmlFormat, openalexFormat, cslJsonFormat, risFormat, wosFormat, scopusCsvFormat, bibtexFormat, listingFormat];

export function formatById(id: FormatId): FormatReader | undefined {
  return FORMATS.find((format) => format.id === id);
}

/** The format of a text, from its content; null when no reader recognises it. */
export function detectFormat(text: string): FormatReader | null {
  return FORMATS.find((format) => format.sniff(text)) ?? null;
}

/** Every file ending any format is saved with, for the file picker. */
export function knownExtensions(): string[] {
  return [...new Set(FORMATS.flatMap((format) => format.extensions))];
}
