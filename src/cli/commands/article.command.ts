import type { Command } from 'commander';
import type { Article } from '../../model/article.js';
import { CrosscheckError } from '../../model/crosscheck-error.js';
import { storySignals } from '../../app/story-signals.js';
import { machineRewriteScore } from '../../reuse/signals/machine-rewrite-score.js';
import type { CliIo } from '../cli-io.js';
import { withStore } from '../open-store.js';

export function registerArticle(program: Command, io: CliIo): void {
  program
    .command('article')
    .description('show one article: metadata, signals and text')
    .argument('<id>', 'the article id (from `crosscheck articles`)')
    .option('--db <file>', 'database file (default: $CROSSCHECK_DB or ./crosscheck.db)')
    .option('--json', 'print JSON: the listing fields plus "author", "text", "signals", "familyId", "storyId", "machineRewrite", "version", "versions"')
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      const found = await withStore(flags.db, io, async (store) => {
        const stored = await store.getArticle(id);
        if (!stored) return null;
        // Signals that compare it with its story are computed now, from the story as it is (story-signals.ts).
        const fromStory = await storySignals(store, stored);
        const article = fromStory.length === 0 ? stored : { ...stored, signals: [...stored.signals, ...fromStory] };
        return {
          article, versions: await store.articleVersions(id), familyId: (await store.familiesOf([id])).get(id) ?? id,
          storyId: (await store.storiesOf([id])).get(id) ?? null,
        };
      });
      if (!found) throw new CrosscheckError('CC_ARTICLE_NOT_FOUND', `no article has id "${id}" (list them with: crosscheck articles)`);
      const { article, versions, familyId, storyId } = found;
      const rewrite = machineRewriteScore(article.signals);
      if (flags.json) {
        io.stdout.write(`${JSON.stringify({
          ...articleJson(article),
          familyId,
          storyId,
          machineRewrite: { score: rewrite.score, likely: rewrite.likely, reasons: rewrite.reasons },
          versions: versions.map((v) => ({ version: v.version, title: v.title, publishedAt: v.publishedAt, ingestedAt: v.ingestedAt })),
        })}\n`);
      } else io.stdout.write(renderArticle(article, versions.length, familyId, storyId, rewrite.score));
    });
}

/** The JSON contract of `crosscheck article --json` (docs/cli.md). */
export function articleJson(a: Article) {
  return {
    id: a.id, title: a.title, url: a.url, outlet: a.outlet, publishedAt: a.publishedAt, language: a.language,
    author: a.author, text: a.text, signals: a.signals.map((s) => ({ kind: s.kind, evidence: s.evidence, confidence: s.confidence })),
    dateSource: a.dateSource, version: a.version, changes: a.changes, ingestedAt: a.ingestedAt, origin: a.origin.locator,
  };
}

function renderArticle(a: Article, olderVersions: number, familyId: string, storyId: string | null, rewriteScore: number): string {
  const lines = [
    a.title,
    '='.repeat(Math.min(a.title.length, 80)),
    `id         ${a.id}`,
    `outlet     ${a.outlet ?? '-'}`,
    `author     ${a.author ?? '-'}`,
    `published  ${a.publishedAt ?? '-'}${a.dateSource ? ` (from ${a.dateSource})` : ''}`,
    `language   ${a.language ?? '-'}`,
    `url        ${a.url ?? '-'}`,
    `version    ${a.version}${olderVersions ? ` (${olderVersions} older kept)` : ''}`,
    `from       ${a.origin.locator}`,
    `family     ${familyId}${familyId === a.id ? ' (no copies known)' : ''}`,
    `story      ${storyId ?? '-'}`,
    `rewrite    machine-rewrite score ${rewriteScore.toFixed(2)}${rewriteScore >= 0.5 ? ' (likely)' : ''}`,
  ];
  if (a.signals.length > 0) {
    lines.push('', 'signals');
    for (const s of a.signals) lines.push(`  ${s.kind.padEnd(24)} ${JSON.stringify(s.evidence.length > 100 ? `${s.evidence.slice(0, 99)}…` : s.evidence)}`);
  }
  lines.push('', a.text, '');
  return lines.join('\n');
}
