import type { Command } from 'commander';
import type { StanceReport } from '../../app/claim-stance.js';
import { claimStance, DEFAULT_STANCE_LIMIT } from '../../app/claim-stance.js';
import type { CliIo } from '../cli-io.js';
import { withStore } from '../open-store.js';
import { positiveInt } from '../option-parsers.js';

/**
 * `crosscheck stance "<claim>"`: which stored articles agree with a claim, dispute it, or only report it
 * (src/app/claim-stance.ts; docs/stance.md), counted by articles and by independent families.
 */
export function registerStance(program: Command, io: CliIo): void {
  program
    .command('stance')
    .description('check a claim against the coverage: which articles agree, disagree or only discuss it, counted by independent families')
    .argument('<claim>', 'the claim, e.g. a headline: "Mayor Ostin resigns after bridge scandal"')
    .option('--db <file>', 'database file (default: $CROSSCHECK_DB or ./crosscheck.db)')
    .option('--story <id>', 'check the articles of this story (default: the best full-text matches of the claim)')
    .option('--limit <n>', `how many full-text matches to check (default ${DEFAULT_STANCE_LIMIT})`, positiveInt)
    .option('--json', 'print JSON: {"claim", "scope", "checked", "counts", "articles": [{"articleId", "stance", "probabilities", "evidence", "title", "outlet", "url", "publishedAt", "familyId"}]}')
    .action(async (claim: string, flags: { db?: string; story?: string; limit?: number; json?: boolean }) => {
      const report = await withStore(flags.db, io, (store) => claimStance(store, claim, {
        ...(flags.story !== undefined ? { storyId: flags.story } : {}),
        ...(flags.limit !== undefined ? { limit: flags.limit } : {}),
      }));
      io.stdout.write(flags.json ? `${JSON.stringify(report)}\n` : renderStance(report));
    });
}

export function renderStance(report: StanceReport): string {
  const c = report.counts;
  const count = (k: keyof StanceReport['counts']) => `${c[k].articles} article${c[k].articles === 1 ? '' : 's'} (${c[k].families} independent)`;
  const lines = [
    `Claim: ${report.claim}`,
    `Checked ${report.checked} article${report.checked === 1 ? '' : 's'} (${report.scope.kind === 'story' ? `story ${report.scope.storyId}` : `best ${report.scope.limit} full-text matches`}).`,
    `  disagree: ${count('disagree')}`,
    `  agree:    ${count('agree')}`,
    `  discuss:  ${count('discuss')}`,
    `  unrelated: ${c.unrelated.articles}`,
  ];
  for (const a of report.articles) {
    lines.push('', `[${a.stance} ${(a.probabilities[a.stance] * 100).toFixed(0)}%] ${a.title || a.articleId}${a.outlet ? ` (${a.outlet})` : ''}  ${a.articleId}`);
    const e = a.evidence[0];
    if (e) {
      const cues = e.cues.map((q) => `${q.kind}: "${q.text}"`).join(', ');
      lines.push(`    "${e.text.replace(/\s+/g, ' ').trim()}"${cues ? `  [${cues}]` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
