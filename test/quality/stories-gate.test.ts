import { describe, expect, it } from 'vitest';
import { readBaseline } from '../../bench/lib/baseline.js';
import { evaluateEcbPlus, evaluateNewsWcl50, evaluateStoryChains } from '../../bench/lib/story-eval.js';
import { newsWcl50Stream } from '../../bench/lib/story-corpus.js';
import { measureThroughput } from '../../bench/lib/story-throughput.js';

/**
 * Quality gate: online story clustering with the committed models and thresholds (src/stories/join-model.ts) must
 * not fall below the floors in bench/baselines/stories.json. It runs the `stories` bench's whole quality evaluation
 * (ECB+ test topics 26-45, NewsWCL50, the story-chain pairs; ~1,100 articles, a few seconds) and leaves out only
 * the throughput runs' timings, which belong to `npm run bench -- stories`. The 10k throughput run's stories are
 * scored against the generated events (`generatedF1At10k`, ~20 s): the one figure where posting lists grow long.
 */
describe('stories quality gate', () => {
  it('feeds NewsWCL50 in publication order, dated from the URLs, undated articles last', () => {
    const stream = newsWcl50Stream();
    const dated = stream.filter((a) => a.article.publishedAt !== null).map((a) => a.article.publishedAt!);
    expect(dated).toHaveLength(47);
    expect(stream.slice(0, 47).every((a) => a.article.publishedAt !== null)).toBe(true);
    expect([...dated].sort()).toEqual(dated);
    expect(dated[0]).toBe('2018-04-17T12:00:00.000Z');
    // HuffPost's object id 5ad68f54... is 2018-04-18 00:20:36 UTC.
    expect(stream.find((a) => a.article.id.endsWith('/0_LL'))?.article.publishedAt).toBe('2018-04-18T00:20:36.000Z');
    expect(new Set(stream.map((a) => a.article.id)).size).toBe(50);
  });

  it('keeps ECB+, NewsWCL50, story-chain and generated-event scores at or above their floors', async () => {
    const ecb = await evaluateEcbPlus('test');
    const wcl = await evaluateNewsWcl50();
    const chains = await evaluateStoryChains();
    expect(ecb.articles).toBe(447);
    expect(wcl.articles).toBe(50);
    expect(chains.goldPairs).toBe(88);
    const scale = await measureThroughput(10_000);
    expect(scale.stored + 2 * scale.measured).toBe(14_000);
    const figures: Record<string, number> = {
      generatedF1At10k: scale.quality.f1,
      f1: ecb.bcubed.f1, precision: ecb.bcubed.precision, recall: ecb.bcubed.recall, pairwiseF1: ecb.pairwise.f1,
      newswcl50F1: wcl.bcubed.f1, chainsF1: chains.f1, chainsPrecision: chains.precision, chainsRecall: chains.recall,
    };
    for (const [figure, floor] of Object.entries(readBaseline('stories'))) {
      expect(figures[figure], figure).toBeGreaterThanOrEqual(floor);
    }
  });
});
