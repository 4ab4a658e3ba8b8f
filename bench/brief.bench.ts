/**
 * How long one story's Brief takes (issue 5: a 50-article story briefed in < 200 ms), through the use-case a user
 * runs (src/app/brief.ts: the story's reads from the store, claim extraction, corroboration, assembly).
 *
 * The demo corpus is ingested, then its widest story is grown to `--articles` (default 50) by republications of
 * its members as other outlets would run them: a member's text with one sentence dropped and a line of their own,
 * under another outlet and URL. They are linked as copies, follow their source into the story and count as its
 * family, as real republications do. The Brief is then timed `--runs` times (the first warms the JIT; the median
 * and the worst of the rest are reported).
 * `npm run bench -- brief [--articles 50] [--runs 12]`
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storyBrief } from '../src/app/brief.js';
import { ingest } from '../src/app/ingest.js';
import { storyReports } from '../src/app/story-report.js';
import { demoCorpusDir } from '../src/cli/commands/demo.command.js';
import { DEFAULT_FIELD_MAP } from '../src/ingest/field-map.js';
import { DEFAULT_MAX_BYTES } from '../src/ingest/read-options.js';
import { systemClock } from '../src/ports/clock.js';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store.js';
import type { BenchResult } from './lib/bench-result.js';
import { peakRssMb } from './lib/bench-result.js';

export async function run(args: string[]): Promise<BenchResult> {
  const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
  const size = option('--articles', 50);
  const runs = option('--runs', 12);
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-brief-'));
  const read = { fieldMap: DEFAULT_FIELD_MAP, maxBytes: DEFAULT_MAX_BYTES };
  try {
    const store = await openSqliteStore(join(dir, 'brief.db'));
    await ingest([demoCorpusDir()], read, { store, clock: systemClock });
    const widest = (await storyReports(store)).sort((a, b) => b.families - a.families || b.articleCount - a.articleCount)[0]!;
    const members = [];
    for (const id of widest.articleIds) members.push((await store.getArticle(id))!);
    const lines: string[] = [];
    for (let i = 0; members.length + lines.length < size; i++) {
      const source = members[i % members.length]!;
      const paragraphs = source.text.split(/\n\n+/);
      // Another outlet's republication: one paragraph dropped (not the first), a line of its own at the end.
      if (paragraphs.length > 2) paragraphs.splice(1 + (i % (paragraphs.length - 1)), 1);
      paragraphs.push(`Republished by Regional Desk ${i} under its syndication agreement.`);
      lines.push(JSON.stringify({
        title: source.title, text: paragraphs.join('\n\n'), url: `https://desk${i}.example/news/${source.id}`,
        published: source.publishedAt, outlet: `Regional Desk ${i}`,
      }));
    }
    writeFileSync(join(dir, 'republished.jsonl'), `${lines.join('\n')}\n`);
    await ingest([join(dir, 'republished.jsonl')], read, { store, clock: systemClock });
    const times: number[] = [];
    let result = null;
    for (let r = 0; r < runs; r++) {
      const started = performance.now();
      result = await storyBrief(store, widest.id);
      times.push(performance.now() - started);
    }
    await store.close();
    const brief = result!.brief;
    const measured = times.slice(1).sort((a, b) => a - b);
    const median = measured[Math.floor(measured.length / 2)]!;
    const worst = measured.at(-1)!;
    const claimCount = brief.articles.reduce((n, a) => n + a.claims, 0);
    return {
      figures: {
        articles: brief.articles.length, families: brief.story.families, claims: claimCount, groups: brief.claims.length,
        contradictions: brief.contradictions.length, medianMs: Math.round(median * 10) / 10, worstMs: Math.round(worst * 10) / 10,
        perSecond: Math.round((brief.articles.length / median) * 1000), peakRssMb: peakRssMb(),
      },
      table: [
        ['articles', 'families', 'claims', 'claim groups', 'contradictions', 'median ms', 'worst ms'],
        [brief.articles.length, brief.story.families, claimCount, brief.claims.length, brief.contradictions.length, median, worst],
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
