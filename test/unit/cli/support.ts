import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCommandLine } from "../../../src/cli/commandLine";

/** Runs `coauthor` in this process, as bin/coauthor.js does, collecting what it prints. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), stdin: async () => new Uint8Array() };
  const code = await runCommandLine(argv, io);
  return { code, stdout, stderr };
}

/** Writes files into a new temporary folder and gives their paths, by name. */
export function writeFiles<Name extends string>(files: Record<Name, string>): Record<Name, string> {
  const dir = mkdtempSync(join(tmpdir(), "coauthor-cli-"));
  const paths = {} as Record<Name, string>;
  for (const [name, text] of Object.entries(files) as [Name, string][]) {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], text);
  }
  return paths;
}

/**
 * A small network in two files, for working out expected values by hand.
 *   a.bib   p1 2019 V1  Ann Lee, Bo Chen
 *           p2 2020 V2  Ann Lee, Bo Chen, Cy Diaz
 *           p3 2021 V1  Ann Lee, Dee Evans
 *           p4 2021 V2  Eve Fox, Fay Gold
 *           p5 2022 V1  Ann Lee, Bo Chen
 *           p6 (no year) V3  Bo Chen, Hal Ives
 *   b.txt   q1 2023 LG  Ann Lee, Ivy Jones et al.
 *           q2 2024 AI  Ivy Jones, Jo King
 * 9 authors, 8 papers; links: Ann–Bo (p1, p2, p5), Ann–Cy, Bo–Cy (p2), Ann–Dee (p3),
 * Eve–Fay (p4), Bo–Hal (p6), Ann–Ivy (q1), Ivy–Jo (q2): 8. Components {Ann, Bo, Cy, Dee, Hal,
 * Ivy, Jo} and {Eve, Fay}. Research groups (Louvain, over the whole network): {Ann, Bo, Cy, Dee,
 * Hal}, {Eve, Fay}, {Ivy, Jo}: the single Ann–Ivy paper is the weakest cut.
 */
export const SMALL = {
  "a.bib": `@article{p1, title={Early Graphs}, author={Lee, Ann and Chen, Bo}, year={2019}, journal={V1}}
@article{p2, title={Three Together}, author={Lee, Ann and Chen, Bo and Diaz, Cy}, year={2020}, journal={V2}}
@article{p3, title={Dee Joins}, author={Lee, Ann and Evans, Dee}, year={2021}, journal={V1}}
@article{p4, title={Apart}, author={Fox, Eve and Gold, Fay}, year={2021}, journal={V2}}
@article{p5, title={Again}, author={Lee, Ann and Chen, Bo}, year={2022}, journal={V1}}
@article{p6, title={Undated}, author={Chen, Bo and Ives, Hal}, journal={V3}}
`,
  "b.txt": "LGOct 4, 2023\nGraph StudyAnn Lee, Ivy Jones et al.\nAIMar 3, 2024\nLast WordIvy Jones, Jo King\n",
};
