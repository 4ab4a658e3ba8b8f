import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/app/prepare-article.js';
import { demoCorpusDir } from '../../src/cli/commands/demo.command.js';
import { expandInputs } from '../../src/ingest/expand-inputs.js';
import { DEFAULT_FIELD_MAP } from '../../src/ingest/field-map.js';
import { readFileInput } from '../../src/ingest/read-file.js';
import type { ExtractedArticle } from '../../src/model/article.js';
import type { Signal } from '../../src/model/signal.js';
import { medianDate } from '../../src/reuse/signals/date-disagreement.js';
import { detectArticleSignals } from '../../src/reuse/signals/detect-signals.js';
import { LIKELY_MACHINE_REWRITE, machineRewriteScore } from '../../src/reuse/signals/machine-rewrite-score.js';
import { buildNameForms } from '../../src/reuse/signals/proper-noun-runs.js';

/**
 * The demo corpus as the golden set of the machine-rewrite and date signals: demo/expected.json lists, per
 * article, the markers it must carry. The articles are read and extracted as ingest does (readers, then
 * prepareArticle), without a store. Story context is built from the expected events: each article's name forms
 * and median date come from the OTHER articles of its event, as the story stage will pass them.
 * Every kind must be found exactly where expected (precision and recall 1 on this set), and no article without a
 * rewrite.* marker may score as a likely machine rewrite.
 */

interface Expected {
  locator: string;
  event: string;
  markers: string[];
}

const KINDS = ['rewrite.admission', 'rewrite.chatbot-phrase', 'rewrite.formulaic', 'rewrite.mangled-name', 'date.late'] as const;

/** What the `why` of each marked article names, as it must appear in the evidence of its signals. */
const EVIDENCE: Readonly<Record<string, readonly string[]>> = {
  'farms.jsonl#line=1': ['This story has been rephrased from its original source.', 'In a significant development', 'In conclusion,', '"ilse Marand"', '"Sol Varenne"'],
  'farms.jsonl#line=2': ['As an AI language model', 'In summary,'],
  'farms.jsonl#line=3': ['I cannot complete this prompt', "In today's fast-paced world", 'In conclusion,'],
  'farms.jsonl#line=5': ['Our editors found this article on Lisgar Gazette and regenerated it', 'Vosbrandt"', '"Lisport"', '"lisgar-kesh"'],
  'farms.jsonl#line=6': ['In summary,', '"halden"', '"Elin harrow"'],
  'text/strait-fisheries-monthly-quota-freeze.txt': ['recently held'],
};

const corpus = demoCorpusDir();
const expected = JSON.parse(readFileSync(join(corpus, '..', 'expected.json'), 'utf8')) as Expected[];
const articles = new Map<string, ExtractedArticle>();
const detected = new Map<string, Signal[]>();

beforeAll(async () => {
  const { units } = await expandInputs([corpus]);
  for (const unit of units) {
    if (unit.kind !== 'file') continue;
    for await (const item of readFileInput(unit.path, { fieldMap: DEFAULT_FIELD_MAP, maxBytes: 1 << 24 })) {
      if (item.kind !== 'document') throw new Error(`unreadable demo input: ${JSON.stringify(item)}`);
      const prepared = prepareArticle(item.document, '2025-06-01T00:00:00.000Z');
      if (prepared.kind !== 'article') throw new Error(`no article: ${prepared.failure.input}`);
      articles.set(relative(corpus, prepared.article.origin.locator), prepared.article);
    }
  }
  for (const want of expected) {
    const others = expected.filter((e) => e.event === want.event && e.locator !== want.locator).map((e) => articles.get(e.locator)!);
    const context = { nameForms: buildNameForms(others.map((a) => a.text)), storyMedianDate: medianDate(others.map((a) => a.publishedAt)) };
    detected.set(want.locator, detectArticleSignals(articles.get(want.locator)!, context));
  }
});

function signalsOf(locator: string): Signal[] {
  const signals = detected.get(locator);
  if (!signals) throw new Error(`not extracted: ${locator}`);
  return signals;
}

describe('demo corpus signals', () => {
  it('extracts every demo article', () => {
    expect([...articles.keys()].sort()).toEqual(expected.map((e) => e.locator).sort());
  });

  describe.each(expected.map((e) => [e.locator, e] as const))('%s', (locator, want) => {
    it('carries exactly the expected rewrite and late-date markers, each with evidence in the text', () => {
      const signals = signalsOf(locator);
      const kinds = new Set(signals.map((s) => s.kind));
      expect(KINDS.filter((k) => kinds.has(k))).toEqual(KINDS.filter((k) => want.markers.includes(k)));
      const text = articles.get(locator)!.text;
      for (const s of signals) {
        expect(s.span).toBeDefined();
        expect(s.evidence).toContain(text.slice(s.span!.start, s.span!.end));
      }
    });

    it('quotes what the golden set says the article shows', () => {
      const evidence = signalsOf(locator).map((s) => s.evidence);
      for (const snippet of EVIDENCE[locator] ?? []) expect(evidence.some((e) => e.includes(snippet)), snippet).toBe(true);
    });

    it('scores as a likely machine rewrite exactly when it carries a rewrite marker', () => {
      const article = articles.get(locator)!;
      const score = machineRewriteScore([...article.signals, ...signalsOf(locator)]);
      const rewritten = want.markers.some((m) => m.startsWith('rewrite.'));
      if (rewritten) expect(score.score).toBeGreaterThanOrEqual(LIKELY_MACHINE_REWRITE);
      else expect(score.score).toBeLessThan(LIKELY_MACHINE_REWRITE);
    });
  });
});
