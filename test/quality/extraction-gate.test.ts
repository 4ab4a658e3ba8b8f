import { describe, expect, it } from 'vitest';
import { readBaseline } from '../../bench/lib/baseline.js';
import { loadExtractionPages, runOurs, scorePredictions } from '../../bench/lib/extraction-eval.js';

/**
 * Quality gate: the extraction benchmark (../shared/data/article-extraction-benchmark, its own 4-gram shingle
 * metric) must not fall below the floors pinned in bench/baselines/extraction.json.
 */
describe('extraction quality gate', () => {
  it('keeps F1, precision and recall at or above their floors', () => {
    const pages = loadExtractionPages();
    expect(pages).toHaveLength(181);
    const { scores } = scorePredictions(pages, runOurs(pages, new Date('2026-01-01T00:00:00Z')).predictions);
    const floors = readBaseline('extraction');
    for (const [figure, floor] of Object.entries(floors)) {
      expect(scores[figure as keyof typeof scores], figure).toBeGreaterThanOrEqual(floor);
    }
  });
});
