import type { Command } from 'commander';
import type { Article } from '../../model/article.js';
import type { CopyEdge } from '../../model/copy-edge.js';
import { CrosscheckError } from '../../model/crosscheck-error.js';
import type { Store } from '../../ports/store.js';
import { STORY_ID_PREFIX } from '../../stories/story-profile.js';
import type { CliIo } from '../cli-io.js';
import { noticePendingAnalysis } from '../analysis-notice.js';
import { withStore } from '../open-store.js';
import { table } from '../text-table.js';

/** Characters of each aligned sentence quoted in the evidence: enough to recognise it. */
const QUOTE_CHARS = 200;

export function registerCopies(program: Command, io: CliIo): void {
  program
    .command('copies')
    .description('the copy graph around an article (every copy edge inside its independence family), or inside a story')
    .argument('<id>', 'an article id (from `crosscheck articles`), or a story id (`story:...`, from `crosscheck stories`)')
    .option('--db <file>', 'database file (default: $CROSSCHECK_DB or ./crosscheck.db)')
    .option('--json', 'print JSON: [{"from", "to", "relation", "score", "direction", "evidence": [{"kind", "from", "to", "score"}]}]')
    .action(async (id: string, flags: { db?: string; json?: boolean }) => {
      const isStory = id.startsWith(STORY_ID_PREFIX);
      const found = await withStore(flags.db, io, async (store) => {
        await noticePendingAnalysis(store, io);
        return isStory ? storyEdges(store, id) : familyEdges(store, id);
      });
      if (!found && isStory) throw new CrosscheckError('CC_STORY_NOT_FOUND', `no story has id "${id}" (list them with: crosscheck stories)`);
      if (!found) throw new CrosscheckError('CC_ARTICLE_NOT_FOUND', `no article has id "${id}" (list them with: crosscheck articles)`);
      const { edges, texts } = found;
      const json = edges.map((e) => edgeJson(e, texts));
      if (flags.json) {
        io.stdout.write(`${JSON.stringify(json)}\n`);
        return;
      }
      if (edges.length === 0) {
        io.stdout.write(isStory ? 'no copies known: every article of this story is an independent source\n' : 'no copies known: this article is its own independent source\n');
        return;
      }
      io.stdout.write(table(['from', 'to', 'relation', 'score', 'direction by'],
        edges.map((e) => [label(e.from, texts), label(e.to, texts), e.relation, e.score.toFixed(2), e.direction?.basis ?? '-'])));
    });
}

/** Every copy edge between two articles of a story (a merged story's id leads to the story it joined). */
async function storyEdges(store: Store, id: string): Promise<{ edges: CopyEdge[]; texts: Map<string, Article> } | null> {
  const stored = await store.getStory(id);
  if (!stored) return null;
  const members = new Set(stored.articleIds);
  const edges = (await store.copyEdges(stored.articleIds)).filter((e) => members.has(e.from) && members.has(e.to));
  const texts = new Map<string, Article>();
  for (const member of new Set(edges.flatMap((e) => [e.from, e.to]))) {
    const a = await store.getArticle(member);
    if (a) texts.set(member, a);
  }
  return { edges, texts };
}

async function familyEdges(store: Store, id: string): Promise<{ edges: CopyEdge[]; texts: Map<string, Article> } | null> {
  const article = await store.getArticle(id);
  if (!article) return null;
  const familyId = (await store.familiesOf([id])).get(id) ?? id;
  const members = await store.familyMembers(familyId);
  const edges = (await store.copyEdges(members)).filter((e) => members.includes(e.from) && members.includes(e.to));
  const texts = new Map<string, Article>();
  for (const member of members) {
    const a = member === id ? article : await store.getArticle(member);
    if (a) texts.set(member, a);
  }
  return { edges, texts };
}

/** The JSON contract of `crosscheck copies --json` (docs/cli.md): spans resolved to the sentences they mark. */
function edgeJson(edge: CopyEdge, texts: Map<string, Article>) {
  const quote = (id: string, spans: readonly (readonly [number, number])[]) =>
    spans.map(([start, end]) => texts.get(id)?.text.slice(start, end) ?? '').join(' ').slice(0, QUOTE_CHARS);
  return {
    from: edge.from, to: edge.to, relation: edge.relation, score: edge.score, direction: edge.direction,
    containment: edge.containment,
    evidence: edge.evidence.map((p) => ({ kind: p.kind, from: quote(edge.from, p.from), to: quote(edge.to, p.to), score: p.score })),
  };
}

function label(id: string, texts: Map<string, Article>): string {
  const a = texts.get(id);
  return `${id} ${a?.outlet ?? ''}`.trim();
}
