import type { SourceInput } from "../parse/index";

/**
 * The file named by `?listing=URL`, as bytes. A server answering a missing file with its web
 * page (as single-page hosting does, with status 200) is a missing file, not data.
 */
export async function fetchStartupFile(url: string): Promise<SourceInput> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const type = response.headers.get("content-type") ?? "";
  const start = new TextDecoder().decode(bytes.subarray(0, 256)).trimStart().toLowerCase();
  if (type.includes("text/html") || start.startsWith("<!doctype html") || start.startsWith("<html")) {
    throw new Error("the server answered with a web page, not a file (is the address right?)");
  }
  const name = decodeURIComponent(new URL(url, location.href).pathname.split("/").pop() || "listing");
  return { name, bytes };
}
