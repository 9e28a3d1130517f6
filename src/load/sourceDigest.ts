import type { SourceInput } from "../parse/index";

/** The bytes an input is: a file's own, or a pasted text's as UTF-8. */
export const sourceBytes = (source: SourceInput): Uint8Array => ("bytes" in source ? source.bytes : new TextEncoder().encode(source.text));

/**
 * An input's SHA-256 as 64 lowercase hex digits: what names a file in a recipe, a link or saved
 * work, so that the same bytes are known again under another name, and other bytes under the
 * same name are not. Web Crypto, the same in the page, the workers and Node.
 */
export async function sourceDigest(source: SourceInput): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", sourceBytes(source) as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
