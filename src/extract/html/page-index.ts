import type { DomNode, Doc, El } from './parse-document.js';
import { ELEMENT_NODE, nextInTree } from './parse-document.js';

/**
 * One walk over the untouched DOM that collects every element the metadata steps look at: meta and link tags,
 * `<time>`s, `<h1>`s, itemprop date elements and byline candidates. linkedom answers each querySelectorAll with a
 * full-document scan through css-select; the metadata steps asked for a dozen such scans per page, which cost more
 * than Readability's own pass did on the benchmark pages.
 */
export interface PageIndex {
  readonly metas: readonly El[];
  readonly links: readonly El[];
  readonly times: readonly El[];
  readonly h1s: readonly El[];
  /** Elements with itemprop (microdata) or property (RDFa) datePublished/dateCreated, in page order. */
  readonly itempropDates: readonly El[];
  /** Byline candidates, by kind: `itemprop-name` (a name inside itemprop=author), `itemprop`, `rel`, `class`. */
  readonly bylines: ReadonlyMap<BylineKind, readonly El[]>;
}

export type BylineKind = 'itemprop-name' | 'itemprop' | 'rel' | 'class';

/** Per kind, more candidates than this are a list of teasers, not the article's byline. */
const MAX_PER_KIND = 10;
/** Class/id words of byline elements (English and the European languages of the evaluation data). */
const BYLINE_CLASS = /(?:^|[\s_-])(?:byline|by-line|author|authors|author-name|autor|autorin|auteur|autore|writer|byline-name|article-author|post-author|entry-author)(?:$|[\s_-])/i;

/** Comment sections print a byline per comment; those are never the article's author. */
const COMMENTS = /(?:^|\s)(?:comments?|comment-list|commentlist|comments-area|comment-body|comment-meta|kommentare|discussion|disqus_thread)(?:$|\s)/i;

export function indexPage(document: Doc): PageIndex {
  const metas: El[] = [];
  const links: El[] = [];
  const times: El[] = [];
  const h1s: El[] = [];
  const itempropDates: El[] = [];
  const bylines = new Map<BylineKind, El[]>();
  const addByline = (kind: BylineKind, element: El): void => {
    const list = bylines.get(kind) ?? [];
    if (list.length < MAX_PER_KIND) list.push(element);
    bylines.set(kind, list);
  };
  const root = document.documentElement;
  let node: DomNode | null = root;
  let authorScope: El | null = null;
  let commentScope: El | null = null;
  while (node) {
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as El;
      const tag = element.localName;
      if (commentScope && !contains(commentScope, element)) commentScope = null;
      if (!commentScope && COMMENTS.test(element.getAttribute('class') ?? '') && tag !== 'body') commentScope = element;
      if (tag === 'meta') metas.push(element);
      else if (tag === 'link') links.push(element);
      else if (tag === 'time') times.push(element);
      else if (tag === 'h1') h1s.push(element);
      const itemprop = element.getAttribute('itemprop');
      if (itemprop) {
        if (/\bdate(?:Published|Created)\b/.test(itemprop) && tag !== 'meta') itempropDates.push(element);
        if (/\bauthor\b/.test(itemprop) && tag !== 'meta') {
          addByline('itemprop', element);
          authorScope = element;
        } else if (itemprop === 'name' && authorScope && contains(authorScope, element)) {
          addByline('itemprop-name', element);
        }
      }
      const property = element.getAttribute('property');
      if (property && tag !== 'meta' && /date(?:Published|Created)$/i.test(property)) itempropDates.push(element);
      const rel = element.getAttribute('rel');
      if (rel && /\bauthor\b/i.test(rel) && tag !== 'link') addByline('rel', element);
      const cls = element.getAttribute('class');
      if (cls && !commentScope && tag !== 'body' && tag !== 'html' && tag !== 'article' && BYLINE_CLASS.test(cls)) addByline('class', element);
    }
    node = root ? nextInTree(node, root) : null;
  }
  return { metas, links, times, h1s, itempropDates, bylines };
}

function contains(ancestor: El, element: El): boolean {
  for (let e: El | null = element.parentElement; e; e = e.parentElement) if (e === ancestor) return true;
  return false;
}
