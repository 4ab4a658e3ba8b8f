import type { DomNode, El } from './parse-document.js';
import { ELEMENT_NODE, TEXT_NODE } from './parse-document.js';

/**
 * A subtree as the reader sees it: a list of text blocks (paragraphs, headings, list items, table rows), each with
 * the element that holds it and how much of its text is link text. Every extractor in the cascade ends here, so the
 * candidates are compared, filtered and serialised the same way.
 */
export interface TextBlock {
  /** Whitespace-normalised text; `\n` only where the page has a `<br>`. */
  readonly text: string;
  /** Characters of text inside `<a>` elements. */
  readonly linkChars: number;
  /** The innermost block-level element containing the text. */
  readonly element: El;
  /** Its tag name, lowercased (`p`, `h2`, `li`, `div`...). */
  readonly tag: string;
}

/** Elements that start a new block. Everything else is inline and flows into the current block. */
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'figure', 'figcaption',
  'header', 'footer', 'aside', 'nav', 'form', 'fieldset', 'address', 'details', 'summary', 'center', 'hr', 'body',
  'html', 'dialog', 'hgroup', 'menu', 'legend', 'option', 'frameset', 'noframes']);
/** Table cells flow into their row, separated by a space, as gold texts print table rows on one line. */
const CELL = new Set(['td', 'th']);
/** Never text: whatever the page put inside them. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'img', 'picture', 'video', 'audio',
  'iframe', 'object', 'embed', 'canvas', 'input', 'select', 'textarea', 'button', 'head', 'title', 'meta', 'link',
  'source', 'track', 'map', 'area']);

export interface BlockOptions {
  /** Returns true for an element whose whole subtree is left out (a caption, a share bar). */
  readonly skip?: (element: El, tag: string) => boolean;
}

export function isBlockTag(tag: string): boolean {
  return BLOCK.has(tag);
}

export function collectBlocks(root: El, options: BlockOptions = {}): TextBlock[] {
  const blocks: TextBlock[] = [];
  const blockStack: El[] = [root];
  let parts: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  let preDepth = 0;

  const flush = (): void => {
    if (parts.length === 0) return;
    const text = normalise(parts.join(''));
    const element = blockStack[blockStack.length - 1]!;
    if (text.length > 0) blocks.push({ text, linkChars: Math.min(linkChars, text.length), element, tag: element.localName });
    parts = [];
    linkChars = 0;
  };

  let node: DomNode | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const raw = node.nodeValue ?? '';
      const value = preDepth > 0 ? raw : raw.replace(/\s+/g, ' ');
      parts.push(value);
      if (linkDepth > 0) linkChars += value.length;
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as El;
      const tag = element.localName;
      if (!SKIPPED.has(tag) && !(options.skip?.(element, tag) ?? false)) {
        descend = true;
        if (BLOCK.has(tag)) {
          flush();
          blockStack.push(element);
        } else if (tag === 'br') {
          parts.push('\n');
        } else if (CELL.has(tag)) {
          parts.push(' ');
        } else if (tag === 'a') {
          linkDepth++;
        }
        if (tag === 'pre') preDepth++;
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) leave(node as El);
    while (node && node !== root) {
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode;
      if (node && node !== root) leave(node as El);
    }
    if (node === root) break;
  }
  flush();
  return blocks;

  function leave(element: El): void {
    const tag = element.localName;
    if (tag === 'pre') preDepth = Math.max(0, preDepth - 1);
    if (BLOCK.has(tag)) {
      flush();
      if (blockStack[blockStack.length - 1] === element) blockStack.pop();
    } else if (CELL.has(tag)) {
      parts.push(' ');
    } else if (tag === 'a') {
      linkDepth = Math.max(0, linkDepth - 1);
    }
  }
}

/** Collapses runs of white space to one space, keeps `<br>` line breaks, trims each line. */
export function normalise(text: string): string {
  return text
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

export function blocksToText(blocks: readonly TextBlock[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}
