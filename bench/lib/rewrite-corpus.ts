/**
 * Real news articles for the `rewrites` benchmark, grouped by topic: ECB+ (Cybulska & Vossen 2014; 43 topics, each
 * with two different real-world events of one type, several outlets per event) and NewsWCL50 (Hamborg et al. 2019;
 * 10 political events, 5 outlets each). Both ship tokenised text only; it is joined back into plain text here
 * (detokenised), one corpus sentence at a time, so the generator can work sentence by sentence.
 *
 * Read from ../shared/data at run time (never copied into the repository). ECB+ XML: <token t_id sentence number>;
 * the ecbplus documents start with their source URL as sentence 0, which is dropped. NewsWCL50 CoNLL: doc_id,
 * sent_id, token_id, token; a "\n" token marks a paragraph break.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataDir } from './baseline.js';

export interface CorpusArticle {
  /** "ecb/1/1_3ecbplus" or "wcl/3/3_M". */
  readonly id: string;
  /** The topic group: "ecb/1", "wcl/3". Articles of one group are about one kind of event (the hard negatives). */
  readonly group: string;
  /** The real-world event within the group: ECB+ sub-topic ("ecb/1/ecb", "ecb/1/ecbplus"), or the NewsWCL50 event. */
  readonly event: string;
  /** Sentences, detokenised, in order; a paragraph break falls after each index in `paragraphEnds`. */
  readonly sentences: readonly string[];
}

export function loadEcbPlus(): CorpusArticle[] {
  const root = sharedDataDir('ecbplus', 'docs');
  const out: CorpusArticle[] = [];
  const topics = readdirSync(root).filter((t) => /^\d+$/.test(t)).sort((a, b) => Number(a) - Number(b));
  for (const topic of topics) {
    const files = readdirSync(join(root, topic)).filter((f) => f.endsWith('.xml')).sort(byNumber);
    for (const file of files) {
      const xml = readFileSync(join(root, topic, file), 'utf8');
      const plus = file.endsWith('ecbplus.xml');
      const bySentence = new Map<number, string[]>();
      for (const token of readEcbTokens(xml)) {
        const list = bySentence.get(token.sentence) ?? [];
        list.push(token.text);
        bySentence.set(token.sentence, list);
      }
      const sentences = [...bySentence.entries()].sort((a, b) => a[0] - b[0])
        .filter(([s]) => !(plus && s === 0))
        .map(([, tokens]) => detokenize(tokens))
        .filter((s) => /\p{L}{2}/u.test(s));
      out.push({ id: `ecb/${topic}/${file.replace(/\.xml$/, '')}`, group: `ecb/${topic}`, event: `ecb/${topic}/${plus ? 'ecbplus' : 'ecb'}`, sentences });
    }
  }
  return out;
}

/** One token of an ECB+ document: its t_id (what mentions anchor to), its sentence number and its text. */
export interface EcbToken {
  readonly id: number;
  readonly sentence: number;
  readonly text: string;
}

/** The tokens of one ECB+ XML document in document order (shared with bench/lib/ecbplus-sentence-pairs.ts). */
export function readEcbTokens(xml: string): EcbToken[] {
  const out: EcbToken[] = [];
  for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)" number="\d+">([^<]*)<\/token>/g)) {
    out.push({ id: Number(m[1]), sentence: Number(m[2]), text: unescapeXml(m[3]!) });
  }
  return out;
}

export function loadNewsWcl50(): CorpusArticle[] {
  const lines = readFileSync(sharedDataDir('newswcl50', 'NewsWCL50.conll'), 'utf8').split('\n');
  const docs = new Map<string, Map<number, string[]>>();
  for (const line of lines) {
    const cols = line.split('\t');
    if (cols.length < 4 || line.startsWith('#')) continue;
    const [doc, sent, , token] = cols as [string, string, string, string];
    const sentences = docs.get(doc) ?? new Map<number, string[]>();
    const list = sentences.get(Number(sent)) ?? [];
    list.push(token);
    sentences.set(Number(sent), list);
    docs.set(doc, sentences);
  }
  const out: CorpusArticle[] = [];
  for (const [doc, bySentence] of [...docs].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const event = doc.split('/')[0]!;
    const sentences: string[] = [];
    for (const [, tokens] of [...bySentence].sort((a, b) => a[0] - b[0])) {
      // A "\n" token splits a corpus sentence into paragraphs (a headline glued to the first line, say).
      let part: string[] = [];
      for (const token of [...tokens, '\\n']) {
        if (token !== '\\n') {
          part.push(token);
          continue;
        }
        const text = detokenize(part);
        if (/\p{L}{2}/u.test(text)) sentences.push(text);
        part = [];
      }
    }
    out.push({ id: `wcl/${event}/${doc.split('/').pop()}`, group: `wcl/${event}`, event: `wcl/${event}`, sentences });
  }
  return out;
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}\u201d\u2019]|['\u2019][sSdm]|n['\u2019]t|['\u2019](?:re|ve|ll)|''|\.\.\.)$/;
const NO_SPACE_AFTER = /^(?:[([{$#\u201c\u2018]|``)$/;

/**
 * Tokens back to text: no space before closing punctuation and clitics ("Lohan 's", "Lohan \u2019 s"), none after
 * opening brackets and quotes, colons between digits and bare hyphens between words glued ("4 : 59", "Jong - un").
 */
export function detokenize(raw: readonly string[]): string {
  const tokens = mergeSplitClitics(raw);
  let out = '';
  let glueNext = true;
  let quoteOpen = false;
  for (let i = 0; i < tokens.length; i++) {
    const original = tokens[i]!;
    const token = original === '``' || original === "''" ? '"' : original;
    let glue = glueNext || NO_SPACE_BEFORE.test(original);
    glueNext = NO_SPACE_AFTER.test(original);
    if (token === '"') {
      const opening: boolean = original === '``' || (original !== "''" && !quoteOpen);
      quoteOpen = opening;
      if (opening) {
        glueNext = true;
        glue = glue && out === '';
      } else glue = true;
    }
    const between = i > 0 && i + 1 < tokens.length;
    if (between && (token === '-' || token === '/') && /\w$/.test(tokens[i - 1]!) && /^\w/.test(tokens[i + 1]!)) glue = glueNext = true;
    if (between && token === ':' && /\d$/.test(tokens[i - 1]!) && /^\d/.test(tokens[i + 1]!)) glue = glueNext = true;
    out += (glue || out === '' ? '' : ' ') + token;
  }
  return out.trim();
}

/** "\u2019" + "s" as two tokens, and "'" + "'" for a closing double quote, as the corpora sometimes split them. */
function mergeSplitClitics(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if ((t === '\u2019' || t === "'") && next !== undefined && /^(?:s|S|d|m|t|re|ve|ll)$/.test(next)) {
      out.push(`\u2019${next}`);
      i++;
    } else if (t === "'" && next === "'") {
      out.push("''");
      i++;
    } else out.push(t);
  }
  return out;
}

function unescapeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** ECB+ file names in corpus order: by document number, then name ("1_1ecb" < "1_1ecbplus" < "1_2ecb"). */
export function byNumber(a: string, b: string): number {
  const na = Number(/_(\d+)/.exec(a)?.[1] ?? 0);
  const nb = Number(/_(\d+)/.exec(b)?.[1] ?? 0);
  return na - nb || (a < b ? -1 : 1);
}
