/**
 * How one derivative's sentences are made from its source's (rewrite-generator.ts says which derivatives a group
 * gets): copies, light edits, heavy rewrites and siblings, with the drift operations and the sentences dropped and
 * inserted recorded as ground truth.
 */
import type { DriftOperation, Random, Vocabulary } from './rewrite-operations.js';
import { addHedge, changeDate, changeName, changeNumber, mergeSentences, personalVocabulary, pick, restructure, reword, shuffle, splitSentence,
  substituteWords } from './rewrite-operations.js';
import { REWRITE_MARKERS } from './rewrite-lexicon.js';

/** An injected change with ground truth: the value ones, or a sentence inserted or dropped (its text). */
export type InjectedDrift = DriftOperation | { readonly kind: 'sentence-added' | 'sentence-dropped'; readonly sentence: string };

/** No derivative is cut below this many sentences. */
export const MIN_SENTENCES = 4;
/**
 * Share of the words its vocabulary can replace that a light edit and a heavy rewrite replace. The synonym sets
 * cover about 18% of the words of ECB+ text and a rewriter uses 70% of them, so a light edit changes about one word
 * in sixteen (Clough & Stevenson's "light revision": synonyms, little else) and a heavy rewrite about one in eight,
 * plus clause moves, splits, merges, drops and insertions (their "heavy revision").
 */
const LIGHT_RATE = 0.5;
const HEAVY_RATE = 1;
/** Share of the synonym sets one rewriter uses (personalVocabulary). */
const VOCABULARY_SHARE = 0.7;

export interface Derived {
  readonly sentences: readonly string[];
  readonly drift: readonly InjectedDrift[];
  readonly marker: boolean;
}

/** A derivative of `source` of the given kind; `withDrift` adds the drift operations (not for siblings). */
export function derive(kind: 'copy' | 'light-edit' | 'heavy-rewrite', source: readonly string[], random: Random, donors: string[], withDrift: boolean): Derived {
  if (kind === 'copy') {
    const keep = random() < 0.5 ? source.length : Math.max(MIN_SENTENCES, Math.round(source.length * (0.7 + random() * 0.2)));
    return { sentences: source.slice(0, keep), drift: source.slice(keep).map((sentence) => ({ kind: 'sentence-dropped', sentence })), marker: false };
  }
  const drift: InjectedDrift[] = [];
  let sentences = [...source];
  // Drop: one sentence from a light edit, about 15% from a heavy rewrite; never the first (the lede).
  const drops = kind === 'light-edit' ? 1 : Math.max(1, Math.round(source.length * 0.15));
  for (let k = 0; k < drops && sentences.length > MIN_SENTENCES; k++) {
    const i = 1 + Math.floor(random() * (sentences.length - 1));
    drift.push({ kind: 'sentence-dropped', sentence: sentences[i]! });
    sentences.splice(i, 1);
  }
  if (withDrift) sentences = injectDrift(sentences, random, drift, 1 + (random() < 0.5 ? 1 : 0));
  const vocabulary = personalVocabulary(VOCABULARY_SHARE, random);
  if (kind === 'light-edit') {
    sentences = sentences.map((s) => substituteWords(s, vocabulary, LIGHT_RATE, random));
    swapNeighbours(sentences, 1 + (random() < 0.5 ? 1 : 0), random);
    return { sentences, drift, marker: false };
  }
  sentences = paraphrase(sentences, vocabulary, random);
  const inserted = insertDonors(sentences, 1 + Math.floor(random() * 3), random, donors);
  drift.push(...inserted.map((sentence) => ({ kind: 'sentence-added' as const, sentence })));
  const marker = random() < 0.5;
  if (marker) sentences.push(pick(REWRITE_MARKERS, random));
  return { sentences, drift, marker };
}

/** A sibling: its own two-thirds-to-four-fifths of the hidden text, rewritten, with its own inserted sentences. */
export function deriveSibling(kind: 'light-edit' | 'heavy-rewrite', source: readonly string[], random: Random, donors: string[]): Derived {
  const keepShare = 0.65 + random() * 0.15;
  const kept = source.filter((_, i) => i === 0 || random() < keepShare);
  const vocabulary = personalVocabulary(VOCABULARY_SHARE, random);
  const rewritten = kind === 'light-edit' ? kept.map((s) => substituteWords(s, vocabulary, LIGHT_RATE, random)) : paraphrase(kept, vocabulary, random);
  const sentences = [...rewritten];
  insertDonors(sentences, 2 + Math.floor(random() * 2), random, donors);
  const marker = kind === 'heavy-rewrite' && random() < 0.5;
  if (marker) sentences.push(pick(REWRITE_MARKERS, random));
  return { sentences, drift: [], marker };
}

/** Heavy rewriting: most swappable words swapped, clauses moved, some sentences split or merged, a few reordered. */
function paraphrase(source: readonly string[], vocabulary: Vocabulary, random: Random): string[] {
  const out: string[] = [];
  for (const sentence of source) {
    let s = reword(substituteWords(sentence, vocabulary, HEAVY_RATE, random), random);
    if (random() < 0.7) s = restructure(s, random);
    const split = s.split(' ').length > 22 && random() < 0.4 ? splitSentence(s) : null;
    if (split) out.push(...split);
    else if (out.length > 1 && random() < 0.15 && s.split(' ').length < 16 && out[out.length - 1]!.split(' ').length < 16) out.push(mergeSentences(out.pop()!, s));
    else out.push(s);
  }
  swapNeighbours(out, 1 + Math.floor(random() * 2), random);
  return out;
}

/** Apply `count` drift operations to different sentences (never the lede), recording them. */
function injectDrift(sentences: string[], random: Random, drift: InjectedDrift[], count: number): string[] {
  const out = [...sentences];
  const used = new Set<number>();
  const operations = shuffle([changeNumber, changeDate, changeName, addHedge], random);
  for (const operation of operations) {
    if (drift.filter((d) => d.kind !== 'sentence-dropped' && d.kind !== 'sentence-added').length >= count) break;
    for (const i of shuffle(out.map((_, k) => k).slice(1), random)) {
      if (used.has(i)) continue;
      const result = operation(out[i]!, random);
      if (!result) continue;
      out[i] = result.text;
      used.add(i);
      drift.push(result.op);
      break;
    }
  }
  return out;
}

function insertDonors(sentences: string[], count: number, random: Random, donors: string[]): string[] {
  const inserted: string[] = [];
  for (let k = 0; k < count && donors.length > 0; k++) {
    const sentence = donors.pop()!;
    sentences.splice(1 + Math.floor(random() * sentences.length), 0, sentence);
    inserted.push(sentence);
  }
  return inserted;
}

function swapNeighbours(sentences: string[], count: number, random: Random): void {
  for (let k = 0; k < count && sentences.length > 3; k++) {
    const i = 1 + Math.floor(random() * (sentences.length - 2));
    [sentences[i], sentences[i + 1]] = [sentences[i + 1]!, sentences[i]!];
  }
}
