import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportRecords } from '../../src/app/export.js';
import { ingest } from '../../src/app/ingest.js';
import { DEFAULT_FIELD_MAP } from '../../src/ingest/field-map.js';
import { fixedClock } from '../../src/ports/clock.js';
import type { Store } from '../../src/ports/store.js';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.js';
import { cli, tempDir } from './cli-harness.js';

const root = tempDir();
afterAll(() => rmSync(root, { recursive: true, force: true }));

const P = 'Officials in Port Avel said the ferry service would resume on Thursday after inspectors cleared the damaged pier.';
const corpus = join(root, 'corpus');
mkdirSync(corpus, { recursive: true });
writeFileSync(join(corpus, '1.txt'), ` posted 2024-02-01\nPier reopens\nBy Ana Petrov\n\n${P}\n\nShare this article\n\nThe pier closed last week.harbourFerriesPort AvelTransport`);
writeFileSync(join(corpus, '2.jsonl'), [
  JSON.stringify({ title: 'Ferry "service" resumes, with, commas', text: `${P}\n\nSecond paragraph, with "quotes" and a\ttab.`, url: 'https://a.example/ferry', published: '2024-02-02T08:00:00Z', author: 'Luc Varga', outlet: 'Avel Daily' }),
  JSON.stringify({ title: 'Без URL', text: `Кириллица тоже. ${P}`, published: '2024-02-03' }),
].join('\n'));

async function dump(db: string): Promise<string> {
  const store = await openSqliteStore(db);
  const lines: string[] = [];
  for await (const record of exportRecords(store)) lines.push(JSON.stringify(record));
  await store.close();
  return lines.join('\n');
}

describe('export and ingest round trip', () => {
  it('reads a JSONL export back into an identical store, versions included', async () => {
    const db = join(root, 'source.db');
    await cli(['ingest', corpus, '--db', db], { cwd: root });
    // A second version of the URL-keyed article.
    writeFileSync(join(root, 'v2.jsonl'), JSON.stringify({ title: 'Ferry service resumes', text: `${P}\n\nUpdated: the first crossing left at 06:00.`, url: 'https://a.example/ferry', published: '2024-02-02T08:00:00Z' }));
    expect((await cli(['ingest', join(root, 'v2.jsonl'), '--db', db, '--json'], { cwd: root })).json()).toMatchObject({ updated: 1 });

    const exported = await cli(['export', '--db', db], { cwd: root });
    expect(exported.code).toBe(0);
    const lines = exported.stdout.trim().split('\n').map((l) => JSON.parse(l) as { version: number; signals: unknown[] });
    expect(lines.map((l) => l.version).sort()).toEqual([1, 1, 1, 2]);
    writeFileSync(join(root, 'export.jsonl'), exported.stdout);

    const copy = join(root, 'copy.db');
    const back = await cli(['ingest', join(root, 'export.jsonl'), '--db', copy, '--json'], { cwd: root });
    expect(back.json()).toMatchObject({ ingested: 3, updated: 1, failed: [] });
    expect(await dump(copy)).toBe(await dump(db));
    // The residue signals survive: they are restored, not re-derived from clean text.
    expect((await dump(copy)).match(/residue\.(tag-run|boilerplate|metadata-line)/g)?.sort()).toEqual(['residue.boilerplate', 'residue.metadata-line', 'residue.tag-run']);
  });

  it('reads a CSV export back into an identical store', async () => {
    const db = join(root, 'csv-source.db');
    await cli(['ingest', corpus, '--db', db], { cwd: root });
    const out = join(root, 'export.csv');
    expect((await cli(['export', '--db', db, '--format', 'csv', '--out', out], { cwd: root })).code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toBe('"crosscheck","id","version","title","text","url","outlet","author","publishedAt","dateSource","language","signals","ingestedAt","originInput","originLocator"');
    const copy = join(root, 'csv-copy.db');
    expect((await cli(['ingest', out, '--db', copy, '--json'], { cwd: root })).json()).toMatchObject({ ingested: 3, failed: [] });
    expect(await dump(copy)).toBe(await dump(db));
  });

  it('rejects an unknown export format', async () => {
    const run = await cli(['export', '--db', join(root, 'source.db'), '--format', 'xml'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('CC_USAGE');
  });
});

describe('an interrupted ingest', () => {
  it('run again, ends in the same state as an uninterrupted one', async () => {
    const read = { fieldMap: DEFAULT_FIELD_MAP, maxBytes: 1 << 20 };
    const clock = fixedClock('2025-01-01T00:00:00.000Z');
    const whole = await openSqliteStore(join(root, 'whole.db'));
    await ingest([corpus], read, { store: whole, clock });
    await whole.close();

    const partial = await openSqliteStore(join(root, 'partial.db'));
    let saves = 0;
    // The process "dies" on the second article: the first is committed, the second never started.
    const crashing: Store = { ...partial, atomically: (work) => (++saves === 2 ? Promise.reject(new Error('killed')) : partial.atomically(work)) };
    await expect(ingest([corpus], read, { store: crashing, clock })).rejects.toThrow('killed');
    expect(await partial.countArticles()).toBe(1);
    await ingest([corpus], read, { store: partial, clock });
    await partial.close();

    expect(await dump(join(root, 'partial.db'))).toBe(await dump(join(root, 'whole.db')));
  });
});
