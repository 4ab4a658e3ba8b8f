import type { Command } from 'commander';
import { articleClaims } from '../../app/article-claims.js';
import type { Claim } from '../../model/claim.js';
import { CrosscheckError } from '../../model/crosscheck-error.js';
import type { CliIo } from '../cli-io.js';
import { withStore } from '../open-store.js';

/**
 * `crosscheck claims <article-id>`: what one article states, claim by claim (docs/claims.md), as the Brief reads
 * it. The claims are the stored ones when the article has them (src/app/article-claims.ts), else extracted and kept.
 */
export function registerClaims(program: Command, io: CliIo): void {
  program
    .command('claims')
    .description('the claims of one article: each statement with its actor, action, figures, dates, places, speaker, modality, status and negation')
    .argument('<article-id>', 'the article id (from `crosscheck articles`)')
    .option('--db <file>', 'database file (default: $CROSSCHECK_DB or ./crosscheck.db)')
    .option('--json', 'print the claims as a JSON array of the Claim records of docs/claims.md')
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      const found = await withStore(flags.db, io, async (store) => {
        const article = await store.getArticle(id);
        if (!article) return null;
        const result = await articleClaims(store, [article]);
        return { claims: result.claims.get(id) ?? [], unsaved: result.unsaved };
      });
      if (!found) throw new CrosscheckError('CC_ARTICLE_NOT_FOUND', `no article has id "${id}" (list them with: crosscheck articles)`);
      if (found.unsaved !== null) io.stderr.write(`crosscheck: warning: the claims could not be kept for later: ${found.unsaved}\n`);
      if (flags.json) io.stdout.write(`${JSON.stringify(found.claims)}\n`);
      else io.stdout.write(found.claims.map(renderClaim).join(''));
    });
}

function renderClaim(c: Claim): string {
  const parts: string[] = [];
  if (c.actor) parts.push(`actor: ${c.actor.text}`);
  if (c.action) parts.push(`action: ${c.action.text}`);
  if (c.quantities.length > 0) parts.push(`figures: ${c.quantities.map((q) => `${q.value}${q.unit ? ` ${q.unit}` : ''}${q.qualifier === 'exact' ? '' : ` (${q.qualifier})`}`).join(', ')}`);
  if (c.dates.length > 0) parts.push(`dates: ${c.dates.map((d) => `${d.text} = ${d.value ?? 'unresolved'}`).join(', ')}`);
  if (c.places.length > 0) parts.push(`places: ${c.places.map((p) => p.text).join(', ')}`);
  if (c.attribution.kind !== 'none') parts.push(`according to: ${c.attribution.source.text}`);
  if (c.negated) parts.push(`negated: ${c.negation?.text ?? 'yes'}`);
  return `- [${c.modality.kind}, ${c.status.kind}] ${c.text.replace(/\s+/g, ' ').trim()}\n${parts.length > 0 ? `    ${parts.join('; ')}\n` : ''}`;
}
