import type { ArticleFeatures } from '../../src/stories/article-features.js';

/**
 * The features of a throughput run's articles, as its split checks read them back (src/stories/story-split.ts needs
 * a story's members; the store reads them from the stored articles, src/app/story-members.ts). Keeping every
 * article's features cost ~14 kB an article (measured on the 200-a-day stream: 3.1 GB peak RSS at 100k stored), so
 * 1M stored could not be held; here only the most recently used `capacity` are kept, and any other article is
 * generated again from its index (bench/lib/story-throughput.ts replays the generator from its saved position), so
 * the clusterer sees exactly the features it would with all of them kept, and decides exactly the same.
 */
export class KeptFeatures {
  /** Least recently used first (a Map iterates in insertion order; a read moves the entry to the end). */
  private readonly recent = new Map<number, ArticleFeatures>();
  /** Reads that had to generate the article again: the cost of the bound, reported with the run. */
  misses = 0;

  constructor(private readonly capacity: number, private readonly regenerate: (index: number) => ArticleFeatures) {}

  keep(index: number, features: ArticleFeatures): void {
    this.recent.delete(index);
    this.recent.set(index, features);
    if (this.recent.size > this.capacity) this.recent.delete(this.recent.keys().next().value!);
  }

  get(index: number): ArticleFeatures {
    const kept = this.recent.get(index);
    if (kept !== undefined) {
      this.keep(index, kept);
      return kept;
    }
    this.misses++;
    const features = this.regenerate(index);
    this.keep(index, features);
    return features;
  }
}
