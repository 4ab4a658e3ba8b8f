import type { Command } from 'commander';
import type { StoryReport } from '../../app/story-report.js';
import { sourceEdges } from '../../app/copy-sources.js';
import { storyReport } from '../../app/story-report.js';
import type { ArticleSummary } from '../../model/article.js';
import type { CopyEdge } from '../../model/copy-edge.js';
import { CrosscheckError } from '../../model/crosscheck-error.js';
import type { CliIo } from '../cli-io.js';
import { noticePendingAnalysis } from '../analysis-notice.js';
import { withStore } from '../open-store.js';

/** One story's article as `crosscheck story` shows it: where it comes from in the copy graph. */
interface StoryArticleRow extends ArticleSummary {
  readonly familyId: string;
  /** Its source when it copies or rewrites another article of the store, and how. */
  readonly copyOf: { readonly id: string; readonly relation: string } | null;
}

export function registerStory(program: Command, io: CliIo): void {
  program
    .command('story')
    .description('show one story: its span, main entities, outlets, and its articles grouped by independence family')
    .argument('<id>', 'the story id (from `crosscheck stories`), or the id of a story merged into it')
    .option('--db <file>', 'database file (default: $CROSSCHECK_DB or ./crosscheck.db)')
    .option('--json', 'print JSON: the fields of `stories --json` plus "articles": [{"id", "title", "url", "outlet", "publishedAt", "language", "familyId", "copyOf"}]')
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      const found = await withStore(flags.db, io, async (store) => {
        await noticePendingAnalysis(store, io);
        const stored = await store.getStory(id);
        if (!stored) return null;
        const report = await storyReport(store, stored);
        const families = await store.familiesOf(stored.articleIds);
        const sources = sourceEdges(await store.copyEdges(stored.articleIds));
        const articles: StoryArticleRow[] = [];
        for (const articleId of stored.articleIds) {
          const article = await store.getArticle(articleId);
          if (!article) continue;
          const { title, url, outlet, publishedAt, language } = article;
          articles.push({ id: articleId, title, url, outlet, publishedAt, language, familyId: families.get(articleId) ?? articleId, copyOf: copyOf(sources.get(articleId)) });
        }
        return { report, articles };
      });
      if (!found) throw new CrosscheckError('CC_STORY_NOT_FOUND', `no story has id "${id}" (list them with: crosscheck stories)`);
      io.stdout.write(flags.json ? `${JSON.stringify({ ...found.report, articles: found.articles })}\n` : renderStory(found.report, found.articles));
    });
}

function copyOf(edge: CopyEdge | undefined): StoryArticleRow['copyOf'] {
  return edge ? { id: edge.from, relation: edge.relation } : null;
}

function renderStory(report: StoryReport, articles: readonly StoryArticleRow[]): string {
  const span = report.firstSeen === null ? 'undated' : `${report.firstSeen.slice(0, 10)} to ${report.lastSeen!.slice(0, 10)}`;
  const lines = [
    report.title,
    '='.repeat(Math.min(report.title.length, 80)),
    `id         ${report.id}${report.mergedIds.length > 0 ? ` (absorbed ${report.mergedIds.join(', ')})` : ''}`,
    `span       ${span}`,
    `articles   ${report.articleCount} from ${report.outlets.length} outlet${report.outlets.length === 1 ? '' : 's'}, ${report.families} independent famil${report.families === 1 ? 'y' : 'ies'} (copies count once)`,
    `entities   ${report.mainEntities.map((e) => `${e.name} (${e.articles})`).join(', ') || '-'}`,
    `outlets    ${report.outlets.join(', ') || '-'}`,
    '',
  ];
  const byFamily = new Map<string, StoryArticleRow[]>();
  for (const a of articles) byFamily.set(a.familyId, [...(byFamily.get(a.familyId) ?? []), a]);
  let n = 0;
  for (const members of byFamily.values()) {
    n++;
    lines.push(`family ${n}${members.length > 1 ? ` (${members.length} articles, one source)` : ''}`);
    for (const a of members) {
      const how = a.copyOf ? `  <- ${a.copyOf.relation} of ${a.copyOf.id}` : '';
      lines.push(`  ${a.id}  ${a.publishedAt?.slice(0, 10) ?? '-'.padEnd(10)}  ${(a.outlet ?? '-').padEnd(20)}  ${a.title}${how}`);
    }
  }
  lines.push('');
  return lines.join('\n');
}
