/**
 * A linear-time pass over the raw HTML string, before any DOM exists. It does three jobs a DOM parser would do
 * slowly or not at all:
 *
 * 1. It drops subtrees that never hold article text (scripts, styles, SVG, templates, form controls...). On the
 *    Scrapinghub benchmark pages these are ~60% of the bytes, and every node linkedom does not build saves time
 *    (node construction dominates its parse profile).
 * 2. It keeps the JSON-LD blocks aside: they are scripts, but they carry the best metadata on the page.
 * 3. It bounds the work for hostile input: nesting deeper than MAX_DEPTH is flattened (linkedom needs 20 s and then
 *    overflows its stack on 20,000 nested divs), and past MAX_ELEMENTS or MAX_CHARS the rest of the page is cut.
 *
 * The scanner never backtracks further than a tag's own length, so its cost is linear in the input.
 */

export interface PreparedHtml {
  /** The HTML to hand to the parser. */
  readonly html: string;
  /** The text of every `<script type="application/ld+json">`, in page order. */
  readonly jsonLd: readonly string[];
  /**
   * Publication dates found in other scripts' JSON ("datePublished", "published_at", "createdAt"): pages that
   * render in the browser carry their metadata only there (htmldate searches the same keys).
   */
  readonly scriptDates: readonly string[];
  /** True when the page was cut because it exceeded a size bound. */
  readonly truncated: boolean;
}

/** Subtrees removed whole. `noscript` duplicates lazy-loaded images; the rest is code, media or form chrome. */
const DROPPED = new Set(['script', 'style', 'svg', 'math', 'noscript', 'template', 'iframe', 'object', 'canvas',
  'select', 'textarea', 'button', 'video', 'audio', 'map']);
/** Raw-text elements: a browser also treats everything after an unclosed one as its content. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'noscript']);
/** Elements with no end tag: they never deepen the tree. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source',
  'track', 'wbr', 'keygen', 'command', 'basefont', 'bgsound', 'frame', 'image']);
/** Elements an HTML parser closes implicitly when a sibling of the same kind opens (a list of unclosed `<li>`s). */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th', 'thead', 'tbody']);

/**
 * Tags between which white space means nothing: block boxes and head elements. The white space between two of them
 * (source indentation) would become a text node; on the benchmark pages those were 29% of all nodes.
 */
const BLOCKISH = new Set(['html', 'head', 'body', 'meta', 'link', 'title', 'base', 'div', 'p', 'section', 'article',
  'main', 'header', 'footer', 'nav', 'aside', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'blockquote', 'figure', 'form', 'fieldset', 'hr', 'br', 'center',
  'address', 'details', 'summary', 'dialog', 'hgroup', 'menu', 'picture', 'source', 'input', 'label', 'option']);

/**
 * Real news pages nest ~30-60 levels (the deepest of the 181 benchmark pages: 71); 200 leaves room and keeps the
 * DOM's recursive serialisation well inside V8's stack.
 */
const MAX_DEPTH = 200;
/** The largest benchmark page has ~25,000 elements after stripping; 60,000 bounds parse time near 0.5 s. */
const MAX_ELEMENTS = 60_000;
/** 3 M characters after stripping: more than any article page needs (largest benchmark page: 0.9 M). */
const MAX_CHARS = 3_000_000;
/** A tag longer than this is broken markup (an unclosed quote); we stop honouring quotes and cut at the next `>`. */
const MAX_TAG_CHARS = 8_192;

const TAG_NAME = /^[a-zA-Z][^\s/>]*/;

export function prepareHtml(raw: string): PreparedHtml {
  const out: string[] = [];
  const jsonLd: string[] = [];
  const scriptDates: string[] = [];
  const lower = raw.toLowerCase();
  const stack: { name: string; dropped: boolean }[] = [];
  let outChars = 0;
  let elements = 0;
  let copyFrom = 0;
  let i = 0;
  let truncated = false;
  const closeIndex = closeFinder(lower);
  let lastTagEnd = -1;
  let lastTagBlock = false;
  let preDepth = 0;

  const emit = (upTo: number): void => {
    if (upTo > copyFrom) {
      out.push(raw.slice(copyFrom, upTo));
      outChars += upTo - copyFrom;
    }
  };

  while (i < raw.length) {
    const lt = raw.indexOf('<', i);
    if (lt < 0) break;
    if (outChars + (lt - copyFrom) > MAX_CHARS || elements > MAX_ELEMENTS) {
      emit(Math.min(lt, copyFrom + Math.max(0, MAX_CHARS - outChars)));
      copyFrom = raw.length;
      truncated = true;
      break;
    }
    const next = raw.charCodeAt(lt + 1);
    if (raw.startsWith('<!--', lt)) {
      emit(lt);
      const end = raw.indexOf('-->', lt + 4);
      i = copyFrom = end < 0 ? raw.length : end + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = raw.indexOf('>', lt);
      i = end < 0 ? raw.length : end + 1;
      continue;
    }
    const closing = next === 47; /* / */
    const nameMatch = TAG_NAME.exec(raw.slice(lt + (closing ? 2 : 1), lt + (closing ? 2 : 1) + 64));
    if (!nameMatch) {
      i = lt + 1;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    const tagEnd = findTagEnd(raw, lt);
    const blockish = BLOCKISH.has(name) || DROPPED.has(name);
    if (blockish && lastTagBlock && preDepth === 0 && lastTagEnd >= copyFrom && isBlank(raw, lastTagEnd, lt)) {
      emit(lastTagEnd);
      copyFrom = lt;
    }
    lastTagBlock = blockish;
    lastTagEnd = tagEnd;
    if (closing) {
      if (name === 'pre' && preDepth > 0) preDepth--;
      const index = findOpen(stack, name);
      if (index >= 0) {
        const entry = stack[index]!;
        stack.length = index;
        if (entry.dropped) {
          emit(lt);
          copyFrom = tagEnd;
        }
      }
      i = tagEnd;
      continue;
    }
    if (DROPPED.has(name)) {
      emit(lt);
      const closeAt = closeIndex(name, tagEnd);
      if (closeAt < 0 && !RAW_TEXT.has(name)) {
        i = copyFrom = tagEnd;
        continue;
      }
      const body = closeAt < 0 ? '' : raw.slice(tagEnd, closeAt);
      if (name === 'script' && /application\/ld\+json/i.test(raw.slice(lt, tagEnd))) jsonLd.push(body);
      else if (name === 'script' && scriptDates.length < MAX_SCRIPT_DATES) findScriptDate(body, scriptDates);
      const after = closeAt < 0 ? raw.length : findTagEnd(raw, closeAt);
      i = copyFrom = lastTagEnd = after;
      continue;
    }
    elements++;
    const selfClosed = raw.charCodeAt(tagEnd - 2) === 47; /* "/>" */
    if (stack.length < MAX_DEPTH) {
      const slim = slimTag(raw, lt, tagEnd, name);
      if (slim !== null) {
        emit(lt);
        out.push(slim);
        outChars += slim.length;
        copyFrom = tagEnd;
      }
    }
    if (VOID.has(name) || selfClosed) {
      i = tagEnd;
      continue;
    }
    if (name === 'pre') preDepth++;
    if (SELF_CLOSING_SIBLINGS.has(name)) {
      const open = findOpen(stack, name, 4);
      if (open >= 0) stack.length = open;
    }
    if (stack.length >= MAX_DEPTH) {
      emit(lt);
      copyFrom = tagEnd;
      stack.push({ name, dropped: true });
    } else {
      stack.push({ name, dropped: false });
    }
    i = tagEnd;
  }
  emit(raw.length);
  return { html: out.join(''), jsonLd, scriptDates, truncated };
}

/** Dates kept from scripts; the first one that parses is used. */
const MAX_SCRIPT_DATES = 3;
const SCRIPT_DATE = /"(?:datePublished|date_published|publishedAt|published_at|publishDate|publish_date|pubDate|firstPublished|dateCreated|createdAt|created_at)"\s*:\s*"([^"]{8,40})"/;

function findScriptDate(body: string, found: string[]): void {
  if (!body.includes('ublish') && !body.includes('reated') && !body.includes('ubDate')) return;
  const match = SCRIPT_DATE.exec(body.replace(/\\"/g, '"'));
  if (match) found.push(match[1]!);
}

function isBlank(raw: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (raw.charCodeAt(k) > 32) return false;
  return true;
}

/**
 * `lower.indexOf('</name', from)` with a memory per name, so a page of ten thousand unclosed `<button>`s costs one
 * scan, not ten thousand: a search that found nothing stays valid for every later start, and a found position
 * stays the answer for every start at or before it.
 */
function closeFinder(lower: string): (name: string, from: number) => number {
  const found = new Map<string, number>();
  return (name, from) => {
    const known = found.get(name);
    if (known !== undefined && (known < 0 || known >= from)) return known;
    const at = lower.indexOf(`</${name}`, from);
    found.set(name, at);
    return at;
  };
}

/**
 * Attributes any later step reads: identity and class (furniture rules, Readability's weights), links, microdata,
 * meta values, dates, language, visibility. Everything else (data-*, srcset, event handlers, inline styles) is
 * dropped before parsing: linkedom builds an object per attribute, and on the benchmark pages that was a quarter of
 * its parse time.
 */
const KEPT_ATTRIBUTES = new Set(['class', 'id', 'href', 'rel', 'itemprop', 'itemscope', 'itemtype', 'datetime',
  'content', 'property', 'name', 'value', 'lang', 'xml:lang', 'role', 'hidden', 'aria-hidden', 'style', 'type',
  'http-equiv', 'charset', 'pubdate', 'src', 'title']);
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;

/** The start tag with only KEPT_ATTRIBUTES (and a style only when it hides), or null when nothing would change. */
function slimTag(raw: string, lt: number, tagEnd: number, name: string): string | null {
  const inner = raw.slice(lt + 1 + name.length, tagEnd - 1);
  if (inner.length < 3) return null;
  let kept = '';
  let changed = false;
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(inner); match !== null; match = ATTRIBUTE.exec(inner)) {
    const attribute = match[1]!.toLowerCase();
    const keep = KEPT_ATTRIBUTES.has(attribute) && (attribute !== 'style' || /display|visibility/i.test(match[0]));
    if (keep) kept += ` ${match[0]}`;
    else changed = true;
  }
  if (!changed) return null;
  return `<${name}${kept}${/\/\s*$/.test(inner) ? ' /' : ''}>`;
}

/** The index just past the `>` closing the tag that starts at `lt`, honouring quoted attribute values. */
function findTagEnd(raw: string, lt: number): number {
  let quote = 0;
  const limit = Math.min(raw.length, lt + MAX_TAG_CHARS);
  for (let j = lt + 1; j < limit; j++) {
    const c = raw.charCodeAt(j);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      if (raw.charCodeAt(j - 1) === 61 || /\s/.test(raw[j - 1] ?? '')) quote = c;
    } else if (c === 62) {
      return j + 1;
    }
  }
  const plain = raw.indexOf('>', lt);
  return plain < 0 ? raw.length : plain + 1;
}

/**
 * The stack index of the innermost open element called `name`, looking at most `within` levels down: an end tag
 * whose start is far below is stray markup the parser will ignore too, and the bound keeps the scan linear.
 */
function findOpen(stack: readonly { name: string }[], name: string, within = 64): number {
  for (let k = stack.length - 1; k >= 0 && k >= stack.length - within; k--) {
    if (stack[k]!.name === name) return k;
  }
  return -1;
}
