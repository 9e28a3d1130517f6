import { neutralizeBidi } from "../text/bidi";

/** A child, or a list of them: lists are passed as arrays, never spread into the call (they can be long). */
type Child = Node | string | number | null | undefined | false | readonly Child[];

export interface Props {
  class?: string;
  text?: string;
  attrs?: Record<string, string>;
  disabled?: boolean;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

/**
 * Creates an element. Strings become text nodes, never markup, and lose any bidirectional
 * controls: titles, abstracts, names and file names come from untrusted files.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.text !== undefined) element.textContent = neutralizeBidi(props.text);
  if (props.disabled) element.setAttribute("disabled", "");
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const [type, handler] of Object.entries(props.on ?? {})) element.addEventListener(type, handler as EventListener);
  appendChildren(element, children);
  return element;
}

function appendChildren(element: HTMLElement, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) appendChildren(element, child);
    else element.append(typeof child === "number" ? String(child) : typeof child === "string" ? neutralizeBidi(child) : (child as Node));
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id} in index.html`);
  return element as T;
}
