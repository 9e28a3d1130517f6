import { createXmlScanner } from "../parse/formats/dblpXml/scanner";
import { decodeEntities } from "../parse/formats/dblpXml/text";

/** One element of a small XML document: its local name (prefix dropped), attributes decoded, children and text. */
export interface XmlElement {
  /** Without its namespace prefix: `viz:color` is "color", with `prefix` "viz". */
  name: string;
  prefix: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Its own text (not its children's), entities expanded, CDATA as written. */
  text: string;
  /** 1-based line of its start tag. */
  line: number;
}

export interface XmlTree {
  root: XmlElement | null;
  problems: { line: number; message: string }[];
}

const NO_ENTITIES: ReadonlyMap<string, string> = new Map();
const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * The element tree of a network file, on the project's own XML tokenizer (the one dblp XML is
 * read with: it runs in the page, the workers and Node alike, where DOMParser exists in the
 * page only). Network files are a few MB at most, so the tree is held whole. Not a validating
 * parser: a close tag that closes nothing open, an element never closed and a bad entity are
 * problems with their line, and the rest of the tree is kept.
 */
export function readXmlTree(text: string): XmlTree {
  const problems: XmlTree["problems"] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const decode = (raw: string, line: number) => decodeEntities(raw, NO_ENTITIES, (_offset, message) => problems.push({ line, message: message.replace(/ \(dblp\.dtd does not declare it\)/, "") }));
  const open = (qualified: string, rawAttributes: string, line: number): XmlElement => {
    const colon = qualified.indexOf(":");
    const element: XmlElement = {
      name: colon === -1 ? qualified : qualified.slice(colon + 1),
      prefix: colon === -1 ? "" : qualified.slice(0, colon),
      attributes: attributesOf(rawAttributes, line, decode),
      children: [],
      text: "",
      line,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else if (!root) root = element;
    else problems.push({ line, message: `a second root element <${qualified}>; ignored` });
    return element;
  };
  const scanner = createXmlScanner({
    open(name, attributes, selfClosing, line) {
      const element = open(name, attributes, line);
      if (!selfClosing) stack.push(element);
    },
    close(name, line) {
      const at = stack.map((e) => qualifiedName(e)).lastIndexOf(name);
      if (at === -1) {
        problems.push({ line, message: `</${name}> closes no open element; ignored` });
        return;
      }
      for (const unclosed of stack.splice(at).slice(1).reverse()) problems.push({ line: unclosed.line, message: `<${qualifiedName(unclosed)}> is never closed` });
    },
    text(buffer, start, end, line) {
      const current = stack[stack.length - 1];
      if (current) current.text += decode(buffer.slice(start, end), line);
    },
    leaf(name, attributes, buffer, start, end, line) {
      open(name, attributes, line).text = decode(buffer.slice(start, end), line);
    },
    declare() {},
    warn(line, message) {
      problems.push({ line, message });
    },
    end() {
      for (const unclosed of stack.reverse()) problems.push({ line: unclosed.line, message: `<${qualifiedName(unclosed)}> is never closed` });
    },
  });
  scanner.write(text);
  scanner.end();
  return { root, problems };
}

const qualifiedName = (element: XmlElement) => (element.prefix ? `${element.prefix}:${element.name}` : element.name);

function attributesOf(raw: string, line: number, decode: (raw: string, line: number) => string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of raw.matchAll(ATTRIBUTE)) {
    const colon = match[1]!.indexOf(":");
    // xmlns declarations say nothing about the network; a prefixed attribute is read by its local name.
    if (match[1] === "xmlns" || match[1]!.startsWith("xmlns:")) continue;
    attributes[colon === -1 ? match[1]! : match[1]!.slice(colon + 1)] = decode(match[2] ?? match[3] ?? "", line);
  }
  return attributes;
}

/** The children of an element with a local name. */
export const childrenNamed = (element: XmlElement, name: string) => element.children.filter((child) => child.name === name);
export const childNamed = (element: XmlElement, name: string) => element.children.find((child) => child.name === name);

/** Whether a text's first element (after the declaration, comments and a DOCTYPE) has this local name. */
export function firstElementIs(text: string, name: string): boolean {
  const head = text.slice(0, 4096);
  const m = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:[\w.-]+:)?([\w.-]+)[\s>/]/.exec(head);
  return m?.[1] === name;
}
