import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { storyBrief } from '../../app/brief.js';
import { ingest } from '../../app/ingest.js';
import { sourceEdges } from '../../app/copy-sources.js';
import { storyReports } from '../../app/story-report.js';
import { storySignalsOfAll } from '../../app/story-signals.js';
import type { Article } from '../../model/article.js';
import { DEFAULT_FIELD_MAP } from '../../ingest/field-map.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/read-options.js';
import { CrosscheckError } from '../../model/crosscheck-error.js';
import { renderBrief } from '../../corroborate/render-brief.js';
import { machineRewriteScore } from '../../reuse/signals/machine-rewrite-score.js';
import type { CliIo } from '../cli-io.js';
import { EXIT_OK, EXIT_PARTIAL } from '../cli-io.js';
import { databasePath, withStore } from '../open-store.js';
import { table } from '../text-table.js';

/** The bundled demo corpus, found from this file whether it runs from src/ (tests) or dist/ (the bin). */
export function demoCorpusDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++, dir = dirname(dir)) {
    const candidate = join(dir, 'demo', 'corpus');
    if (existsSync(candidate)) return candidate;
  }
  throw new CrosscheckError('CC_NOT_FOUND', 'the demo corpus (demo/corpus) is not installed with this copy of crosscheck');
}

export function registerDemo(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('demo')
    .description('ingest the bundled demo corpus (fictional events) into the store and show what was found')
    .option('--db <file>', 'database file (default: $CROSSCHECK_DB or ./crosscheck.db)')
    .action(async (flags: { db?: string }) => {
      const corpus = demoCorpusDir();
      const { report, articles, families, edges, stories, fromStories, brief } = await withStore(flags.db, io, async (store) => {
        // The demo never reaches the network: its feeds carry full bodies.
        const report = await ingest([corpus], { fieldMap: DEFAULT_FIELD_MAP, maxBytes: DEFAULT_MAX_BYTES }, { store, clock: io.clock });
        const articles = new Map<string, Article>();
        for await (const article of store.iterateArticles()) articles.set(article.id, article);
        const ids = [...articles.keys()];
        const stories = await storyReports(store);
        // The answer users come for: the Brief of the story most independent sources report.
        const widest = [...stories].sort((a, b) => b.families - a.families || (a.id < b.id ? -1 : 1))[0];
        const brief = widest ? await storyBrief(store, widest.id) : null;
        return { report, articles, families: await store.familiesOf(ids), edges: await store.copyEdges(ids), stories, fromStories: await storySignalsOfAll(store), brief };
      });
      // Scored as `crosscheck article` scores it: its own signals and those found against its story.
      const scoreOf = (a: Article) => machineRewriteScore([...a.signals, ...(fromStories.get(a.id) ?? [])]);
      const parentOf = sourceEdges(edges);
      const row = (a: Article) => {
        const parent = parentOf.get(a.id);
        const rewrite = scoreOf(a);
        return [a.id, a.publishedAt?.slice(0, 10) ?? '-', (a.outlet ?? '-').slice(0, 22),
          parent ? `${parent.relation} of ${parent.from.slice(0, 8)}` : '-',
          rewrite.score >= 0.05 ? `${rewrite.score.toFixed(2)}${rewrite.likely ? ' likely' : ''}` : '-',
          `${a.title.slice(0, 64)}  [${relative(corpus, a.origin.locator)}]`];
      };
      // Readers see stories, not loose articles: each story, newest first, with its articles.
      for (const story of stories) {
        io.stdout.write(`${story.id}  ${story.title}\n  ${story.firstSeen?.slice(0, 10) ?? 'undated'} to ${story.lastSeen?.slice(0, 10) ?? '-'}: ` +
          `${story.articleCount} articles, ${story.outlets.length} outlets, ${story.families} independent families\n`);
        const members = story.articleIds.map((id) => articles.get(id)).filter((a): a is Article => a !== undefined);
        io.stdout.write(`${table(['id', 'published', 'outlet', 'copy', 'rewrite', 'title  [file]'], members.map(row)).replace(/^/gm, '  ')}\n`);
      }
      const all = [...articles.values()];
      const familyCount = new Set(all.map((a) => families.get(a.id) ?? a.id)).size;
      const likely = all.filter((a) => scoreOf(a).likely).length;
      io.stdout.write(`${all.length} articles in ${stories.length} stories, ${familyCount} independence families, ${edges.length} copy edges, ` +
        `${likely} likely machine rewrites\n`);
      if (brief) io.stdout.write(`\nThe Brief of the story with the most independent sources (crosscheck brief ${brief.brief.story.id}):\n\n${renderBrief(brief.brief, 'text')}`);
      for (const failure of report.failed) io.stdout.write(`${failure.input}: ${failure.code} ${failure.message}\n`);
      io.stdout.write(`\ndemo corpus: ingested ${report.ingested}, updated ${report.updated}, unchanged ${report.unchanged}, failed ${report.failed.length}\n` +
        `store: ${databasePath(flags.db, io)}\n` +
        'next: crosscheck stories | crosscheck story <story-id> | crosscheck brief <story-id> | crosscheck article <id> | crosscheck copies <id> | crosscheck diff <a> <b> | crosscheck search <words>\n');
      setExit(report.failed.length > 0 ? EXIT_PARTIAL : EXIT_OK);
    });
}
