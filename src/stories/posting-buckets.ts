/**
 * Posting lists split by publication time, so a lookup reads only the postings of its time window.
 *
 * A story is found through the keys of its articles (candidate-keys.ts). With one list per key, a dated lookup read
 * the key's newest postings whatever their age and dropped the stories outside the window afterwards: on a stream
 * of 200 articles a day (the window holds ~9,000), a lookup read 39 postings a query at 10k stored, 148 at 40k and
 * 298 at 80k, almost all of stories months old, and the assignment's CPU cost rose from 1.0 to 2.0 ms an article
 * (.tmp measurement over MemoryStoryIndex, session 10). So each posting is written twice:
 *
 * - under the key itself, newest last: what an undated lookup reads (no window applies to it), as before;
 * - under the key and its article's time bucket (BUCKET_DAYS wide), or the undated bucket for an undated article:
 *   what a dated lookup reads, bucket by bucket from the newest of its window down to the oldest, then the undated
 *   bucket (undated stories pass every window). Postings older than the window are never read, however the
 *   articles arrived: a backfill of last year's archive lands in last year's buckets.
 *
 * `postingsPerKey` still bounds what one key costs: it counts across the key's buckets.
 */

const DAY_MS = 86_400_000;
/**
 * Width of a time bucket. The window reaches STORY_WINDOW_DAYS (45) either side of the article, so 30-day buckets
 * make 4-5 lists a key and a lookup reads postings at most one bucket older than the window; narrower buckets
 * read closer to the window but cost more lists (each an SQL range read or cache entry in the store).
 */
export const BUCKET_DAYS = 30;
/** Between a key and its bucket: a control character no tokenised word or entity name contains. */
const SEPARATOR = '\u001f';
const UNDATED = 'u';

function bucketOf(ms: number): number {
  return Math.floor(ms / (BUCKET_DAYS * DAY_MS));
}

function bucketed(key: string, bucket: number | typeof UNDATED): string {
  return `${key}${SEPARATOR}${bucket}`;
}

/** The posting lists an article's keys are written to: each key itself, then each key in the article's bucket. */
export function postingKeys(keys: readonly string[], publishedMs: number | null): string[] {
  const bucket = publishedMs === null ? UNDATED : bucketOf(publishedMs);
  return [...keys, ...keys.map((key) => bucketed(key, bucket))];
}

/**
 * The posting lists a lookup reads, one group a key, each in reading order: an undated article reads the key's own
 * list; a dated one the buckets its window touches, newest first, then the undated bucket.
 */
export function lookupGroups(keys: readonly string[], atMs: number | null, windowDays: number): string[][] {
  if (atMs === null) return keys.map((key) => [key]);
  const newest = bucketOf(atMs + windowDays * DAY_MS);
  const oldest = bucketOf(atMs - windowDays * DAY_MS);
  return keys.map((key) => {
    const lists: string[] = [];
    for (let b = newest; b >= oldest; b--) lists.push(bucketed(key, b));
    lists.push(bucketed(key, UNDATED));
    return lists;
  });
}

/** One posting list as a lookup reads it: `at(0)` is its newest posting (an array kept newest first is one). */
export interface NewestFirst {
  readonly length: number;
  at(i: number): string | undefined;
}

/**
 * How many of a lookup's key groups name each story: a group's lists are read in order, at most `postingsPerKey`
 * postings in all, and a story counts once a group. Both story indexes count this way, so they answer alike.
 */
export function countGroupHits(
  keyGroups: readonly (readonly string[])[],
  postingsPerKey: number,
  listOf: (key: string) => NewestFirst | undefined,
  resolve: (storyId: string) => string,
): Map<string, number> {
  const hits = new Map<string, number>();
  for (const group of keyGroups) {
    const seen = new Set<string>();
    let read = 0;
    for (const key of group) {
      const list = listOf(key);
      if (list === undefined) continue;
      for (let i = 0; i < list.length && read < postingsPerKey; i++, read++) {
        const story = resolve(list.at(i)!);
        if (seen.has(story)) continue;
        seen.add(story);
        hits.set(story, (hits.get(story) ?? 0) + 1);
      }
    }
  }
  return hits;
}
