import type { Article } from '../model/article.js';
import type { Signal } from '../model/signal.js';
import type { Store } from '../ports/store.js';
import { medianDate } from '../reuse/signals/date-disagreement.js';
import { detectStorySignals } from '../reuse/signals/detect-signals.js';
import { buildNameForms } from '../reuse/signals/proper-noun-runs.js';

/**
 * The signals that compare an article with the rest of its story: names it spells differently from the coverage
 * (`rewrite.mangled-name`) and a date well after the coverage's while its text claims recency (`date.late`). They
 * depend on the coverage as it is when asked (the first article of a story has nothing to compare with until
 * others arrive), so they are computed when read, never stored: what a reader sees is always current.
 */

/**
 * Other members read as the coverage, the most recently joined: enough for a name's dominant spelling and a
 * median date (the demo corpus's stories hold 6-15), and a bound on the reads for a story of thousands.
 */
const COVERAGE_MEMBERS = 50;

export async function storySignals(store: Store, article: Article): Promise<Signal[]> {
  const storyId = (await store.storiesOf([article.id])).get(article.id);
  if (storyId === undefined) return [];
  const stored = await store.getStory(storyId);
  if (!stored) return [];
  const others: Article[] = [];
  for (const id of stored.articleIds.filter((member) => member !== article.id).slice(-COVERAGE_MEMBERS)) {
    const other = await store.getArticle(id);
    if (other) others.push(other);
  }
  if (others.length === 0) return [];
  return detectStorySignals(article, { nameForms: buildNameForms(others.map((a) => a.text)), storyMedianDate: medianDate(others.map((a) => a.publishedAt)) });
}
