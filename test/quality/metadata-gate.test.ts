import { describe, expect, it } from 'vitest';
import { readBaseline } from '../../bench/lib/baseline.js';
import { METADATA_NOW, aggregateMetadata, loadMetadataPages, runMetadata, titleMatches } from '../../bench/lib/metadata-eval.js';

/**
 * Quality gate: HTML metadata and main text on the trafilatura evaluation corpus (../shared/data/trafilatura-eval,
 * 990 pages; matching rules in bench/lib/metadata-eval.ts) must not fall below the floors pinned in
 * bench/baselines/metadata.json. The clock is fixed (METADATA_NOW), so the dates refused as "in the future" are the
 * same on every run. Extracting the 990 pages took 37 s inside vitest on an idle machine; the timeout leaves room for
 * a loaded one (the quality gates run in parallel) without letting a hang stall the suite.
 */
const GATE_TIMEOUT_MS = 120_000;

describe('metadata quality gate', () => {
  it('keeps title, date and author accuracy and snippet F1 at or above their floors', { timeout: GATE_TIMEOUT_MS }, () => {
    const pages = loadMetadataPages();
    expect(pages).toHaveLength(990);
    const scores = aggregateMetadata(runMetadata(pages, METADATA_NOW).outcomes);
    const floors = readBaseline('metadata');
    for (const [figure, floor] of Object.entries(floors)) {
      expect(scores[figure as keyof typeof scores], figure).toBeGreaterThanOrEqual(floor);
    }
  });
});

describe('metadata scoring', () => {
  it('compares titles case-insensitively, capitals of ß included', () => {
    expect(titleMatches('EINE GROSSE CHANCE FÜR DEN SPORT', 'Eine große Chance für den Sport')).toBe(true);
    expect(titleMatches('Eine große Chance', 'Eine Chance')).toBe(false);
  });
});
