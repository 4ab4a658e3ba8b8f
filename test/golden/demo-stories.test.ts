import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/app/ingest.js';
import { demoCorpusDir } from '../../src/cli/commands/demo.command.js';
import { DEFAULT_FIELD_MAP } from '../../src/ingest/field-map.js';
import { fixedClock } from '../../src/ports/clock.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { tempDir } from '../e2e/cli-harness.js';

/**
 * Stories of the demo corpus against demo/expected.json: each article's event. Two fires in two harbours of one
 * coast in one week (Brannock, Lisgar) are the "same kind, different event" case; wire copies and rewrites must
 * sit in their source's story.
 */
interface Expected {
  locator: string;
  event: string;
  copyOf: string | null;
}

const corpus = demoCorpusDir();
const expected = JSON.parse(readFileSync(join(corpus, '..', 'expected.json'), 'utf8')) as Expected[];
const dir = tempDir('crosscheck-golden-stories-');
/** Locator -> story id. */
const storyOf = new Map<string, string>();

beforeAll(async () => {
  const store = await openSqliteStore(join(dir, 'demo.db'));
  await ingest([corpus], { fieldMap: DEFAULT_FIELD_MAP, maxBytes: 1 << 24 }, { store, clock: fixedClock('2025-06-01T00:00:00.000Z') });
  const locatorOf = new Map<string, string>();
  for await (const article of store.iterateArticles()) locatorOf.set(article.id, relative(corpus, article.origin.locator));
  for await (const stored of store.iterateStories()) for (const id of stored.articleIds) storyOf.set(locatorOf.get(id)!, stored.story.id);
  await store.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('demo corpus stories', () => {
  it('never puts two events in one story (the two harbour fires stay apart)', () => {
    const eventsOf = new Map<string, Set<string>>();
    for (const want of expected) {
      const story = storyOf.get(want.locator);
      expect(story, want.locator).toBeDefined();
      eventsOf.set(story!, (eventsOf.get(story!) ?? new Set()).add(want.event));
    }
    for (const [story, events] of eventsOf) expect([...events], story).toHaveLength(1);
  });

  it('puts every copy in its source\'s story', () => {
    const copies = expected.filter((e) => e.copyOf !== null);
    expect(copies.length).toBeGreaterThanOrEqual(5);
    for (const copy of copies) expect(storyOf.get(copy.locator), copy.locator).toBe(storyOf.get(copy.copyOf!));
  });

  it('keeps each event together: B-cubed recall at or above its floor', () => {
    // B-cubed recall: for each article, the share of its event's articles that are in its story. The golden set
    // puts each event in one story (1.0). Today two articles of the summit open stories of their own: the follow-up
    // dated 60 days after the summit (outside the 45-day window; its late date is the planted date.late case), and
    // a reaction piece whose figures differ from the accord's (the figures feature, which raised ECB+ held-out
    // B-cubed F1 0.855 -> 0.881, reads that as another event): 0.900. Floor just under; raise it as stories improve.
    const storiesOf = new Map<string, string[]>();
    for (const want of expected) storiesOf.set(want.event, [...(storiesOf.get(want.event) ?? []), storyOf.get(want.locator)!]);
    let sum = 0;
    for (const want of expected) {
      const members = storiesOf.get(want.event)!;
      sum += members.filter((s) => s === storyOf.get(want.locator)).length / members.length;
    }
    expect(sum / expected.length).toBeGreaterThanOrEqual(0.89);
  });
});
