import { describe, expect, it } from 'vitest';
import { readBaseline } from '../../bench/lib/baseline.js';
import { loadEcbPlus, loadNewsWcl50 } from '../../bench/lib/rewrite-corpus.js';
import { runRewrites } from '../../bench/lib/rewrite-eval.js';
import { GATE_GROUPS, generateRewriteSet, REWRITE_SEED } from '../../bench/lib/rewrite-generator.js';

/**
 * Quality gate: who copied whom on rewrites generated from real news (the `rewrites` bench's generator and
 * evaluation, on its seeded gate subset of 13 topic groups, a quarter of the set: bench/lib/rewrite-generator.ts
 * GATE_GROUPS) must not fall below the floors in bench/baselines/rewrites.json.
 */
describe('rewrites quality gate', () => {
  it('keeps edge precision and recall, direction, siblings (labelled, and in one family) and drift recall at or above their floors', () => {
    const groups = generateRewriteSet([...loadEcbPlus(), ...loadNewsWcl50()], { seed: REWRITE_SEED, groups: GATE_GROUPS });
    expect(groups).toHaveLength(GATE_GROUPS.length);
    const { scores } = runRewrites(groups);
    const figures: Record<string, number> = {
      precision: scores.precision, recall: scores.recall, f1: scores.f1, directionAccuracy: scores.directionAccuracy,
      siblingsAccuracy: scores.siblingsAccuracy, siblingsSameFamily: scores.siblingsSameFamily, driftRecall: scores.driftRecall,
    };
    for (const [figure, floor] of Object.entries(readBaseline('rewrites'))) {
      expect(figures[figure], figure).toBeGreaterThanOrEqual(floor);
    }
  });
});
