import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/app/ingest.js';
import type { IngestReport } from '../../src/app/ingest.js';
import { demoCorpusDir } from '../../src/cli/commands/demo.command.js';
import { DEFAULT_FIELD_MAP } from '../../src/ingest/field-map.js';
import type { Article } from '../../src/model/article.js';
import { fixedClock } from '../../src/ports/clock.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { tempDir } from '../e2e/cli-harness.js';

/**
 * The demo corpus is the first golden set: demo/expected.json states, for each article, what extraction must find.
 * Markers of later stages (rewrite.*, date.late, speculation, status.planned) are checked by the issues that
 * build those stages; here: titles, dates, authors, outlets, and scraping residue.
 */
interface Expected {
  locator: string;
  title: string;
  event: string;
  publishedAt: string | null;
  outlet: string | null;
  author: string | null;
  markers: string[];
  residue: string[];
  why: string;
}

const corpus = demoCorpusDir();
const expected = JSON.parse(readFileSync(join(corpus, '..', 'expected.json'), 'utf8')) as Expected[];
const dir = tempDir('crosscheck-golden-');
const byLocator = new Map<string, Article>();
let report: IngestReport;

beforeAll(async () => {
  const store = await openSqliteStore(join(dir, 'demo.db'));
  report = await ingest([corpus], { fieldMap: DEFAULT_FIELD_MAP, maxBytes: 1 << 24 }, { store, clock: fixedClock('2025-06-01T00:00:00.000Z') });
  for await (const article of store.iterateArticles()) byLocator.set(relative(corpus, article.origin.locator), article);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('demo corpus', () => {
  it('ingests every article, with no failures', () => {
    expect(report.failed).toEqual([]);
    expect(report.ingested).toBe(expected.length);
    expect([...byLocator.keys()].sort()).toEqual(expected.map((e) => e.locator).sort());
  });

  describe.each(expected.map((e) => [e.locator, e] as const))('%s', (_locator, want) => {
    const got = () => {
      const article = byLocator.get(want.locator);
      if (!article) throw new Error(`not ingested: ${want.locator}`);
      return article;
    };

    it('has the stated title, date, author and outlet', () => {
      const article = got();
      expect(article.title).toBe(want.title);
      expect(article.publishedAt).toBe(want.publishedAt);
      if (want.author !== null) expect(article.author).toBe(want.author);
      // Where the document names no outlet, the host name is an acceptable stand-in.
      if (want.outlet !== null) expect(article.outlet).toBe(want.outlet);
    });

    it('carries exactly the expected residue signals, with the removed spans as evidence', () => {
      const article = got();
      const kinds = new Set(article.signals.map((s) => s.kind).filter((k) => k.startsWith('residue.')));
      expect([...kinds].sort()).toEqual(want.markers.filter((m) => m.startsWith('residue.')).sort());
      for (const span of want.residue) {
        expect(article.text).not.toContain(span.trim());
        expect(article.signals.some((s) => s.evidence.includes(span.trim()))).toBe(true);
      }
    });
  });
});
