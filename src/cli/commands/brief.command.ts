import type { Command } from 'commander';
import { storyBrief } from '../../app/brief.js';
import { embeddingEndpoint } from '../../app/semantic/embedding-endpoint.js';
import { CrosscheckError } from '../../model/crosscheck-error.js';
import { renderBrief } from '../../corroborate/render-brief.js';
import type { CliIo } from '../cli-io.js';
import { noticePendingAnalysis } from '../analysis-notice.js';
import { withStore } from '../open-store.js';

export function registerBrief(program: Command, io: CliIo): void {
  program
    .command('brief')
    .description('the Brief of one story: what independent sources establish, what is single-source, disputed or speculation, and who copied whom')
    .argument('<story-id>', 'the story id (from `crosscheck stories`), or the id of a story merged into it')
    .option('--db <file>', 'database file (default: $CROSSCHECK_DB or ./crosscheck.db)')
    .option('--json', 'print the Brief as JSON (docs/brief.md: "story", "summary", "articles", "claims", "contradictions", "updates", "copies", "timeline")')
    .option('--md', 'print the Brief as Markdown')
    .option('--text', 'print the Brief as plain text (the default)')
    .option('--semantic <url>', 'align claims with sentence embeddings too, from an OpenAI-compatible /v1/embeddings endpoint on this machine or your network (default: $CROSSCHECK_SEMANTIC_URL; off when neither is set)')
    .option('--semantic-model <name>', 'the model name sent to the embeddings endpoint (default: $CROSSCHECK_SEMANTIC_MODEL or "default")')
    .action(async (id: string, flags: { db?: string; json?: boolean; md?: boolean; text?: boolean; semantic?: string; semanticModel?: string }) => {
      if ([flags.json, flags.md, flags.text].filter(Boolean).length > 1) {
        throw new CrosscheckError('CC_USAGE', 'choose one of --json, --md and --text');
      }
      const url = flags.semantic ?? io.env['CROSSCHECK_SEMANTIC_URL'];
      const semantic = url ? embeddingEndpoint({ url, model: flags.semanticModel ?? io.env['CROSSCHECK_SEMANTIC_MODEL'] ?? 'default' }) : undefined;
      const found = await withStore(flags.db, io, async (store) => {
        await noticePendingAnalysis(store, io);
        return storyBrief(store, id, semantic ? { semantic } : {});
      });
      if (!found) throw new CrosscheckError('CC_STORY_NOT_FOUND', `no story has id "${id}" (list them with: crosscheck stories)`);
      const { brief, omitted, unsaved } = found;
      if (omitted > 0) io.stderr.write(`crosscheck: the story has ${omitted} more articles than a brief reads; it covers the first ${brief.articles.length} to join\n`);
      if (unsaved !== null) io.stderr.write(`crosscheck: warning: the claims extracted for this brief could not be kept for the next one: ${unsaved}\n`);
      if (flags.json) io.stdout.write(`${JSON.stringify(brief)}\n`);
      else io.stdout.write(renderBrief(brief, flags.md ? 'md' : 'text'));
    });
}
