import { parseHTML } from 'linkedom';

/**
 * linkedom turns the prepared HTML into a DOM that Readability accepts (about 6x faster than jsdom). The project
 * compiles without the DOM lib (it is a Node program), so the few DOM members this folder uses are declared here,
 * structurally: firstChild/nextSibling walks, attributes, simple selectors, textContent and removal, all of which
 * linkedom implements.
 */

export interface DomNode {
  readonly nodeType: number;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly parentNode: DomNode | null;
  readonly textContent: string | null;
  readonly nodeValue: string | null;
  remove(): void;
}

export interface El extends DomNode {
  readonly localName: string;
  readonly tagName: string;
  readonly parentElement: El | null;
  readonly children: ArrayLike<El>;
  innerHTML: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  insertBefore(node: DomNode, before: DomNode | null): DomNode;
  appendChild(node: DomNode): DomNode;
  cloneNode(deep: boolean): El;
}

export interface Doc extends DomNode {
  readonly documentElement: El | null;
  readonly head: El | null;
  readonly body: El | null;
  readonly title: string;
  createElement(name: string): El;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
}

/** Node types, by the DOM's numbering (linkedom uses the same). */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function parseDocument(html: string, baseUrl: string | undefined): Doc | null {
  const start = html.slice(0, 8192).search(/<!doctype|<html[\s>]/i);
  // Text before the document proper (a PHP warning printed ahead of <!DOCTYPE>) makes linkedom put the whole page
  // outside <body>; a browser would show it on top, but it is never the article.
  const wrapped = start >= 0 ? html.slice(start) : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  let document: Doc;
  try {
    document = (parseHTML(wrapped) as unknown as { document: Doc }).document;
  } catch {
    return null;
  }
  if (!document || !document.documentElement) return null;
  if (baseUrl) setBase(document, baseUrl);
  return document;
}

/** Readability resolves links against the document's base; without one every relative link stays relative. */
function setBase(document: Doc, baseUrl: string): void {
  const head = document.head ?? document.querySelector('head');
  if (!head) return;
  const base = document.createElement('base');
  base.setAttribute('href', baseUrl);
  head.insertBefore(base, head.firstChild);
}

/** Every element under `root` (excluding it), in document order, without recursion (hostile pages nest deeply). */
export function* elementsUnder(root: DomNode): Generator<El> {
  let node: DomNode | null = root.firstChild;
  while (node) {
    if (node.nodeType === ELEMENT_NODE) yield node as El;
    node = nextInTree(node, root);
  }
}

/** The next node in document order that is still inside `root`, or null. */
export function nextInTree(node: DomNode, root: DomNode): DomNode | null {
  if (node.firstChild) return node.firstChild;
  let current: DomNode | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

/** The next node in document order that is not inside `node` (skips its subtree). */
export function nextOutside(node: DomNode, root: DomNode): DomNode | null {
  let current: DomNode | null = node;
  while (current && current !== root) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

export function tagOf(element: El): string {
  return element.localName ?? element.tagName.toLowerCase();
}

/** class and id joined, lowercased: the string boilerplate patterns are matched against. */
export function classAndId(element: El): string {
  const cls = element.getAttribute('class') ?? '';
  const id = element.getAttribute('id') ?? '';
  return `${cls} ${id}`.toLowerCase();
}
