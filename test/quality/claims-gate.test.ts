import { describe, expect, it } from 'vitest';
import { readBaseline } from '../../bench/lib/baseline.js';
import { ECB_PAIRS_GATE_TOPICS, evaluateClaimAlignment } from '../../bench/lib/claim-alignment-eval.js';
import { binaryScores, scorePairs } from '../../bench/lib/claim-pairs-eval.js';
import { evaluateContradictions } from '../../bench/lib/contradiction-eval.js';
import { CONTRADICTION_SEED, GATE_GROUPS, generateReportPairs, PLANTED_TYPES } from '../../bench/lib/contradiction-generator.js';
import { loadEcbPlusGazetteer } from '../../bench/lib/ecbplus-gazetteer.js';
import { loadEcbSentencePairs } from '../../bench/lib/ecbplus-sentence-pairs.js';
import { loadMrpc } from '../../bench/lib/mrpc.js';
import { loadEcbPlus, loadNewsWcl50 } from '../../bench/lib/rewrite-corpus.js';

/**
 * Quality gate: "same claim?" on MRPC test as the grouping decides it (accuracy, F1 at GROUP_THRESHOLD) and
 * contradiction typing on the generated set's seeded gate subset (bench/lib/contradiction-generator.ts
 * GATE_GROUPS: 11 ECB+ topics and 2 NewsWCL50 events, about a quarter of the set; each article is seeded from its
 * own id, so these pairs are exactly the bench's) must not fall below the floors in bench/baselines/claims.json:
 * precision and recall per planted type, the share of unchanged copies with no contradiction, and the share of
 * revised figures read as updates. Cross-document claim alignment against ECB+ event coreference (pairwise F1 over
 * validated sentence pairs, bench/lib/claim-alignment-eval.ts) on the fixed topic subset ECB_PAIRS_GATE_TOPICS
 * (topics 36-45) must stay at or above `ecbplusF1`.
 */
describe('claims quality gate', () => {
  it('keeps MRPC and generated-contradiction scores at or above their floors', () => {
    const mrpc = loadMrpc('test');
    const same = binaryScores(scorePairs(mrpc).scores, mrpc.map((p) => p.paraphrase));
    const pairs = generateReportPairs([...loadEcbPlus(), ...loadNewsWcl50()], { seed: CONTRADICTION_SEED, groups: GATE_GROUPS, gazetteer: loadEcbPlusGazetteer() });
    const generated = evaluateContradictions(pairs);
    const figures: Record<string, number> = {
      accuracy: same.accuracy,
      f1: same.f1,
      controlsClean: 1 - generated.falseContradictionRate,
      updatesFound: generated.updatesFound / Math.max(1, generated.updates),
    };
    for (const t of PLANTED_TYPES) {
      figures[`${t}Precision`] = generated.perType[t].precision;
      figures[`${t}Recall`] = generated.perType[t].recall;
    }
    for (const [figure, floor] of Object.entries(readBaseline('claims')).filter(([f]) => !f.startsWith('ecbplus'))) {
      expect(figures[figure], figure).toBeGreaterThanOrEqual(floor);
    }
  }, 120_000);

  it('keeps cross-document claim alignment on ECB+ event coreference at or above its floor', () => {
    const alignment = evaluateClaimAlignment(loadEcbSentencePairs(ECB_PAIRS_GATE_TOPICS));
    expect(alignment.all.f1, 'ecbplusF1').toBeGreaterThanOrEqual(readBaseline('claims').ecbplusF1!);
  }, 60_000);
});
