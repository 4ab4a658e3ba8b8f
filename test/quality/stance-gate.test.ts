import { describe, expect, it } from 'vitest';
import { readBaseline } from '../../bench/lib/baseline.js';
import { loadFnc1, STANCES } from '../../bench/lib/fnc1.js';
import { crossValidatedStances, fitStanceModel, predict, scoreStances, stanceRows } from '../../bench/lib/stance-eval.js';
import { STANCE_MODEL } from '../../src/corroborate/stance-model.js';

/**
 * Quality gate for claim stance: FNC-1 by grouped cross-validation over its claims (bench/lib/stance-eval.ts,
 * exactly the bench's figures) must not fall below bench/baselines/stance.json; and the committed model must be
 * the fit the bench derives today, so a feature change cannot ship with stale constants.
 */
describe('stance quality gate', () => {
  const rows = stanceRows(loadFnc1());

  it('keeps the FNC-1 score, related accuracy and per-class F1 at or above their floors', () => {
    const scores = scoreStances(rows.gold, crossValidatedStances(rows));
    const figures: Record<string, number> = { score: scores.score, relatedAccuracy: scores.relatedAccuracy, macroF1: scores.macroF1 };
    for (const s of STANCES) figures[`${s}F1`] = scores.perClass[s].f1;
    for (const [figure, floor] of Object.entries(readBaseline('stance'))) {
      expect(figures[figure], figure).toBeGreaterThanOrEqual(floor);
    }
  }, 120_000);

  it('ships the model that the data refits to', () => {
    const refit = fitStanceModel(rows);
    for (const part of ['related', 'discuss', 'agree'] as const) {
      expect(STANCE_MODEL[part].bias, part).toBeCloseTo(refit[part].bias, 3);
      for (const [name, weight] of Object.entries(refit[part].weights)) expect(STANCE_MODEL[part].weights[name as keyof typeof refit.related.weights], `${part}.${name}`).toBeCloseTo(weight!, 3);
    }
    // The committed constants decide (nearly) every pair as the refit does.
    const same = rows.inputs.filter((x) => predict(STANCE_MODEL, x) === predict(refit, x)).length;
    expect(same / rows.inputs.length).toBeGreaterThan(0.999);
  }, 120_000);
});
