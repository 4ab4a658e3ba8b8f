/**
 * Assignment throughput of the online clusterer over the in-memory index: `stored` generated articles
 * (bench/lib/synthetic-news.ts: seeded, ~400-word Zipf bodies, one in ten an edited copy of a recent one) are
 * assigned first, then the next `measured` ones are timed, twice: end to end (features, lookup, scoring, write)
 * and with features computed beforehand (the index and decision alone, as a store-backed worker would see it when
 * features come from the analysis stage).
 *
 * Speed at scale is worth nothing if the stories go wrong at scale, where the labelled sets (a few hundred articles)
 * never reach: every generated article knows the event it reports, so the run also scores the final clustering of
 * all its articles against those events (B-cubed, `quality`). A change to the lookup that reads less (fewer
 * postings, fewer candidates) shows here whether it loses stories once the posting lists are long.
 */
import { createHash } from 'node:crypto';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import type { ArticleFeatures, StoryArticle } from '../../src/stories/article-features.js';
import { articleFeatures } from '../../src/stories/article-features.js';
import { MemoryStoryIndex } from '../../src/stories/memory-story-index.js';
import type { StoryClustererOptions, StoryMembers } from '../../src/stories/story-clusterer.js';
import { StoryClusterer } from '../../src/stories/story-clusterer.js';
import type { Scores } from './cluster-metrics.js';
import { bcubed } from './cluster-metrics.js';
import { KeptFeatures } from './kept-features.js';
import type { SyntheticArticle } from './synthetic-news.js';
import { mulberry32, mulberry32After, syntheticArticle } from './synthetic-news.js';

export interface ThroughputResult {
  readonly stored: number;
  readonly measured: number;
  /** Articles per second, end to end. */
  readonly perSecond: number;
  /** Articles per second with features already computed. */
  readonly assignPerSecond: number;
  readonly msPerArticle: number;
  /** The same with features given. */
  readonly assignMsPerArticle: number;
  /** Articles a day of the generated stream, or null for the one-month corpus. */
  readonly perDay: number | null;
  readonly stories: number;
  readonly loadSeconds: number;
  /** B-cubed of the final stories of every article of the run (stored and measured) against their events. */
  readonly quality: Scores;
  /** Resident set size at the end of the run, MB: the index and what the run keeps, at this size. */
  readonly rssMb: number;
  /** Split-check reads of an article whose features were no longer kept, generated again (KeptFeatures). */
  readonly featureMisses: number;
  /** Stories whose profiles were off the heap at the end (memory-story-index.ts QUIET_DAYS), and read-backs of such. */
  readonly quietStories: number;
  readonly quietReads: number;
  /**
   * A digest of every article's final story, in assignment order: two runs with the same digest made the same
   * decisions, so a change meant to be behaviour-neutral (speed, memory) is checked at every size, not just by F1.
   */
  readonly decisions: string;
  /**
   * The same digest over the stored articles' stories right after loading, before any measured article: it
   * depends on the stored size alone, so runs that measure different numbers of articles can still be compared.
   */
  readonly loadDecisions: string;
  /** Garbage collection during the features-given window: pauses counted and their total, ms (young and major). */
  readonly assignGc: GcPauses;
  /** The same during the end-to-end window. */
  readonly endToEndGc: GcPauses;
}

export interface GcPauses {
  readonly young: number;
  readonly major: number;
  readonly ms: number;
}

/** Called every PROGRESS_EVERY stored articles while a run loads: a long run shows its speed and memory as it goes. */
export type ThroughputProgress = (loaded: number, seconds: number, rssMb: number) => void;
/** A 1M-article load takes tens of minutes; every 50k is often enough to see the memory growth. */
const PROGRESS_EVERY = 50_000;
const rssMb = () => Math.round(process.memoryUsage().rss / 1024 / 1024);

const SEED = 20_240_301;
/**
 * Features kept in memory for the split checks (KeptFeatures); older ones are generated again when read. 20,000 is
 * 100 days of the 200-a-day stream, over twice the 45-day story window, and 100 times the reach of the generator's
 * follow-ups (200 articles) and copies (500): members older than that are rare, and each read costs one article's
 * generation and features (`featureMisses` counts them). ~14 kB an article: ~280 MB.
 */
const KEPT_FEATURES = 20_000;
const ID_PREFIX = 'synthetic-';

/**
 * `perDay`: the generator's stream rate (synthetic-news.ts); without it every article falls in one month, so a
 * larger corpus is a denser window rather than a longer stream.
 */
export async function measureThroughput(stored: number, measured = 2_000, options: StoryClustererOptions = {}, perDay?: number, progress?: ThroughputProgress): Promise<ThroughputResult> {
  const total = stored + 2 * measured;
  const seeded = mulberry32(SEED);
  let draws = 0;
  const random = () => {
    draws++;
    return seeded();
  };
  // Where the generator stood before each article, so that article can be generated again (KeptFeatures).
  const drawsBefore = new Float64Array(total);
  const events = new Int32Array(total);
  const storyArticle = (index: number, a: SyntheticArticle): StoryArticle =>
    ({ id: `${ID_PREFIX}${index}`, title: a.title, text: a.text, publishedAt: a.published, outlet: a.outlet });
  const toStoryArticle = (index: number): StoryArticle => {
    drawsBefore[index] = draws;
    const a = syntheticArticle(index, random, undefined, perDay);
    events[index] = a.event;
    return storyArticle(index, a);
  };
  const regenerate = (index: number) =>
    articleFeatures(storyArticle(index, syntheticArticle(index, mulberry32After(SEED, drawsBefore[index]!), undefined, perDay)));
  const index = new MemoryStoryIndex();
  // Split checks read members' features back, as the store does.
  const kept = new KeptFeatures(KEPT_FEATURES, regenerate);
  const indexOf = (id: string) => Number(id.slice(ID_PREFIX.length));
  const members: StoryMembers = async (storyId, limit) => index.membersOf(storyId).slice(0, limit).map((id) => kept.get(indexOf(id)));
  const clusterer = new StoryClusterer(index, { members, ...options });
  const assign = (features: ArticleFeatures) => {
    kept.keep(indexOf(features.id), features);
    return clusterer.assignFeatures(features);
  };
  const loadStarted = performance.now();
  for (let i = 0; i < stored; i++) {
    await assign(articleFeatures(toStoryArticle(i)));
    if (progress !== undefined && (i + 1) % PROGRESS_EVERY === 0) progress(i + 1, (performance.now() - loadStarted) / 1000, rssMb());
  }
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const loadDecisions = decisionDigest(index.assignmentEntries());

  const endToEnd = Array.from({ length: measured }, (_, k) => toStoryArticle(stored + k));
  const endToEndPauses = await watchingGc();
  const started = performance.now();
  for (const article of endToEnd) await assign(articleFeatures(article));
  const seconds = (performance.now() - started) / 1000;
  const endToEndGc = await endToEndPauses();

  const prepared: ArticleFeatures[] = Array.from({ length: measured }, (_, k) => articleFeatures(toStoryArticle(stored + measured + k)));
  const assignPauses = await watchingGc();
  const assignStarted = performance.now();
  for (const features of prepared) await assign(features);
  const assignSeconds = (performance.now() - assignStarted) / 1000;
  const assignGc = await assignPauses();

  const assignments = index.assignments();
  return {
    stored, measured,
    perSecond: Math.round(measured / seconds),
    assignPerSecond: Math.round(measured / assignSeconds),
    msPerArticle: Math.round((seconds / measured) * 1000 * 1000) / 1000,
    assignMsPerArticle: Math.round((assignSeconds / measured) * 1000 * 1000) / 1000,
    perDay: perDay ?? null,
    stories: index.storyCount(),
    loadSeconds: Math.round(loadSeconds * 10) / 10,
    quality: roundScores(bcubed(assignments, new Map([...events].map((event, i) => [`${ID_PREFIX}${i}`, String(event)])))),
    decisions: decisionDigest(assignments),
    loadDecisions,
    assignGc,
    endToEndGc,
    rssMb: rssMb(),
    featureMisses: kept.misses,
    quietStories: index.quietStories,
    quietReads: index.quietReads,
  };
}

/**
 * Counts the collector's pauses from now until the returned function is called; that call resolves to the counts.
 * The observer reports asynchronously, so it starts after a turn of the event loop (no pause from before is
 * counted) and stops after one (the window's last pauses arrive).
 */
async function watchingGc(): Promise<() => Promise<GcPauses>> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  const gc = { young: 0, major: 0, ms: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as unknown as { detail?: { kind?: number } }).detail?.kind;
      if (kind === constants.NODE_PERFORMANCE_GC_MINOR) gc.young++;
      else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) gc.major++;
      gc.ms += entry.duration;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    return { young: gc.young, major: gc.major, ms: Math.round(gc.ms) };
  };
}

/** The first 16 hex digits of a SHA-256 over `article story` lines, in assignment order. */
function decisionDigest(assignments: Iterable<[string, string]>): string {
  const hash = createHash('sha256');
  for (const [article, story] of assignments) hash.update(`${article} ${story}\n`);
  return hash.digest('hex').slice(0, 16);
}

function roundScores(s: Scores): Scores {
  const r = (x: number) => Math.round(x * 10_000) / 10_000;
  return { precision: r(s.precision), recall: r(s.recall), f1: r(s.f1) };
}
