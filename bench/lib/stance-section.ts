import { STANCE_MODEL } from '../../src/corroborate/stance-model.js';
import type { LinearModel } from '../../src/corroborate/stance.js';
import { loadFnc1, STANCES } from './fnc1.js';
import { crossValidatedStances, fitStanceModel, scoreStances, STANCE_FOLDS, stanceRows } from './stance-eval.js';

/**
 * The claims bench's FNC-1 section: our cross-validated figures, the published systems' beside them, and how far
 * the committed model (src/corroborate/stance-model.ts) is from a refit on the same data (0 when the features and
 * the fit are unchanged; re-derive the constants when it is not).
 *
 * Peers: the FNC-1 competition's official scores (fakenewschallenge.org leaderboard: SOLAT in the SWEN 0.8202,
 * Athene 0.8197, UCLMR 0.8172, the official baseline 0.7520), and the per-class F1 of the top three and of the
 * stacked LSTM as reproduced by Hanselowski et al. (2018, "A Retrospective Analysis of the Fake News Challenge
 * Stance-Detection Task", COLING, Table 3). All were trained on the 49,972 training pairs and scored on this test
 * set; ours are cross-validated on the test set alone (the training stances are not available here).
 */
export function stanceSection(): { figures: Record<string, unknown>; peers: Record<string, unknown>; table: (string | number)[][] } {
  const started = performance.now();
  const rows = stanceRows(loadFnc1());
  const scores = scoreStances(rows.gold, crossValidatedStances(rows));
  const refit = fitStanceModel(rows);
  const drift = Math.max(modelDrift(refit.related, STANCE_MODEL.related), modelDrift(refit.discuss, STANCE_MODEL.discuss), modelDrift(refit.agree, STANCE_MODEL.agree));
  const perClass = Object.fromEntries(STANCES.map((s) => {
    const c = scores.perClass[s];
    return [s, { precision: r4(c.precision), recall: r4(c.recall), f1: r4(c.f1), gold: c.gold, predicted: c.predicted }];
  }));
  const figures = {
    score: r4(scores.score),
    relatedAccuracy: r4(scores.relatedAccuracy),
    macroF1: r4(scores.macroF1),
    perClass,
    confusion: scores.confusion,
    pairs: rows.gold.length,
    claims: rows.claims,
    folds: STANCE_FOLDS,
    committedModelDrift: r4(drift),
    seconds: r4((performance.now() - started) / 1000),
  };
  const peers = {
    fnc1_solat_talos: { score: 0.8202, macroF1: 0.582, perClassF1: { agree: 0.539, disagree: 0.035, discuss: 0.760, unrelated: 0.994 } },
    fnc1_athene: { score: 0.8197, macroF1: 0.604, perClassF1: { agree: 0.487, disagree: 0.151, discuss: 0.780, unrelated: 0.996 } },
    fnc1_uclmr: { score: 0.8172, macroF1: 0.583, perClassF1: { agree: 0.479, disagree: 0.114, discuss: 0.747, unrelated: 0.989 } },
    fnc1_stacked_lstm: { score: 0.821, macroF1: 0.609, perClassF1: { agree: 0.501, disagree: 0.180, discuss: 0.757, unrelated: 0.995 } },
    fnc1_official_baseline: { score: 0.7520 },
  };
  const f = (s: (typeof STANCES)[number]) => scores.perClass[s].f1.toFixed(3);
  const table: (string | number)[][] = [
    ['fnc-1 (grouped CV)', 'score', figures.score, `related/unrelated accuracy ${figures.relatedAccuracy.toFixed(3)}; winner 0.8202, Athene 0.8197, UCLMR 0.8172`],
    ['fnc-1 (grouped CV)', 'macro F1', figures.macroF1, `agree ${f('agree')} disagree ${f('disagree')} discuss ${f('discuss')} unrelated ${f('unrelated')}; Athene 0.604, stacked LSTM 0.609`],
    ['fnc-1 (grouped CV)', 'model drift', figures.committedModelDrift, 'largest |committed - refit| weight (0: stance-model.ts is current)'],
  ];
  return { figures, peers, table };
}

function modelDrift(a: LinearModel, b: LinearModel): number {
  const names = new Set([...Object.keys(a.weights), ...Object.keys(b.weights)]) as Set<keyof LinearModel['weights']>;
  let worst = Math.abs(a.bias - b.bias);
  for (const n of names) worst = Math.max(worst, Math.abs((a.weights[n] ?? 0) - (b.weights[n] ?? 0)));
  return worst;
}

function r4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
