/**
 * Cross-document claim alignment scored against ECB+ event coreference (the `ecbplus` section of the claims
 * benchmark; the gold is bench/lib/ecbplus-sentence-pairs.ts).
 *
 * System: what the Brief does within a story. Each ECB+ topic is one story and each of its documents one article,
 * whole (every sentence, one paragraph per corpus sentence so the product's splitter keeps the corpus's sentence
 * boundaries; no dates, none in the corpus; each its own family, since grouping reads article ids only). Claims
 * are extracted per article (src/analyze/claims.ts) and the story is corroborated (src/corroborate/corroborate.ts);
 * two validated sentences are predicted aligned when a claim of one and a claim of the other are in one claim
 * group. The whole topic is the story, not the gold sub-topic, so the grouping has to keep the topic's two similar
 * events apart itself (a story that the story stage got right would be easier); and whole articles, not only the
 * validated sentences, because the grouping depends on the story's other claims (stem blocking by document
 * frequency, average link, story-wide entities) as it does in the product.
 *
 * Peer: TF-IDF cosine of the two sentences (lower-case words, stopwords out, stemmed; idf over the validated
 * sentences of all topics, no labels), aligned at or above a cut chosen for F1 on the other half of the topics:
 * odd topics fit the cut for the even ones and the reverse, and the two test halves are pooled.
 *
 * Diagnostic (evaluateClaimScore): the claim score of each sentence pair alone, as the MRPC section scores pairs,
 * at GROUP_THRESHOLD and at a cut fitted the peer's way: how much recall the score has before the grouping.
 */
import { extractClaims } from '../../src/analyze/claims.js';
import type { CorroborationArticle } from '../../src/corroborate/corroborate.js';
import { corroborate } from '../../src/corroborate/corroborate.js';
import { GROUP_THRESHOLD } from '../../src/corroborate/claim-groups.js';
import { isStopword, stem, wordTokens } from '../../src/text/tokens.js';
import { ClaimPairScorer } from './claim-pairs-eval.js';
import type { EcbPairTopic, EcbSentencePair } from './ecbplus-sentence-pairs.js';

/**
 * The gate's subset (test/quality/claims-gate.test.ts): the ten last ECB+ topics (36-45, inside the standard test
 * split 26-45), about a fifth of the pairs.
 */
export const ECB_PAIRS_GATE_TOPICS: (topic: number) => boolean = (topic) => topic >= 36;

export interface PairCounts {
  readonly pairs: number;
  readonly positives: number;
  readonly predicted: number;
  readonly correct: number;
}

export interface PairScores extends PairCounts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface AlignmentEvaluation {
  readonly topics: number;
  readonly documents: number;
  readonly sentences: number;
  /** All cross-document pairs of the topics. */
  readonly all: PairScores;
  /** Pairs within one sub-topic (the same real-world event) and across the topic's two events. */
  readonly sameEvent: PairScores;
  readonly otherEvent: PairScores;
  /** Validated sentences of which no claim was extracted in their article (they can align with nothing); null for the scores. */
  readonly sentencesWithoutClaim: number | null;
}

/**
 * The system's predicted pairs, as pair keys of sentence keys (`pairKey`), and the validated sentences that yielded
 * at least one claim.
 */
export function predictedAlignments(topic: EcbPairTopic): { aligned: Set<string>; claimed: Set<string> } {
  const validated = new Set(topic.sentences.map((s) => s.key));
  const articles: CorroborationArticle[] = [];
  const sentenceOfClaim = new Map<string, string>();
  for (const doc of topic.documents) {
    const starts: number[] = [];
    let text = '';
    for (const s of doc.sentences) {
      if (text.length > 0) text += '\n\n';
      starts.push(text.length);
      text += s.text;
    }
    const claims = extractClaims(text, { articleId: doc.id, publishedAt: null });
    for (const claim of claims) {
      // The corpus sentence the claim starts in.
      let i = 0;
      while (i + 1 < starts.length && starts[i + 1]! <= claim.start) i++;
      const key = `${doc.id}#${doc.sentences[i]!.number}`;
      if (validated.has(key)) sentenceOfClaim.set(claim.id, key);
    }
    articles.push({ id: doc.id, familyId: doc.id, publishedAt: null, outlet: null, claims });
  }
  const out = new Set<string>();
  const claimed = new Set(sentenceOfClaim.values());
  for (const group of corroborate(articles).groups) {
    const keys = [...new Set(group.claimIds.map((id) => sentenceOfClaim.get(id)).filter((k): k is string => k !== undefined))];
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        if (docOf(keys[i]!) !== docOf(keys[j]!)) out.add(pairKey(keys[i]!, keys[j]!));
      }
    }
  }
  return { aligned: out, claimed };
}

/** The system on every topic given. */
export function evaluateClaimAlignment(topics: readonly EcbPairTopic[]): AlignmentEvaluation {
  const decided: { pair: EcbSentencePair; predicted: boolean }[] = [];
  let withoutClaim = 0;
  for (const topic of topics) {
    const { aligned, claimed } = predictedAlignments(topic);
    for (const pair of topic.pairs) decided.push({ pair, predicted: aligned.has(pairKey(pair.a.key, pair.b.key)) });
    withoutClaim += topic.sentences.filter((s) => !claimed.has(s.key)).length;
  }
  return summarise(topics, decided, withoutClaim);
}

export interface CutEvaluation extends AlignmentEvaluation {
  /** The cuts fitted on the odd topics (applied to the even ones) and on the even topics (applied to the odd). */
  readonly cuts: { readonly oddFitted: number; readonly evenFitted: number };
}

/** The TF-IDF cosine peer, cut fitted on one half of the topics and tested on the other (both ways, pooled). */
export function evaluateLexicalPeer(topics: readonly EcbPairTopic[]): CutEvaluation {
  const vectors = tfidfVectors(topics);
  return crossFitted(topics, (pair) => cosine(vectors.get(pair.a.key)!, vectors.get(pair.b.key)!));
}

export interface ClaimScoreEvaluation {
  /** Each pair on its own, without the grouping: aligned when its best claim pair scores >= GROUP_THRESHOLD. */
  readonly atGroupThreshold: AlignmentEvaluation;
  /** The same score with the cut fitted as the peer's is (other half of the topics). */
  readonly fitted: CutEvaluation;
}

/**
 * Diagnostic, not the system: the claim score of each pair alone (bench/lib/claim-pairs-eval.ts, each sentence its
 * own article as for MRPC), which tells how much of the gap is the score and how much the story's greedy grouping.
 */
export function evaluateClaimScore(topics: readonly EcbPairTopic[]): ClaimScoreEvaluation {
  const scorer = new ClaimPairScorer();
  const score = new Map<EcbSentencePair, number>();
  for (const t of topics) for (const pair of t.pairs) score.set(pair, scorer.score({ a: pair.a.text, b: pair.b.text }));
  const decided = topics.flatMap((t) => t.pairs.map((pair) => ({ pair, predicted: score.get(pair)! >= GROUP_THRESHOLD })));
  return { atGroupThreshold: summarise(topics, decided, null), fitted: crossFitted(topics, (pair) => score.get(pair)!) };
}

function crossFitted(topics: readonly EcbPairTopic[], scoreOf: (pair: EcbSentencePair) => number): CutEvaluation {
  const scored = topics.map((t) => ({ topic: t.topic, pairs: t.pairs.map((pair) => ({ pair, score: scoreOf(pair) })) }));
  const half = (odd: boolean) => scored.filter((t) => (t.topic % 2 === 1) === odd).flatMap((t) => t.pairs);
  const oddFitted = bestF1Cut(half(true));
  const evenFitted = bestF1Cut(half(false));
  const decided = [
    ...half(false).map(({ pair, score }) => ({ pair, predicted: score >= oddFitted })),
    ...half(true).map(({ pair, score }) => ({ pair, predicted: score >= evenFitted })),
  ];
  return { ...summarise(topics, decided, null), cuts: { oddFitted: r4(oddFitted), evenFitted: r4(evenFitted) } };
}

function summarise(topics: readonly EcbPairTopic[], decided: readonly { pair: EcbSentencePair; predicted: boolean }[], withoutClaim: number | null): AlignmentEvaluation {
  return {
    topics: topics.length,
    documents: topics.reduce((n, t) => n + t.documents.length, 0),
    sentences: topics.reduce((n, t) => n + t.sentences.length, 0),
    all: scores(decided),
    sameEvent: scores(decided.filter((d) => d.pair.sameSubtopic)),
    otherEvent: scores(decided.filter((d) => !d.pair.sameSubtopic)),
    sentencesWithoutClaim: withoutClaim,
  };
}

function scores(decided: readonly { pair: EcbSentencePair; predicted: boolean }[]): PairScores {
  let positives = 0;
  let predicted = 0;
  let correct = 0;
  for (const d of decided) {
    if (d.pair.positive) positives++;
    if (d.predicted) predicted++;
    if (d.predicted && d.pair.positive) correct++;
  }
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = positives === 0 ? 0 : correct / positives;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { pairs: decided.length, positives, predicted, correct, precision: r4(precision), recall: r4(recall), f1: r4(f1) };
}

/** The cut on `score >= cut` that maximises F1 over the given pairs (midpoints between distinct scores). */
function bestF1Cut(pairs: readonly { pair: EcbSentencePair; score: number }[]): number {
  const sorted = [...pairs].sort((x, y) => y.score - x.score);
  const positives = sorted.filter((p) => p.pair.positive).length;
  let best = 0;
  let cut = Infinity;
  let tp = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i]!.pair.positive) tp++;
    const next = sorted[i + 1];
    if (next !== undefined && next.score === sorted[i]!.score) continue;
    const f1 = (2 * tp) / (i + 1 + positives);
    if (f1 > best) {
      best = f1;
      cut = next === undefined ? sorted[i]!.score : (sorted[i]!.score + next.score) / 2;
    }
  }
  return cut;
}

type Vector = Map<string, number>;

function tfidfVectors(topics: readonly EcbPairTopic[]): Map<string, Vector> {
  const terms = new Map<string, string[]>();
  const df = new Map<string, number>();
  for (const t of topics) {
    for (const s of t.sentences) {
      const list = wordTokens(s.text).map((w) => w.toLowerCase()).filter((w) => /\p{L}/u.test(w) && !isStopword(w)).map(stem);
      terms.set(s.key, list);
      for (const w of new Set(list)) df.set(w, (df.get(w) ?? 0) + 1);
    }
  }
  const n = terms.size;
  const out = new Map<string, Vector>();
  for (const [key, list] of terms) {
    const v: Vector = new Map();
    for (const w of list) v.set(w, (v.get(w) ?? 0) + 1);
    let norm = 0;
    for (const [w, tf] of v) {
      const x = tf * Math.log(n / df.get(w)!);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [w, x] of v) v.set(w, x / norm);
    out.set(key, v);
  }
  return out;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, x] of small) dot += x * (large.get(w) ?? 0);
  return dot;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\t${b}` : `${b}\t${a}`;
}

function docOf(key: string): string {
  return key.slice(0, key.lastIndexOf('#'));
}

function r4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
