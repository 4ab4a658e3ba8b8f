/**
 * The demo corpus as corroboration sees it: every article read and extracted the way ingest does (readFileInput,
 * prepareArticle), its claims from extractClaims, grouped by the `event` of demo/expected.json, with independence
 * families from expected.json's `copyOf` chains (a copy is in its source's family) and `siblingOf` pairs (two
 * rewrites of one absent story share a family). Used by the golden test (test/golden/demo-corroboration.test.ts), the claim tests and the claims and corroborate benches.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractClaims } from '../../src/analyze/claims.js';
import { prepareArticle } from '../../src/app/prepare-article.js';
import { demoCorpusDir } from '../../src/cli/commands/demo.command.js';
import type { CorroborationArticle } from '../../src/corroborate/corroborate.js';
import { expandInputs } from '../../src/ingest/expand-inputs.js';
import { DEFAULT_FIELD_MAP } from '../../src/ingest/field-map.js';
import { readFileInput } from '../../src/ingest/read-file.js';

interface ExpectedArticle {
  readonly locator: string;
  readonly event: string;
  readonly copyOf: string | null;
  readonly siblingOf: string | null;
}

/** One demo article as ingest extracts it, with its locator relative to demo/corpus. */
export interface DemoArticle {
  readonly locator: string;
  readonly text: string;
  readonly publishedAt: string | null;
  readonly outlet: string | null;
}

/**
 * Every demo article in corpus order, read and extracted the way ingest does: what the claim tests, the claims
 * bench and the corroboration golden test all start from.
 */
export async function demoArticles(): Promise<DemoArticle[]> {
  const corpus = demoCorpusDir();
  const out: DemoArticle[] = [];
  const { units } = await expandInputs([corpus]);
  for (const unit of units) {
    if (unit.kind !== 'file') continue;
    for await (const item of readFileInput(unit.path, { fieldMap: DEFAULT_FIELD_MAP, maxBytes: 1 << 24 })) {
      if (item.kind !== 'document') continue;
      const prepared = prepareArticle(item.document, '2025-06-01T00:00:00.000Z');
      if (prepared.kind !== 'article') continue;
      const { article } = prepared;
      out.push({ locator: relative(corpus, article.origin.locator), text: article.text, publishedAt: article.publishedAt, outlet: article.outlet });
    }
  }
  return out;
}

/** Event -> its articles (ids are corpus locators), in corpus order. */
export async function demoEvents(): Promise<Map<string, CorroborationArticle[]>> {
  const corpus = demoCorpusDir();
  const expected = JSON.parse(readFileSync(join(corpus, '..', 'expected.json'), 'utf8')) as ExpectedArticle[];
  const byLocator = new Map(expected.map((e) => [e.locator, e]));
  const events = new Map<string, CorroborationArticle[]>();
  for (const article of await demoArticles()) {
    const id = article.locator;
    const want = byLocator.get(id);
    if (!want) throw new Error(`demo article ${id} is not in expected.json`);
    const list = events.get(want.event) ?? [];
    list.push({ id, familyId: familyOf(id, byLocator), publishedAt: article.publishedAt, outlet: article.outlet,
      claims: extractClaims(article.text, { articleId: id, publishedAt: article.publishedAt }) });
    events.set(want.event, list);
  }
  return events;
}

/** The root of the article's copyOf chain; siblings share the smaller of their two roots. */
function familyOf(locator: string, byLocator: ReadonlyMap<string, ExpectedArticle>): string {
  let at = byLocator.get(locator)!;
  while (at.copyOf !== null) at = byLocator.get(at.copyOf)!;
  if (at.siblingOf === null) return at.locator;
  return at.locator < at.siblingOf ? at.locator : at.siblingOf;
}
