import { splitSentences } from '../../analyze/sentences.js';
import type { Sentence } from '../../analyze/sentences.js';
import type { Signal } from '../../model/signal.js';
import { paragraphSpans, spanSignal } from './evidence-span.js';
import type { TextSpan } from './evidence-span.js';
import { anyOf, containsAny, needsWords, WordSet } from './word-set.js';
import type { Prefilter } from './word-set.js';

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
  /** Words the marker cannot match without: a marker whose words are absent does not run. */
  readonly needs: Prefilter;
}

/*
 * Each marker's `needs` names its rarest words, never everyday ones ("in", "it", "that", "all"). Running only the
 * markers whose words occur, and splitting sentences only for a possible opening or signpost: 63 µs -> 4 µs per
 * 3 KB article (`npm run bench -- signals`, word scan shared with the other detectors and not counted).
 */

const TODAY = "(?:today['\u2019]s|the) (?:fast-paced|ever-changing|rapidly changing|ever-evolving|rapidly evolving|digital|modern|interconnected)";

/** Matched at the start of one of the first two sentences. */
const OPENINGS: readonly Marker[] = [
  {
    pattern: new RegExp(`^In ${TODAY} (?:world|landscape|era|age|realm)\\b`, 'i'),
    confidence: 0.45,
    what: 'formulaic opening',
    // "fast-paced" and "ever-changing" are two words each.
    needs: needsWords('fast ever rapidly digital modern interconnected', 'world landscape era age realm'),
  },
  {
    pattern: /^In an? (?:significant|major|surprising|remarkable|shocking|stunning|dramatic|notable|groundbreaking|historic|landmark|bold|recent|startling|unprecedented) (?:development|turn of events|twist|move|step)\b/i,
    confidence: 0.4,
    what: 'formulaic opening',
    needs: needsWords('development turn twist move step'),
  },
  // Newsrooms write "In a move that ..." too: weaker.
  { pattern: /^In a move (?:that|which|aimed|designed|seen)\b/i, confidence: 0.35, what: 'formulaic opening', needs: needsWords('move') },
  { pattern: /^In an era (?:of|where|when|in which)\b/i, confidence: 0.35, what: 'formulaic opening', needs: needsWords('era') },
  { pattern: /^(?:Picture this|Imagine a world)\b/i, confidence: 0.35, what: 'formulaic opening', needs: needsWords('picture imagine') },
];

/** Hooks anywhere in the first paragraph: the model addressing its reader before the news starts. */
const HOOKS: readonly Marker[] = [
  {
    pattern: /\bLet['\u2019]s (?:dive|delve|take a (?:closer|deeper) look|explore|break (?:it|this|down))\b[^.!?\n]*[.!?]?/gi,
    confidence: 0.4,
    what: 'hook',
    needs: needsWords('let', 'dive delve take explore break'),
  },
  // Explainers written by people say "Here's what we know" as well: weaker.
  {
    pattern: /\bHere(?:['\u2019]s| is) (?:what we know(?: so far)?|everything you need to know|all you need to know)\b[^.!?\n]*[.!?]?/gi,
    confidence: 0.3,
    what: 'hook',
    needs: needsWords('here', 'know'),
  },
];

/** Signposting anywhere, at the start of a sentence. */
const SIGNPOSTS: readonly Marker[] = [
  {
    pattern: /^It(?: is|['\u2019]s) (?:worth noting|important to note|crucial to note|important to remember|noteworthy|worth mentioning) that\b/i,
    confidence: 0.3,
    what: 'signposting',
    needs: needsWords('worth important crucial noteworthy', 'noting note remember noteworthy mentioning'),
  },
];

/** Matched at the start of one of the last two paragraphs (the very last is often an admission or a credit). */
const CLOSINGS: readonly Marker[] = [
  {
    pattern: /^(?:In conclusion|In summary|To sum up|To summari[sz]e|In closing|In a nutshell)\b,?/i,
    confidence: 0.4,
    what: 'closing summary',
    needs: needsWords('conclusion summary sum summarise summarize closing nutshell'),
  },
  // "Overall," and "All in all," close human paragraphs too.
  {
    pattern: /^(?:All in all|Overall|All things considered)\b,/i,
    confidence: 0.3,
    what: 'closing summary',
    // "all" and "in" are in every article; the phrase itself is rare.
    needs: anyOf(needsWords('overall considered'), containsAny('all in all')),
  },
];

/** Stock phrases anywhere. */
const CLICHES: readonly Marker[] = [
  { pattern: /\bstand the test of time\b/gi, confidence: 0.25, what: 'cliché', needs: needsWords('stand', 'test') },
  { pattern: /\ball eyes (?:will be|are|remain|will remain) on\b/gi, confidence: 0.25, what: 'cliché', needs: needsWords('eyes') },
  { pattern: /\bonly time will tell\b/gi, confidence: 0.25, what: 'cliché', needs: needsWords('tell') },
  { pattern: /\b(?:serves as )?a (?:stark|sobering|poignant|powerful|devastating|grim|painful) reminder\b/gi, confidence: 0.25, what: 'cliché', needs: needsWords('reminder') },
  { pattern: /\bmarks? a (?:pivotal|significant|new|historic) (?:moment|chapter|milestone|turning point)\b/gi, confidence: 0.25, what: 'cliché', needs: needsWords('mark marks', 'moment chapter milestone turning') },
  { pattern: /\bnavigat(?:e|ing) the (?:complexities|intricacies|challenges)\b/gi, confidence: 0.3, what: 'cliché', needs: needsWords('navigate navigating', 'complexities intricacies challenges') },
  { pattern: /\bplays? a (?:crucial|pivotal|vital) role\b/gi, confidence: 0.25, what: 'cliché', needs: needsWords('play plays', 'role') },
];

/**
 * `words` and `sentences` may be passed when the caller shares them with the other detectors. Sentences are asked
 * for only when an opening or a signpost may be there.
 *
 * A marker whose words are absent cannot match, so leaving it out changes no result: firstAnchored returns the
 * first marker that matches, and the remaining ones keep their order.
 */
export function detectFormulaicStructure(
  text: string,
  words: WordSet = new WordSet(text),
  sentences: () => readonly Sentence[] = () => splitSentences(text),
): Signal[] {
  const openings = OPENINGS.filter((m) => m.needs(words));
  const hooks = HOOKS.filter((m) => m.needs(words));
  const signposts = SIGNPOSTS.filter((m) => m.needs(words));
  const closings = CLOSINGS.filter((m) => m.needs(words));
  const cliches = CLICHES.filter((m) => m.needs(words));
  if (openings.length + hooks.length + signposts.length + closings.length + cliches.length === 0) return [];

  const paragraphs = paragraphSpans(text);
  if (paragraphs.length === 0) return [];
  const first = paragraphs[0]!;
  const out: Signal[] = [];
  // Openings and hooks only count in the first paragraph (an opening's sentence starts there, and no sentence spans a
  // blank line), so ask its own words before splitting the whole text. A paragraph is bounded by whitespace, so its
  // words are whole words of the text.
  const firstWords = openings.length + hooks.length > 0 ? new WordSet(text.slice(first.start, first.end)) : null;
  const firstOpenings = firstWords ? openings.filter((m) => m.needs(firstWords)) : [];
  const firstHooks = firstWords ? hooks.filter((m) => m.needs(firstWords)) : [];

  const split = firstOpenings.length + signposts.length > 0 ? sentences() : [];
  if (firstOpenings.length > 0) {
    for (const sentence of split.slice(0, 2)) {
      if (sentence.start >= first.end) break;
      const hit = firstAnchored(firstOpenings, text, sentence);
      if (hit) out.push(hit);
    }
  }
  out.push(...unanchored(firstHooks, text, first));
  if (signposts.length > 0) {
    for (const sentence of split) {
      const hit = firstAnchored(signposts, text, sentence);
      if (hit) out.push(hit);
    }
  }
  // One closing per article (a second "In conclusion" is the same habit, not more evidence), never the first paragraph.
  if (closings.length > 0) {
    for (const paragraph of paragraphs.slice(Math.max(1, paragraphs.length - 2))) {
      const hit = firstAnchored(closings, text, paragraph);
      if (hit) {
        out.push(hit);
        break;
      }
    }
  }
  out.push(...unanchored(cliches, text, { start: 0, end: text.length }));
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
