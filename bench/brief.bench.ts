/**
 * How long one story's Brief takes (issue 5: a 50-article story briefed in < 200 ms), through the use-case a user
 * runs (src/app/brief.ts: the story's reads from the store, claim extraction, corroboration, assembly).
 *
 * The demo corpus is ingested, then its widest story is grown to `--articles` (default 50) by republications of
 * its members as other outlets would run them: a member's text with one sentence dropped and a line of their own,
 * under another outlet and URL. They are linked as copies, follow their source into the story and count as its
 * family, as real republications do. Then, each timed `--runs` times (the first warms the JIT; the median and the
 * worst of the rest are reported):
 * - `scratch`: every member's claims extracted, as the story's first Brief does (a store that keeps none);
 * - `kept` (`medianMs`, `worstMs`): the Brief asked again, its members' claims read from the store
 *   (src/app/article-claims.ts);
 * - `join`: one more republication ingested (not timed), then the Brief: what a reader waits for after an article
 *   joins, with that article's claims alone extracted.
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
import type { Article } from '../src/model/article.js';
import type { Store } from '../src/ports/store.js';
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
    const members: Article[] = [];
    for (const id of widest.articleIds) members.push((await store.getArticle(id))!);
    const republication = (i: number) => {
      const source = members[i % members.length]!;
      const paragraphs = source.text.split(/\n\n+/);
      // Another outlet's republication: one paragraph dropped (not the first), a line of its own at the end.
      if (paragraphs.length > 2) paragraphs.splice(1 + (i % (paragraphs.length - 1)), 1);
      paragraphs.push(`Republished by Regional Desk ${i} under its syndication agreement.`);
      return JSON.stringify({
        title: source.title, text: paragraphs.join('\n\n'), url: `https://desk${i}.example/news/${source.id}`,
        published: source.publishedAt, outlet: `Regional Desk ${i}`,
      });
    };
    const lines: string[] = [];
    for (let i = 0; members.length + lines.length < size; i++) lines.push(republication(i));
    writeFileSync(join(dir, 'republished.jsonl'), `${lines.join('\n')}\n`);
    await ingest([join(dir, 'republished.jsonl')], read, { store, clock: systemClock });
    // A store that keeps no claims: every Brief extracts them all, as a story's first Brief does.
    const forgetful: Store = { ...store, storedClaims: async () => new Map(), saveClaims: async () => undefined };
    const timed = async (briefed: Store) => {
      const started = performance.now();
      const result = (await storyBrief(briefed, widest.id))!;
      return { ms: performance.now() - started, result };
    };
    const scratch: number[] = [];
    for (let r = 0; r < runs; r++) scratch.push((await timed(forgetful)).ms);
    const kept: number[] = [];
    let result = null;
    for (let r = 0; r < runs; r++) {
      const run = await timed(store);
      kept.push(run.ms);
      result = run.result;
    }
    const joins: number[] = [];
    let extractedOnJoin = 0;
    for (let r = 0; r < runs; r++) {
      writeFileSync(join(dir, `joined-${r}.jsonl`), `${republication(lines.length + r)}\n`);
      await ingest([join(dir, `joined-${r}.jsonl`)], read, { store, clock: systemClock });
      const run = await timed(store);
      joins.push(run.ms);
      extractedOnJoin = Math.max(extractedOnJoin, run.result.claims.extracted);
    }
    await store.close();
    const brief = result!.brief;
    const summary = (times: number[]) => {
      const measured = times.slice(1).sort((a, b) => a - b);
      return { medianMs: r1(measured[Math.floor(measured.length / 2)]!), worstMs: r1(measured.at(-1)!) };
    };
    const [fromScratch, withKept, afterJoin] = [summary(scratch), summary(kept), summary(joins)];
    const claimCount = brief.articles.reduce((n, a) => n + a.claims, 0);
    return {
      figures: {
        articles: brief.articles.length, families: brief.story.families, claims: claimCount, groups: brief.claims.length,
        contradictions: brief.contradictions.length, medianMs: withKept.medianMs, worstMs: withKept.worstMs,
        scratch: fromScratch, join: { ...afterJoin, extractedPerJoin: extractedOnJoin, articlesAtLastJoin: brief.articles.length + runs },
        perSecond: Math.round((brief.articles.length / withKept.medianMs) * 1000), peakRssMb: peakRssMb(),
      },
      table: [
        ['Brief of a story of', 'claims', 'claim groups', 'contradictions', 'case', 'median ms', 'worst ms'],
        [`${brief.articles.length} articles, ${brief.story.families} families`, claimCount, brief.claims.length, brief.contradictions.length, 'claims kept', withKept.medianMs, withKept.worstMs],
        ['', '', '', '', 'from scratch (first Brief)', fromScratch.medianMs, fromScratch.worstMs],
        ['', '', '', '', `after an article joins (${extractedOnJoin} extracted)`, afterJoin.medianMs, afterJoin.worstMs],
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function r1(x: number): number {
  return Math.round(x * 10) / 10;
}
