/**
 * The data a link opens, in the address's fragment (after "#"), which the browser never sends
 * to a server: the data itself (`#data=1.…`, see load/sourcesInLink) when it is small enough,
 * or the names and SHA-256 of the local files it was made from (`#file=cites.bib:9f86…`, one
 * per file), for the one who opens it to open them. Pure: the page, a saved HTML file and the
 * tests read and write it the same way.
 */

/** A local file a link names: what it was called, and its SHA-256 (null when the link's was unreadable). */
export interface NamedFile {
  name: string;
  sha256: string | null;
}

export type AddressedData = { kind: "none" } | { kind: "data"; payload: string } | { kind: "files"; files: NamedFile[] };

const SHA256 = /^[0-9a-f]{64}$/;

/** The fragment for some data ("" for none), with "#". */
export function fragmentForData(data: AddressedData): string {
  const params = new URLSearchParams();
  if (data.kind === "data") params.set("data", data.payload);
  if (data.kind === "files") for (const file of data.files) params.append("file", file.sha256 ? `${file.name}:${file.sha256}` : file.name);
  const text = params.toString();
  return text ? `#${text}` : "";
}

/**
 * The data a fragment names, and what it named that could not be read. Never throws: a name
 * without a readable hash is kept, to be asked for by name; data and files together keep the data.
 */
export function dataFromFragment(hash: string): { data: AddressedData; ignored: string[] } {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const ignored: string[] = [];
  const payload = params.get("data");
  const files = params.getAll("file");
  if (payload !== null && payload !== "") {
    if (files.length > 0) ignored.push(...files.map((file) => `file=${file}`));
    return { data: { kind: "data", payload }, ignored };
  }
  if (payload === "") ignored.push("data= (empty)");
  const named: NamedFile[] = [];
  for (const file of files) {
    // The hash is after the last ":", which a file name may have in it too.
    const colon = file.lastIndexOf(":");
    const hashPart = colon < 0 ? "" : file.slice(colon + 1).toLowerCase();
    const name = SHA256.test(hashPart) ? file.slice(0, colon) : file;
    if (name === "") {
      ignored.push(`file=${file}`);
      continue;
    }
    if (!SHA256.test(hashPart)) ignored.push(`the SHA-256 of ${name} (unreadable: the file is asked for by its name alone)`);
    named.push({ name, sha256: SHA256.test(hashPart) ? hashPart : null });
  }
  return { data: named.length > 0 ? { kind: "files", files: named } : { kind: "none" }, ignored };
}

/** The fragment without the data's parameters, as an address keeps it once other data is opened. */
export function fragmentWithoutData(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  params.delete("data");
  params.delete("file");
  const text = params.toString();
  return text ? `#${text}` : "";
}

/**
 * What to tell when the files opened for a link are not quite the ones it names: a file of the
 * same name with other content (it still loads; the view may not match), or a file not opened.
 * A file is known by its hash under any name; by its name when the link's hash was unreadable.
 */
export function openedFilesWarnings(named: readonly NamedFile[], opened: readonly { name: string; sha256: string }[]): string[] {
  const hashes = new Set(opened.map((file) => file.sha256));
  const names = new Set(opened.map((file) => file.name));
  const warnings: string[] = [];
  for (const file of named) {
    if (file.sha256 !== null && hashes.has(file.sha256)) continue;
    if (!names.has(file.name)) warnings.push(`${file.name} was not opened: the view may show less than the link's`);
    else if (file.sha256 !== null) warnings.push(`${file.name} is not the file the link was made from (its content differs): the view may not match`);
  }
  return warnings;
}

/** "cites.bib", "cites.bib and dblp.xml", "a.bib, b.ris and dblp.xml". */
export function fileList(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
