import type { Store } from '../ports/store.js';
import type { OutletScore } from '../reuse/signals/machine-rewrite-score.js';
import { OutletTally, machineRewriteScore } from '../reuse/signals/machine-rewrite-score.js';
import { storySignalsOfAll } from './story-signals.js';

/**
 * Per outlet, how likely its articles are machine rewrites (src/reuse/signals/machine-rewrite-score.ts: a Bayesian
 * average of its articles' scores), with the reasons. One pass over the stories for the signals that compare an
 * article with its story (kept only for the articles that have one), then one over the stored articles, a page at
 * a time, keeping one tally per outlet.
 */

export interface OutletReportRow extends OutletScore {
  /** The outlet's name as stored; null gathers the articles whose outlet is unknown. */
  readonly outlet: string | null;
}

export async function outletReport(store: Store): Promise<OutletReportRow[]> {
  // Mangled names and late dates compare an article with its story: found first, story by story (story-signals.ts).
  const fromStories = await storySignalsOfAll(store);
  const tallies = new Map<string | null, OutletTally>();
  for await (const article of store.iterateArticles()) {
    let tally = tallies.get(article.outlet);
    if (!tally) tallies.set(article.outlet, (tally = new OutletTally()));
    tally.add(machineRewriteScore([...article.signals, ...(fromStories.get(article.id) ?? [])]));
  }
  return [...tallies].map(([outlet, tally]) => ({ outlet, ...tally.score() }))
    // Most suspect first; among equals the outlet with more articles, then by name, so the order is stable.
    .sort((a, b) => b.score - a.score || b.articles - a.articles || (a.outlet ?? '').localeCompare(b.outlet ?? ''));
}
