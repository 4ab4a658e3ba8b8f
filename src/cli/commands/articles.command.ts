import type { Command } from 'commander';
import type { ArticleSummary } from '../../model/article.js';
import type { CliIo } from '../cli-io.js';
import { parseSince, positiveInt } from '../option-parsers.js';
import { withStore } from '../open-store.js';
import { table } from '../text-table.js';

export function registerArticles(program: Command, io: CliIo): void {
  program
    .command('articles')
    .description('list stored articles, newest first')
    .option('--db <file>', 'database file (default: $CROSSCHECK_DB or ./crosscheck.db)')
    .option('--json', 'print a JSON array of {"id", "title", "url", "outlet", "publishedAt", "language"}')
    .option('--limit <n>', 'at most this many (default: all)', positiveInt)
    .option('--since <date>', 'only articles published on or after this date (ISO 8601 or "5 March 2024")', parseSince)
    .action(async (flags: { db?: string; json?: boolean; limit?: number; since?: string }) => {
      const articles = await withStore(flags.db, io, (store) => store.listArticles({ limit: flags.limit, since: flags.since }));
      io.stdout.write(flags.json ? `${JSON.stringify(articles)}\n` : renderArticles(articles));
    });
}

export function renderArticles(articles: readonly ArticleSummary[]): string {
  if (articles.length === 0) return 'no articles stored yet: crosscheck ingest <path|url|->\n';
  return table(['id', 'published', 'outlet', 'title'], articles.map((a) => [a.id, a.publishedAt?.slice(0, 10) ?? '-', a.outlet ?? '-', a.title]));
}
