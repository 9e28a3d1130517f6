import { foldText } from "../text/fold";

const MAX_SLUG = 60;

/** A readable id from a title: "Decision ConvFormer: Local…" → "decision-convformer-local-…". */
export function slugify(title: string): string {
  const slug = foldText(title).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG) return slug || "paper";
  const cut = slug.slice(0, MAX_SLUG + 1);
  const lastDash = cut.lastIndexOf("-");
  return lastDash > 20 ? cut.slice(0, lastDash) : slug.slice(0, MAX_SLUG);
}

/** Hands out slugs, suffixing -2, -3 … when two different papers share one. */
export function createIdAllocator(): (title: string) => string {
  const used = new Set<string>();
  return (title) => {
    const base = slugify(title);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
