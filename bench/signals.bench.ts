/**
 * Cost of the per-article machine-rewrite signal detection, which every ingested article pays on an extraction
 * worker: each detector alone (with its own word scan), each given the shared scan, and the entry point
 * detectArticleSignals that ingest calls. Texts are 3,000 generated news articles (bench/lib/synthetic-news.ts,
 * ~3 KB each) after extraction, as ingest sees them, and the demo corpus's articles are in the tests.
 * `npm run bench -- signals`
 */
import { splitSentences } from '../src/analyze/sentences.js';
import { extractArticle } from '../src/extract/extract-article.js';
import { detectChatbotPhrases } from '../src/reuse/signals/chatbot-phrase.js';
import { detectArticleSignals } from '../src/reuse/signals/detect-signals.js';
import { detectFormulaicStructure } from '../src/reuse/signals/formulaic-structure.js';
import { detectLlmVocabulary } from '../src/reuse/signals/llm-vocabulary.js';
import { detectRewriteAdmissions } from '../src/reuse/signals/rewrite-admission.js';
import { WordSet } from '../src/reuse/signals/word-set.js';
import type { BenchResult } from './lib/bench-result.js';
import { peakRssMb } from './lib/bench-result.js';
import { mulberry32, syntheticArticle } from './lib/synthetic-news.js';

const ARTICLES = 3_000;
/** Passes over the texts; the best is reported (the first warms the JIT, and other work on the machine adds noise). */
const PASSES = 3;

export async function run(): Promise<BenchResult> {
  const random = mulberry32(ARTICLES);
  const texts: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const a = syntheticArticle(i, random, 0);
    const extracted = extractArticle({ origin: { input: 'bench', locator: `bench:${i}` }, body: { kind: 'record', text: a.text }, hints: { title: a.title, url: a.url, published: a.published, outlet: a.outlet } }, { now: new Date() });
    if (extracted) texts.push(extracted.text);
  }
  const shared = new Map(texts.map((x) => [x, new WordSet(x)]));
  const stages: [string, (text: string) => unknown][] = [
    ['splitSentences', splitSentences],
    ['word scan', (x) => new WordSet(x)],
    ['admissions alone', (x) => detectRewriteAdmissions(x)],
    ['chatbot phrases alone', (x) => detectChatbotPhrases(x)],
    ['formulaic structure alone', (x) => detectFormulaicStructure(x)],
    ['LLM vocabulary alone', (x) => detectLlmVocabulary(x)],
    ['admissions, shared scan', (x) => detectRewriteAdmissions(x, shared.get(x))],
    ['chatbot phrases, shared scan', (x) => detectChatbotPhrases(x, shared.get(x))],
    ['formulaic structure, shared scan', (x) => detectFormulaicStructure(x, shared.get(x))],
    ['LLM vocabulary, shared scan', (x) => detectLlmVocabulary(x, shared.get(x))],
    ['detectArticleSignals', (x) => detectArticleSignals({ title: 'Officials met on Monday', text: x, publishedAt: null })],
  ];
  const micros = new Map<string, number>();
  for (let pass = 0; pass < PASSES; pass++) {
    for (const [name, stage] of stages) {
      const started = performance.now();
      for (const text of texts) stage(text);
      const each = ((performance.now() - started) / texts.length) * 1000;
      micros.set(name, Math.min(micros.get(name) ?? Infinity, each));
    }
  }
  const perArticle = micros.get('detectArticleSignals')!;
  return {
    figures: {
      perSecond: Math.round(1e6 / perArticle),
      microsPerArticle: Math.round(perArticle * 10) / 10,
      articles: texts.length,
      byStage: Object.fromEntries([...micros].map(([name, us]) => [name, Math.round(us * 10) / 10])),
      peakRssMb: peakRssMb(),
    },
    table: [['stage', 'µs per article'], ...[...micros].map(([name, us]) => [name, us.toFixed(1)])],
  };
}
