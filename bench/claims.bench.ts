/**
 * Speed of claim extraction (src/analyze/claims.ts), single-threaded, on the demo corpus's articles as ingest
 * extracts them: written news sentences with attributions, quotes, numbers and dates, which synthetic Zipf text
 * (bench/lib/synthetic-news.ts) does not have. Issue 5 asks for more than 2,000 sentences a second.
 * `npm run bench -- claims [passes]`
 */
import { performance } from 'node:perf_hooks';
import { extractClaims } from '../src/analyze/claims.js';
import { splitSentences } from '../src/analyze/sentences.js';
import { prepareArticle } from '../src/app/prepare-article.js';
import { demoCorpusDir } from '../src/cli/commands/demo.command.js';
import { expandInputs } from '../src/ingest/expand-inputs.js';
import { DEFAULT_FIELD_MAP } from '../src/ingest/field-map.js';
import { readFileInput } from '../src/ingest/read-file.js';
import type { BenchResult } from './lib/bench-result.js';

/** Each pass runs the corpus this many times, so one pass lasts long enough (~0.5 s) to time. */
const REPEATS = 40;
/** The best pass is reported: the first warms the JIT, and other work on the machine adds noise. */
const DEFAULT_PASSES = 5;

export async function run(args: string[]): Promise<BenchResult> {
  const passes = Number(args[0] ?? DEFAULT_PASSES);
  const articles: { text: string; publishedAt: string | null; id: string }[] = [];
  const { units } = await expandInputs([demoCorpusDir()]);
  for (const unit of units) {
    if (unit.kind !== 'file') continue;
    for await (const item of readFileInput(unit.path, { fieldMap: DEFAULT_FIELD_MAP, maxBytes: 1 << 24 })) {
      if (item.kind !== 'document') continue;
      const prepared = prepareArticle(item.document, '2025-06-01T00:00:00.000Z');
      if (prepared.kind === 'article') articles.push({ text: prepared.article.text, publishedAt: prepared.article.publishedAt, id: prepared.article.origin.locator });
    }
  }
  const sentences = articles.reduce((n, a) => n + splitSentences(a.text).length, 0);
  let best = Infinity;
  let claims = 0;
  for (let pass = 0; pass < passes; pass++) {
    claims = 0;
    const started = performance.now();
    for (let r = 0; r < REPEATS; r++) {
      for (const a of articles) claims += extractClaims(a.text, { articleId: a.id, publishedAt: a.publishedAt }).length;
    }
    best = Math.min(best, performance.now() - started);
  }
  const seconds = best / 1000;
  const figures = {
    articles: articles.length, sentences, claimsPerPass: claims / REPEATS,
    sentencesPerSecond: Math.round((sentences * REPEATS) / seconds),
    claimsPerSecond: Math.round(claims / seconds),
    msPerArticle: (best / (articles.length * REPEATS)),
  };
  return {
    figures,
    table: [['articles', 'sentences', 'claims', 'sentences/s', 'claims/s', 'ms/article'],
      [figures.articles, sentences, figures.claimsPerPass, figures.sentencesPerSecond, figures.claimsPerSecond, figures.msPerArticle]],
  };
}
