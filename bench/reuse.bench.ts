/**
 * `npm run bench -- reuse`: sentence alignment and derivation degree.
 *
 * Main figure: Clough & Stevenson's corpus of plagiarised short answers (95 answers to 5 source texts, each
 * labelled cut / light / heavy / non; ../shared/data/clough-stevenson-text-reuse). The derivation model is
 * re-derived fold by fold, leaving one task (its source and all its answers) out and scoring only that task:
 * `accuracy` is the 4-way accuracy averaged over the five held-out folds; `f1`, `precision`, `recall` are for
 * derived (copy, light, heavy) vs independent, pooled over the folds. Also: leave-one-answer-out accuracy (closer
 * to the authors' own cross-validation), the committed constants checked against a refit on all answers, and the
 * authors' kind of classifier (n-gram containment + LCS, Naive Bayes) run by our code on the same folds.
 *
 * Secondary: the sentence paraphrase model on MRPC (fitted on train, scored on test), the stemmer comparison (two
 * folds within MRPC train), the siblings rule on answer pairs, the sentence splitter's speed. `perSecond` is
 * (source, candidate) pairs per second through the whole pure pipeline (profile the candidate, align, measure,
 * classify) on one core, the source profiled once per task as the engine does.
 */
import { performance } from 'node:perf_hooks';
import { splitSentences } from '../src/analyze/sentences.js';
import { PARAPHRASE_MODEL } from '../src/reuse/sentence-paraphrase-model.js';
import { paraphraseProbability, sentenceFeatures } from '../src/reuse/sentence-similarity.js';
import { DERIVATION_MODEL } from '../src/reuse/derivation-model.js';
import { sStem, stem } from '../src/text/tokens.js';
import type { BenchResult } from './lib/bench-result.js';
import { peakRssMb } from './lib/bench-result.js';
import { loadCloughStevenson } from './lib/clough-stevenson.js';
import { loadMrpc } from './lib/mrpc.js';
import { ngramBaseline } from './lib/ngram-baseline.js';
import { fitParaphraseModel, paraphraseModelDistance, profilePair, scoreParaphrase } from './lib/paraphrase-eval.js';
import { bestThreshold } from './lib/logistic.js';
import type { ParaphrasePair } from './lib/mrpc.js';
import { committedModelAccuracy, evaluateLeaveOneOut, evaluateLeaveOneTaskOut, measureCases, modelDistance, trainDerivationModel } from './lib/reuse-eval.js';
import { evaluateSiblings } from './lib/siblings-eval.js';

/** Committed constants are rounded to 4 decimals; a refit further away than this means they are stale. */
const STALE_AFTER = 5e-4;
// Figures published on the same data, as their authors report them (their protocols differ from ours).
const REPORTED = {
  // The corpus's ABOUT.txt: "n-gram containment + LCS features ~0.80+ accuracy for 4-way" (cross-validation over
  // all 95 answers, not by task). Clough & Stevenson (2011) report no F1 we could verify here.
  cloughStevenson2011: { accuracy: 0.8 },
  // MRPC test, best non-neural systems (docs: ARCHITECTURE "Claim alignment"): Madnani, Tetreault & Chodorow 2012
  // (MT metrics), Ji & Eisenstein 2013 (discriminative latent semantics).
  madnani2012: { accuracy: 0.774, f1: 0.841 },
  jiEisenstein2013: { accuracy: 0.804, f1: 0.859 },
};

export async function run(_args: string[]): Promise<BenchResult> {
  const cases = loadCloughStevenson();
  measureCases(cases); // warm-up: the JIT, the stem cache
  const timings = [0, 1, 2].map(() => measureCases(cases));
  const { rows } = timings[0]!;
  const perSecond = Math.max(...timings.map((t) => t.perSecond));

  const held = evaluateLeaveOneTaskOut(rows);
  const looAccuracy = evaluateLeaveOneOut(rows);
  const refit = trainDerivationModel(rows);
  const baseline = ngramBaseline(cases);

  const mrpcTrain = loadMrpc('train');
  const mrpcTest = loadMrpc('test');
  const paraphraseRefit = fitParaphraseModel(mrpcTrain);
  const mrpc = scoreParaphrase(mrpcTest, PARAPHRASE_MODEL);
  const diceOnly = diceBaseline(mrpcTrain, mrpcTest);
  const positives = mrpcTest.filter((p) => p.paraphrase).length;

  const siblings = evaluateSiblings(cases);
  const splitter = splitterSpeed(cases.map((c) => c.answer).join('\n\n'));
  const errors = held.predictions.filter((p) => p.truth !== p.predicted).map((p) => `${p.id}: ${p.truth} -> ${p.predicted}`);

  const figures = {
    accuracy: r4(held.accuracy),
    f1: r4(held.f1),
    precision: r4(held.precision),
    recall: r4(held.recall),
    mrpcAccuracy: r4(mrpc.accuracy),
    mrpcF1: r4(mrpc.f1),
    perSecond: Math.round(perSecond),
    pooledAccuracy: r4(held.pooledAccuracy),
    looAccuracy: r4(looAccuracy),
    foldAccuracy: Object.fromEntries(Object.entries(held.foldAccuracy).map(([k, v]) => [k, r4(v)])),
    confusion: held.confusion,
    heldOutErrors: errors,
    committedModel: {
      matchesRefit: modelDistance(refit, DERIVATION_MODEL) <= STALE_AFTER,
      maxDifference: r4(modelDistance(refit, DERIVATION_MODEL)),
      resubstitutionAccuracy: r4(committedModelAccuracy(rows)),
    },
    paraphraseModel: {
      matchesRefit: paraphraseModelDistance(paraphraseRefit, PARAPHRASE_MODEL) <= STALE_AFTER,
      trainAccuracy: r4(scoreParaphrase(mrpcTrain, PARAPHRASE_MODEL).accuracy),
      // Where align-context.ts's CONTEXT_FLOOR comes from: 99% of MRPC's training paraphrases score above it.
      trainParaphraseFirstPercentile: r4(firstPercentile(mrpcTrain.filter((p) => p.paraphrase))),
    },
    stemmerMrpcTrainTwoFold: {
      porter: r4(twoFold(mrpcTrain, stem)),
      sStripper: r4(twoFold(mrpcTrain, sStem)),
      none: r4(twoFold(mrpcTrain, (t) => t)),
    },
    siblings: { precision: r4(siblings.precision), recall: r4(siblings.recall), f1: r4(siblings.f1), pairs: siblings.pairs, parentChildCalledSiblings: r4(siblings.parentChildCalledSiblings) },
    splitterMbPerSecond: Math.round(splitter * 10) / 10,
    pairs: rows.length,
    peakRssMb: peakRssMb(),
  };
  const peers: Record<string, Record<string, number>> = {
    ngram_containment_lcs_naive_bayes: { accuracy: r4(baseline.accuracy), f1: r4(baseline.f1) },
    clough_stevenson_2011_reported: REPORTED.cloughStevenson2011,
    majority_independent: { accuracy: r4(rows.filter((r) => r.truth === 'independent').length / rows.length), f1: 0 },
    mrpc_dice_threshold: { mrpcAccuracy: r4(diceOnly.accuracy), mrpcF1: r4(diceOnly.f1) },
    mrpc_madnani_2012_reported: { mrpcAccuracy: REPORTED.madnani2012.accuracy, mrpcF1: REPORTED.madnani2012.f1 },
    mrpc_ji_eisenstein_2013_reported: { mrpcAccuracy: REPORTED.jiEisenstein2013.accuracy, mrpcF1: REPORTED.jiEisenstein2013.f1 },
    mrpc_majority_paraphrase: { mrpcAccuracy: r4(positives / mrpcTest.length), mrpcF1: r4((2 * positives) / (2 * positives + mrpcTest.length - positives)) },
  };
  return {
    figures,
    peers,
    table: [
      ['data', 'system', 'accuracy', 'f1', 'protocol'],
      ['clough-stevenson', '* crosscheck', figures.accuracy, figures.f1, 'leave one task out (mean of 5 folds)'],
      ['clough-stevenson', '* crosscheck', figures.looAccuracy, '', 'leave one answer out'],
      ['clough-stevenson', 'n-gram containment + LCS, Naive Bayes (our code)', peers.ngram_containment_lcs_naive_bayes!.accuracy!, peers.ngram_containment_lcs_naive_bayes!.f1!, 'leave one task out'],
      ['clough-stevenson', 'Clough & Stevenson 2011 (as quoted in ABOUT.txt)', REPORTED.cloughStevenson2011.accuracy, '', 'their cross-validation'],
      ['clough-stevenson', 'majority class (independent)', peers.majority_independent!.accuracy!, 0, ''],
      ['mrpc test', '* crosscheck paraphrase model', figures.mrpcAccuracy, figures.mrpcF1, 'fitted on train'],
      ['mrpc test', 'content-word Dice, threshold tuned on train', diceOnly.accuracy, diceOnly.f1, 'fitted on train'],
      ['mrpc test', 'Madnani et al. 2012 (reported)', REPORTED.madnani2012.accuracy, REPORTED.madnani2012.f1, ''],
      ['mrpc test', 'Ji & Eisenstein 2013 (reported)', REPORTED.jiEisenstein2013.accuracy, REPORTED.jiEisenstein2013.f1, ''],
      ['mrpc test', 'majority class (paraphrase)', peers.mrpc_majority_paraphrase!.mrpcAccuracy!, peers.mrpc_majority_paraphrase!.mrpcF1!, ''],
      ['answer pairs', '* crosscheck siblings rule', figures.siblings.precision, figures.siblings.f1, `precision; recall ${figures.siblings.recall}`],
    ],
  };
}

function r4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** Mean accuracy of the paraphrase model fitted on one half of MRPC train and scored on the other, both ways. */
function twoFold(train: readonly ParaphrasePair[], stemmer: (token: string) => string): number {
  const even = train.filter((_, i) => i % 2 === 0);
  const odd = train.filter((_, i) => i % 2 === 1);
  const a = scoreParaphrase(odd, fitParaphraseModel(even, stemmer), stemmer).accuracy;
  const b = scoreParaphrase(even, fitParaphraseModel(odd, stemmer), stemmer).accuracy;
  return (a + b) / 2;
}

/** The one-feature baseline: content-stem Dice with the accuracy-maximising threshold on train. */
function diceBaseline(train: readonly ParaphrasePair[], test: readonly ParaphrasePair[]): { accuracy: number; f1: number } {
  const dice = (pair: ParaphrasePair) => sentenceFeatures(...profilePair(pair)).dice;
  const threshold = bestThreshold(train.map(dice), train.map((p) => p.paraphrase));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  for (const pair of test) {
    const said = dice(pair) >= threshold;
    if (said === pair.paraphrase) correct++;
    if (said && pair.paraphrase) tp++;
    else if (said) fp++;
    else if (pair.paraphrase) fn++;
  }
  return { accuracy: r4(correct / test.length), f1: r4((2 * tp) / (2 * tp + fp + fn)) };
}

/** The paraphrase probability that 99% of these pairs score above. */
function firstPercentile(pairs: readonly ParaphrasePair[]): number {
  const scores = pairs.map((pair) => paraphraseProbability(sentenceFeatures(...profilePair(pair)))).sort((a, b) => a - b);
  return scores[Math.floor(scores.length / 100)] ?? 0;
}

/** Megabytes of text per second through the sentence splitter (best of three passes over ~1 MB). */
function splitterSpeed(sample: string): number {
  const text = sample.repeat(Math.max(1, Math.ceil(1_000_000 / sample.length)));
  let best = 0;
  for (let pass = 0; pass < 3; pass++) {
    const started = performance.now();
    splitSentences(text);
    best = Math.max(best, text.length / 1e6 / ((performance.now() - started) / 1000));
  }
  return best;
}
