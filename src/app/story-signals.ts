import type { Article } from '../model/article.js';
import type { Signal } from '../model/signal.js';
import type { StoredStory, Store } from '../ports/store.js';
import { medianDate } from '../reuse/signals/date-disagreement.js';
import { detectStorySignals } from '../reuse/signals/detect-signals.js';
import { NameFormCoverage } from '../reuse/signals/proper-noun-runs.js';

/**
 * The signals that compare an article with the rest of its story: names it spells differently from the coverage
 * (`rewrite.mangled-name`) and a date well after the coverage's while its text claims recency (`date.late`). They
 * depend on the coverage as it is when asked (the first article of a story has nothing to compare with until
 * others arrive), so they are computed when read, never stored: what a reader sees is always current.
 */

/**
 * Other members read as an article's coverage, the most recently joined: enough for a name's dominant spelling and
 * a median date (the demo corpus's stories hold 6-15), and a bound on the reads for a story of thousands.
 */
const COVERAGE_MEMBERS = 50;

/** One article's story signals (`crosscheck article`). */
export async function storySignals(store: Store, article: Article): Promise<Signal[]> {
  const storyId = (await store.storiesOf([article.id])).get(article.id);
  const stored = storyId === undefined ? null : await store.getStory(storyId);
  if (!stored) return [];
  const coverage = await StoryCoverage.read(store, stored);
  return coverage.signalsOf(article);
}

/**
 * Every article's story signals, by article id, for a report over the whole store (`crosscheck outlets`): each
 * story's coverage is read and scanned once for all of its members. Only articles with a signal are in the map.
 */
export async function storySignalsOfAll(store: Store): Promise<Map<string, Signal[]>> {
  const out = new Map<string, Signal[]>();
  for await (const stored of store.iterateStories()) {
    for (const [id, signals] of await storySignalsOfStory(store, stored)) out.set(id, signals);
  }
  return out;
}

/**
 * The story signals of one story's members (`crosscheck brief`), its coverage read and scanned once; `articles`
 * are members already read, so they are not read again. Only articles with a signal are in the map.
 */
export async function storySignalsOfStory(store: Store, stored: StoredStory, articles: ReadonlyMap<string, Article> = new Map()): Promise<Map<string, Signal[]>> {
  const out = new Map<string, Signal[]>();
  if (stored.articleIds.length < 2) return out;
  const coverage = await StoryCoverage.read(store, stored, articles);
  for (const id of stored.articleIds) {
    const article = articles.get(id) ?? coverage.member(id) ?? (await store.getArticle(id));
    if (!article) continue;
    const signals = coverage.signalsOf(article);
    if (signals.length > 0) out.set(id, signals);
  }
  return out;
}

/** A story's most recent members, as the coverage each of its articles is compared with. */
class StoryCoverage {
  readonly #recent: readonly Article[];
  readonly #names: NameFormCoverage;

  private constructor(recent: readonly Article[]) {
    this.#recent = recent;
    this.#names = new NameFormCoverage(recent.map((a) => a.text));
  }

  /** The story's COVERAGE_MEMBERS + 1 most recent members: with one of them left out, 50 remain for each. */
  static async read(store: Store, stored: StoredStory, known: ReadonlyMap<string, Article> = new Map()): Promise<StoryCoverage> {
    const recent: Article[] = [];
    for (const id of stored.articleIds.slice(-(COVERAGE_MEMBERS + 1))) {
      const article = known.get(id) ?? (await store.getArticle(id));
      if (article) recent.push(article);
    }
    return new StoryCoverage(recent);
  }

  member(id: string): Article | undefined {
    return this.#recent.find((a) => a.id === id);
  }

  /** The article against the 50 most recent OTHER members (its own text never counts as coverage). */
  signalsOf(article: Article): Signal[] {
    let left = this.#recent.findIndex((a) => a.id === article.id);
    // An older member: the oldest of the recent ones is left out instead, so 50 remain.
    if (left < 0 && this.#recent.length > COVERAGE_MEMBERS) left = 0;
    const others = this.#recent.filter((_, i) => i !== left);
    if (others.length === 0) return [];
    return detectStorySignals(article, { nameForms: this.#names.without(left), storyMedianDate: medianDate(others.map((a) => a.publishedAt)) });
  }
}
