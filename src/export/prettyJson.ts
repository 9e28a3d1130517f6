/** Where text goes: may return a promise to say "wait before writing more". */
export type Write = (text: string) => void | Promise<void>;

/** A list to write item by item, from an iterator, rather than from an array held whole. */
export class Streamed {
  constructor(readonly items: Iterable<unknown> | AsyncIterable<unknown>) {}
}

const indent = (json: string, by: string) => json.replace(/\n/g, `\n${by}`);

/**
 * Writes an object exactly as `JSON.stringify(object, null, 2)` would, field by field, and the
 * items of `Streamed` fields one at a time: a graph of millions of people never has to become one
 * string (the engine caps a string at 512 MB).
 */
export async function writePrettyObject(fields: [string, unknown][], write: Write): Promise<void> {
  await write("{");
  let first = true;
  for (const [key, value] of fields) {
    await write(`${first ? "" : ","}\n  ${JSON.stringify(key)}: `);
    first = false;
    if (!(value instanceof Streamed)) {
      await write(indent(JSON.stringify(value, null, 2), "  "));
      continue;
    }
    let empty = true;
    await write("[");
    for await (const item of value.items) {
      // Most writes only add to a buffer and return nothing: awaiting them all would cost a
      // turn of the event loop per item (millions, for a whole dblp.xml).
      const pending = write(`${empty ? "" : ","}\n    ${indent(JSON.stringify(item, null, 2), "    ")}`);
      if (pending) await pending;
      empty = false;
    }
    await write(empty ? "]" : "\n  ]");
  }
  await write(first ? "}\n" : "\n}\n");
}
