import { splitSentences } from '../../analyze/sentences.js';
import type { Signal } from '../../model/signal.js';
import { paragraphSpans, spanSignal } from './evidence-span.js';
import type { TextSpan } from './evidence-span.js';

/**
 * `rewrite.formulaic`, structural part: the scaffolding a language model puts around a news text when asked to
 * rewrite it — a stock opening ("In a significant development,", "In today's fast-paced world,"), a hook ("Let's
 * dive into the details"), signposting ("It is worth noting that"), a closing summary paragraph ("In conclusion,",
 * "In summary,") and closing clichés ("stand the test of time", "a stark reminder"). NewsGuard describes the
 * AI-generated news sites it found as written in "bland language and repetitive phrases" ("Rise of the Newsbots",
 * May 2023); wire copy opens on the news (dateline, who did what) and has no summary paragraph, which is why
 * position matters here: an opening pattern counts only in the first paragraph, a closing one only in the last two.
 *
 * Every marker is weak on its own, and a journalist can write any one of them; the confidences (0.25-0.45) are our
 * own calibration on the demo corpus (the 6 farm rewrites against the 30 other articles), set so that, combined by
 * machine-rewrite-score.ts, one marker stays below the "likely machine rewrite" threshold of 0.5 and an article
 * needs an opening and a closing, or several markers, to cross it. Phrases more typical of chatbots than of any
 * newsroom ("In today's fast-paced world") weigh more than ones newsrooms also use ("In a move that", "Overall,").
 */

interface Marker {
  readonly pattern: RegExp;
  readonly confidence: number;
  readonly what: string;
}

const TODAY = "(?:today['\u2019]s|the) (?:fast-paced|ever-changing|rapidly changing|ever-evolving|rapidly evolving|digital|modern|interconnected)";

/** Matched at the start of one of the first two sentences. */
const OPENINGS: readonly Marker[] = [
  { pattern: new RegExp(`^In ${TODAY} (?:world|landscape|era|age|realm)\\b`, 'i'), confidence: 0.45, what: 'formulaic opening' },
  {
    pattern: /^In an? (?:significant|major|surprising|remarkable|shocking|stunning|dramatic|notable|groundbreaking|historic|landmark|bold|recent|startling|unprecedented) (?:development|turn of events|twist|move|step)\b/i,
    confidence: 0.4,
    what: 'formulaic opening',
  },
  // Newsrooms write "In a move that ..." too: weaker.
  { pattern: /^In a move (?:that|which|aimed|designed|seen)\b/i, confidence: 0.35, what: 'formulaic opening' },
  { pattern: /^In an era (?:of|where|when|in which)\b/i, confidence: 0.35, what: 'formulaic opening' },
  { pattern: /^(?:Picture this|Imagine a world)\b/i, confidence: 0.35, what: 'formulaic opening' },
];

/** Hooks anywhere in the first paragraph: the model addressing its reader before the news starts. */
const HOOKS: readonly Marker[] = [
  { pattern: /\bLet['\u2019]s (?:dive|delve|take a (?:closer|deeper) look|explore|break (?:it|this|down))\b[^.!?\n]*[.!?]?/gi, confidence: 0.4, what: 'hook' },
  // Explainers written by people say "Here's what we know" as well: weaker.
  { pattern: /\bHere(?:['\u2019]s| is) (?:what we know(?: so far)?|everything you need to know|all you need to know)\b[^.!?\n]*[.!?]?/gi, confidence: 0.3, what: 'hook' },
];

/** Signposting anywhere, at the start of a sentence. */
const SIGNPOSTS: readonly Marker[] = [
  { pattern: /^It(?: is|['\u2019]s) (?:worth noting|important to note|crucial to note|important to remember|noteworthy|worth mentioning) that\b/i, confidence: 0.3, what: 'signposting' },
];

/** Matched at the start of one of the last two paragraphs (the very last is often an admission or a credit). */
const CLOSINGS: readonly Marker[] = [
  { pattern: /^(?:In conclusion|In summary|To sum up|To summari[sz]e|In closing|In a nutshell)\b,?/i, confidence: 0.4, what: 'closing summary' },
  // "Overall," and "All in all," close human paragraphs too.
  { pattern: /^(?:All in all|Overall|All things considered)\b,/i, confidence: 0.3, what: 'closing summary' },
];

/** Stock phrases anywhere. */
const CLICHES: readonly Marker[] = [
  { pattern: /\bstand the test of time\b/gi, confidence: 0.25, what: 'cliché' },
  { pattern: /\ball eyes (?:will be|are|remain|will remain) on\b/gi, confidence: 0.25, what: 'cliché' },
  { pattern: /\bonly time will tell\b/gi, confidence: 0.25, what: 'cliché' },
  { pattern: /\b(?:serves as )?a (?:stark|sobering|poignant|powerful|devastating|grim|painful) reminder\b/gi, confidence: 0.25, what: 'cliché' },
  { pattern: /\bmarks? a (?:pivotal|significant|new|historic) (?:moment|chapter|milestone|turning point)\b/gi, confidence: 0.25, what: 'cliché' },
  { pattern: /\bnavigat(?:e|ing) the (?:complexities|intricacies|challenges)\b/gi, confidence: 0.3, what: 'cliché' },
  { pattern: /\bplays? a (?:crucial|pivotal|vital) role\b/gi, confidence: 0.25, what: 'cliché' },
];

export function detectFormulaicStructure(text: string): Signal[] {
  const paragraphs = paragraphSpans(text);
  if (paragraphs.length === 0) return [];
  const out: Signal[] = [];
  const sentences = splitSentences(text);

  for (const sentence of sentences.slice(0, 2)) {
    if (sentence.start >= paragraphs[0]!.end) break;
    const hit = firstAnchored(OPENINGS, text, sentence);
    if (hit) out.push(hit);
  }
  out.push(...unanchored(HOOKS, text, paragraphs[0]!));
  for (const sentence of sentences) {
    const hit = firstAnchored(SIGNPOSTS, text, sentence);
    if (hit) out.push(hit);
  }
  // One closing per article (a second "In conclusion" is the same habit, not more evidence), never the first paragraph.
  for (const paragraph of paragraphs.slice(Math.max(1, paragraphs.length - 2))) {
    const hit = firstAnchored(CLOSINGS, text, paragraph);
    if (hit) {
      out.push(hit);
      break;
    }
  }
  out.push(...unanchored(CLICHES, text, { start: 0, end: text.length }));
  return dedupe(out).sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}

/** The first marker that matches at the very start of `span`, as a signal quoting what it matched. */
function firstAnchored(markers: readonly Marker[], text: string, span: TextSpan): Signal | null {
  const head = text.slice(span.start, span.end);
  for (const marker of markers) {
    const m = marker.pattern.exec(head);
    if (m && m.index === 0) return spanSignal('rewrite.formulaic', text, span.start, span.start + m[0].length, marker.confidence, marker.what);
  }
  return null;
}

function unanchored(markers: readonly Marker[], text: string, span: TextSpan): Signal[] {
  const out: Signal[] = [];
  const slice = text.slice(span.start, span.end);
  for (const marker of markers) {
    marker.pattern.lastIndex = 0;
    for (let m = marker.pattern.exec(slice); m; m = marker.pattern.exec(slice)) {
      out.push(spanSignal('rewrite.formulaic', text, span.start + m.index, span.start + m.index + m[0].length, marker.confidence, marker.what));
    }
  }
  return out;
}

function dedupe(signals: readonly Signal[]): Signal[] {
  const out: Signal[] = [];
  for (const s of signals) {
    if (!out.some((o) => o.span && s.span && o.span.start < s.span.end && s.span.start < o.span.end)) out.push(s);
  }
  return out;
}
