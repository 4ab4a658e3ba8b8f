import type { Command } from 'commander';
import type { StoryReport } from '../../app/story-report.js';
import { storyReports } from '../../app/story-report.js';
import type { CliIo } from '../cli-io.js';
import { parseSince, positiveInt } from '../option-parsers.js';
import { noticePendingAnalysis } from '../analysis-notice.js';
import { withStore } from '../open-store.js';
import { table } from '../text-table.js';

export function registerStories(program: Command, io: CliIo): void {
  program
    .command('stories')
    .description('list stories (articles grouped by the event they report), newest first')
    .option('--db <file>', 'database file (default: $CROSSCHECK_DB or ./crosscheck.db)')
    .option('--json', 'print a JSON array of {"id", "title", "articleIds", "families", "firstSeen", "lastSeen", "articleCount", "outlets", "mainEntities", "mergedIds"}')
    .option('--limit <n>', 'at most this many (default: all)', positiveInt)
    .option('--since <date>', 'only stories with an article published on or after this date (ISO 8601 or "5 March 2024")', parseSince)
    .option('--entity <name>', 'only stories whose main entities include this name ("Lohan" finds "Lindsay Lohan")')
    .action(async (flags: { db?: string; json?: boolean; limit?: number; since?: string; entity?: string }) => {
      const stories = await withStore(flags.db, io, async (store) => {
        await noticePendingAnalysis(store, io);
        return storyReports(store, {
          ...(flags.limit !== undefined ? { limit: flags.limit } : {}),
          ...(flags.since !== undefined ? { since: flags.since } : {}),
          ...(flags.entity !== undefined ? { entity: flags.entity } : {}),
        });
      });
      io.stdout.write(flags.json ? `${JSON.stringify(stories)}\n` : renderStories(stories, flags.since !== undefined || flags.entity !== undefined));
    });
}

function renderStories(stories: readonly StoryReport[], filtered: boolean): string {
  if (stories.length === 0) return filtered ? 'no story matches\n' : 'no stories yet: crosscheck ingest <path|url|->\n';
  return table(['id', 'first', 'last', 'articles', 'families', 'title'], stories.map((s) => [
    s.id, s.firstSeen?.slice(0, 10) ?? '-', s.lastSeen?.slice(0, 10) ?? '-', String(s.articleCount), String(s.families), s.title,
  ]));
}
