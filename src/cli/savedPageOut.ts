import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import type { Write } from "../export/prettyJson";
import { withSavedPage } from "../export/savedPage";
import { SAVED_PAGE_TEMPLATE } from "../export/savedPageTemplate";
import type { IdentityDecision } from "../identity/types";
import { todayIso } from "../parse/dates";
import type { SourceInput } from "../parse/index";
import { OutputError } from "./output";
import type { CliIO } from "./run";

const BUILT = fileURLToPath(new URL(`../../dist/${SAVED_PAGE_TEMPLATE}`, import.meta.url));

/**
 * `coauthor graph --to html`: the page Save as HTML writes, with these files in it and the view
 * at its defaults. Its template is the one `npm run build` writes into dist/; when there is none
 * it is built here with Vite (a second or two), and not kept.
 */
export async function savedPageWriter(
  input: { sources: SourceInput[]; decisions: IdentityDecision[]; referenceDate: string; maxAuthors: number },
  io: Pick<CliIO, "stderr">,
): Promise<(out: Write) => Promise<void>> {
  const template = await readFile(BUILT, "utf8").catch(() => null) ?? (await builtNow(io));
  // A file is named by its name alone: where it lay on this machine is not the page's business.
  const sources = input.sources.map((source) => ({ ...source, name: basename(source.name) }));
  const { referenceDate, maxAuthors, decisions } = input;
  const html = withSavedPage(template, { savedOn: todayIso(), sources, referenceDate, maxAuthors, decisions, view: "" });
  return async (out) => {
    await out(html);
  };
}

async function builtNow(io: Pick<CliIO, "stderr">): Promise<string> {
  io.stderr(`coauthor: building the page (no dist/${SAVED_PAGE_TEMPLATE}: npm run build writes it)\n`);
  try {
    const { buildSavedPageTemplate } = await import("../../build/savedPageTemplate.ts");
    return await buildSavedPageTemplate();
  } catch (error) {
    throw new OutputError(`cannot build the page (${(error as Error).message}); run npm run build, which writes dist/${SAVED_PAGE_TEMPLATE}`);
  }
}
