import type { Command } from 'commander';
import type { Article } from '../../model/article.js';
import { CrosscheckError } from '../../model/crosscheck-error.js';
import type { DriftChange } from '../../model/drift.js';
import { assessDerivation } from '../../reuse/derivation.js';
import { describeDrift } from '../../reuse/drift.js';
import { profileText } from '../../reuse/sentence-profile.js';
import type { CliIo } from '../cli-io.js';
import { withStore } from '../open-store.js';

/** Characters of a sentence shown in one column of the side-by-side view. */
const COLUMN = 60;

export function registerDiff(program: Command, io: CliIo): void {
  program
    .command('diff')
    .description('two articles side by side: which sentences of <b> derive from which of <a>, and what changed')
    .argument('<a>', 'the source article id')
    .argument('<b>', 'the derived article id')
    .option('--db <file>', 'database file (default: $CROSSCHECK_DB or ./crosscheck.db)')
    .option('--json', 'print JSON: {"relation", "score", "pairs": [{"kind", "a", "b", "score"}], "changes": [...]}')
    .action(async (a: string, b: string, flags: { db?: string; json?: boolean }) => {
      const [source, derived] = await withStore(flags.db, io, async (store) => [await store.getArticle(a), await store.getArticle(b)] as const);
      for (const [id, article] of [[a, source], [b, derived]] as const) {
        if (!article) throw new CrosscheckError('CC_ARTICLE_NOT_FOUND', `no article has id "${id}" (list them with: crosscheck articles)`);
      }
      const result = diffArticles(source!, derived!);
      if (flags.json) io.stdout.write(`${JSON.stringify(result)}\n`);
      else io.stdout.write(renderDiff(source!, derived!, result));
    });
}

export interface DiffResult {
  readonly relation: string;
  readonly score: number;
  readonly pairs: readonly { readonly kind: string; readonly a: string; readonly b: string; readonly score: number }[];
  readonly changes: readonly DriftChange[];
}

/** The alignment of `derived` against `source` as read both as evidence and as drift (what the rewrite changed). */
export function diffArticles(source: Article, derived: Article): DiffResult {
  const derivation = assessDerivation(profileText(source.text), profileText(derived.text));
  const quote = (text: string, spans: readonly { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end)).join(' ');
  return {
    relation: derivation.kind,
    score: Math.round(derivation.score * 1000) / 1000,
    pairs: derivation.pairs.map((p) => ({ kind: p.kind, a: quote(source.text, p.source), b: quote(derived.text, p.derived), score: Math.round(p.score * 1000) / 1000 })),
    changes: describeDrift(source.text, derived.text, derivation.pairs),
  };
}

function renderDiff(source: Article, derived: Article, result: DiffResult): string {
  const cut = (s: string) => (s.length > COLUMN ? `${s.slice(0, COLUMN - 1)}…` : s.padEnd(COLUMN));
  const lines = [
    `a  ${source.id}  ${source.outlet ?? ''}  ${source.title}`,
    `b  ${derived.id}  ${derived.outlet ?? ''}  ${derived.title}`,
    `b reads as a ${result.relation} of a (degree ${result.score.toFixed(2)})`,
    '',
  ];
  const mark: Record<string, string> = { verbatim: '=', edited: '~', paraphrased: '≈' };
  for (const pair of result.pairs) lines.push(`${mark[pair.kind] ?? '?'} ${cut(pair.a)} | ${cut(pair.b)}`);
  if (result.changes.length > 0) {
    lines.push('', 'changes (a -> b)');
    for (const change of result.changes) lines.push(`  ${describeChange(change)}`);
  }
  lines.push('', '= verbatim  ~ edited  ≈ paraphrased', '');
  return lines.join('\n');
}

function describeChange(change: DriftChange): string {
  switch (change.kind) {
    case 'number':
    case 'date':
    case 'name':
      return `${change.kind.padEnd(16)} ${change.from} -> ${change.to}`;
    case 'hedge-added':
    case 'hedge-removed':
      return `${change.kind.padEnd(16)} "${change.cue}" in: ${change.derived.text.slice(0, 80)}`;
    case 'sentence-added':
      return `${change.kind.padEnd(16)} ${change.derived.text.slice(0, 100)}`;
    case 'sentence-dropped':
      return `${change.kind.padEnd(16)} ${change.source.text.slice(0, 100)}`;
  }
}
