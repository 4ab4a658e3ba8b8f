import { splitSentences } from '../../analyze/sentences.js';
import type { Sentence } from '../../analyze/sentences.js';
import type { Signal } from '../../model/signal.js';
import { detectChatbotPhrases, detectTitleChatbotPhrase } from './chatbot-phrase.js';
import { detectLateDate } from './date-disagreement.js';
import { detectFormulaicStructure } from './formulaic-structure.js';
import { detectLlmVocabulary } from './llm-vocabulary.js';
import { detectNameVariants } from './name-variants.js';
import type { NameForm } from './proper-noun-runs.js';
import { detectRewriteAdmissions, detectTitleAdmission } from './rewrite-admission.js';
import { WordSet } from './word-set.js';

/**
 * The one entry point for an article's machine-rewrite and date signals (the residue signals come from extraction
 * and are already stored with the article). Pure: same article and context, same signals, in the same order.
 *
 * What needs only the article runs always: rewrite admissions, chatbot phrases, formulaic structure, LLM-favoured
 * vocabulary. What needs the rest of the story runs when the caller passes it:
 * - nameForms: how the OTHER articles of the story spell names (buildNameForms in proper-noun-runs.ts);
 * - storyMedianDate: the median publication date of the OTHER articles (medianDate in date-disagreement.ts).
 * Leaving the article itself out of both matters: with it, its own misspelling would count as coverage.
 *
 * Spans are offsets into `text`; signals found in the title carry no span and say "title:" in their evidence.
 */

export interface SignalArticle {
  readonly title: string;
  readonly text: string;
  readonly publishedAt: string | null;
}

export interface SignalContext {
  readonly nameForms?: readonly NameForm[];
  readonly storyMedianDate?: string | null;
}

export function detectArticleSignals(article: SignalArticle, context: SignalContext = {}): Signal[] {
  const { text } = article;
  // Scanned once for all four detectors, which run a pattern only when its words occur; sentences are split at
  // most once, and only when a sentence-level pattern may match.
  const words = new WordSet(text);
  let split: readonly Sentence[] | undefined;
  const sentences = () => (split ??= splitSentences(text));
  const signals: Signal[] = [
    ...detectRewriteAdmissions(text, words, sentences),
    ...detectChatbotPhrases(text, words),
    ...detectFormulaicStructure(text, words, sentences),
    ...detectLlmVocabulary(text, words),
  ];
  const titleAdmission = detectTitleAdmission(article.title);
  if (titleAdmission) signals.push(titleAdmission);
  const titleChatbot = detectTitleChatbotPhrase(article.title);
  if (titleChatbot) signals.push(titleChatbot);
  signals.push(...detectStorySignals(article, context));
  return signals.sort(bySpan);
}

/**
 * Only the signals that compare the article with the rest of its story (mangled names, a late date), in text order.
 * They change as the story grows, so readers compute them from the story as it is now (src/app/story-signals.ts).
 */
export function detectStorySignals(article: SignalArticle, context: SignalContext): Signal[] {
  const signals: Signal[] = [];
  if (context.nameForms && context.nameForms.length > 0) signals.push(...detectNameVariants(article.text, context.nameForms));
  if (context.storyMedianDate) {
    signals.push(...detectLateDate({ text: article.text, publishedAt: article.publishedAt, storyMedianDate: context.storyMedianDate }));
  }
  return signals.sort(bySpan);
}

/** Text order; title signals (no span) last, in kind order, so the output is stable. */
function bySpan(a: Signal, b: Signal): number {
  const sa = a.span?.start ?? Number.MAX_SAFE_INTEGER;
  const sb = b.span?.start ?? Number.MAX_SAFE_INTEGER;
  return sa - sb || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}
