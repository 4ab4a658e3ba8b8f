import { describe, expect, it } from 'vitest';
import { readBaseline } from '../../bench/lib/baseline.js';
import { loadCloughStevenson } from '../../bench/lib/clough-stevenson.js';
import { loadMrpc } from '../../bench/lib/mrpc.js';
import { scoreParaphrase } from '../../bench/lib/paraphrase-eval.js';
import { evaluateLeaveOneTaskOut, measureCases, modelDistance, trainDerivationModel } from '../../bench/lib/reuse-eval.js';
import { DERIVATION_MODEL } from '../../src/reuse/derivation-model.js';
import { PARAPHRASE_MODEL } from '../../src/reuse/sentence-paraphrase-model.js';

/**
 * Quality gate: derivation degree on Clough & Stevenson's corpus (leave one task out: 4-way accuracy, derived-vs-not
 * F1/P/R) and the paraphrase model on MRPC test must not fall below the floors in bench/baselines/reuse.json, and the
 * committed derivation constants must still be what fitting on the whole corpus gives (they are derived, not tuned).
 */
describe('reuse quality gate', () => {
  const cases = loadCloughStevenson();
  const { rows } = measureCases(cases);

  it('keeps derivation and paraphrase scores at or above their floors', () => {
    expect(cases).toHaveLength(95);
    const held = evaluateLeaveOneTaskOut(rows);
    const mrpc = scoreParaphrase(loadMrpc('test'), PARAPHRASE_MODEL);
    const scores: Record<string, number> = { ...held, mrpcAccuracy: mrpc.accuracy, mrpcF1: mrpc.f1 } as unknown as Record<string, number>;
    for (const [figure, floor] of Object.entries(readBaseline('reuse'))) {
      expect(scores[figure], figure).toBeGreaterThanOrEqual(floor);
    }
  });

  it('has committed derivation constants that match a refit on the corpus', () => {
    expect(modelDistance(trainDerivationModel(rows), DERIVATION_MODEL)).toBeLessThanOrEqual(5e-4);
  });
});
