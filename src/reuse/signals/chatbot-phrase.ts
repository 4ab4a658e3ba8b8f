import type { Signal } from '../../model/signal.js';
import { insideQuotation, spanSignal } from './evidence-span.js';
import { needsWords, WordSet } from './word-set.js';
import type { Prefilter } from './word-set.js';

/**
 * `rewrite.chatbot-phrase`: a chatbot's own words left in a published article, the refusal or disclaimer a
 * language model wraps around its answer ("As an AI language model", "I cannot complete this prompt", "Certainly!
 * Here is", "as of my last knowledge update"). NewsGuard found such error messages ("my cutoff date in September
 * 2021", "as an AI language model", "I cannot complete this prompt") on every one of the 49 AI-generated news
 * sites of its first survey ("Rise of the Newsbots", May 2023): no newsroom writes them in its own voice, so
 * confidence is high. The evidence is the exact phrase.
 *
 * Each pattern names the chatbot's first person or its stock opening precisely enough that people do not say it:
 * "as an AI researcher" or "I'm sorry, but I can't comment" do not match. A phrase inside quotation marks is
 * someone quoted (an article about chatbots quoting one), so its confidence is halved.
 */

interface PhrasePattern {
  readonly pattern: RegExp;
  readonly confidence: number;
  /** Words the pattern cannot match without: a pattern whose words are absent does not run. */
  readonly needs: Prefilter;
}

const MODEL = '(?:(?:large )?language model|AI (?:language )?model|AI assistant|AI chatbot|AI-powered assistant|artificial intelligence language model)';
/** Every MODEL ends in one of these words. */
const MODEL_WORDS = 'model assistant chatbot';
/**
 * The model speaking of itself: "As an AI language model, I ..." — the comma or the "I" after it is what separates
 * it from description ("ChatGPT, described as a large language model that ...").
 */
const SELF_AFTER = "(?=,|\\s+(?:I|I['’]m|myself|developed|created|trained|built)\\b)";
const CANNOT = "I(?: cannot| can['’]t| can not| am unable to|['’]m unable to| am not able to|['’]m not able to| won['’]t be able to)";
const TASK = '(?:fulfil+|complete|comply with|assist with|help with|generate|provide|create|write|produce|browse|access)';

/**
 * Each pattern's `needs` names its rarest words, never everyday ones ("I", "this", "have"): the scan for them is
 * what every article pays. Running only the patterns whose words occur: 41 µs -> 1.4 µs per 3 KB article
 * (`npm run bench -- signals`, word scan shared with the other detectors and not counted).
 */
const PHRASES: readonly PhrasePattern[] = [
  { pattern: new RegExp(`\\bas an? ${MODEL}\\b${SELF_AFTER}`, 'gi'), confidence: 0.95, needs: needsWords(MODEL_WORDS) },
  // "As an AI, I ..." - the bare "as an AI" needs the first person right after it ("as an AI researcher" has none).
  { pattern: /\bas an AI,?\s+I\b/gi, confidence: 0.9, needs: needsWords('ai') },
  {
    pattern: new RegExp(`\\b${CANNOT} ${TASK} (?:this|that|your|the) (?:prompt|request|task|query)\\b`, 'gi'),
    confidence: 0.95,
    needs: needsWords('prompt request task query'),
  },
  { pattern: new RegExp(`\\bI(?:['’]m| am) sorry,?\\s+but\\s+(?:as an? ${MODEL},?\\s+)?${CANNOT} ${TASK}\\b`, 'gi'), confidence: 0.9, needs: needsWords('sorry') },
  { pattern: new RegExp(`\\bI apologi[sz]e,?\\s+but\\s+${CANNOT} ${TASK}\\b`, 'gi'), confidence: 0.9, needs: needsWords('apologise apologize') },
  {
    pattern: /\b(?:Certainly|Sure|Absolutely|Of course)[!,.]\s+Here(?:['’]s| is| are)\b/gi,
    confidence: 0.9,
    needs: needsWords('certainly sure absolutely course', 'here'),
  },
  {
    pattern: /\bHere(?:['’]s| is) (?:a|the|an|your) (?:rewritten|revised|rephrased|paraphrased|reworded|summari[sz]ed|polished|SEO[- ]optimi[sz]ed|unique) (?:version|article|text|draft|story)\b/gi,
    confidence: 0.9,
    needs: needsWords('here', 'rewritten revised rephrased paraphrased reworded summarised summarized polished seo unique'),
  },
  { pattern: /\bregenerate response\b/gi, confidence: 0.9, needs: needsWords('regenerate', 'response') },
  { pattern: /\bas of my (?:last )?(?:knowledge|training)(?: data)?(?: update| cut-?off(?: date)?)?\b/gi, confidence: 0.95, needs: needsWords('knowledge training') },
  { pattern: /\bmy (?:knowledge|training(?: data)?) cut-?off\b/gi, confidence: 0.95, needs: needsWords('knowledge training') },
  // "cut-off" is the words "cut" and "off"; "cutoff" is one word.
  { pattern: /\bmy cut-?off date\b/gi, confidence: 0.9, needs: needsWords('cut cutoff', 'date') },
  {
    // "real-time" and "up-to-date" are words joined by hyphens: "real" and "date" are words of their own.
    pattern: /\bI (?:do not|don['’]t) have (?:access to )?(?:real-time|current|up-to-date) (?:information|data|news)\b/gi,
    confidence: 0.9,
    needs: needsWords('real current date', 'information data news'),
  },
  { pattern: /\bI (?:do not|don['’]t) have the ability to (?:browse|access)\b/gi, confidence: 0.9, needs: needsWords('ability', 'browse access') },
  { pattern: /\b(?:goes |is )?against (?:OpenAI['’]s|my) (?:use|usage|content) polic(?:y|ies)\b/gi, confidence: 0.9, needs: needsWords('against', 'policy policies') },
  {
    pattern: /\b(?:feel free to )?let me know if you(?:['’]d| would)? (?:need|like|want) (?:any )?(?:further|more|additional) (?:changes|adjustments|edits|revisions|assistance|help)\b/gi,
    confidence: 0.85,
    needs: needsWords('know', 'changes adjustments edits revisions assistance help'),
  },
  { pattern: /\bI hope this (?:helps|article helps|rewrite helps)\b/gi, confidence: 0.7, needs: needsWords('hope', 'helps') },
];

const QUOTED_FACTOR = 0.5;

/** `words` may be passed when the caller already scanned the text for the other detectors. */
export function detectChatbotPhrases(text: string, words: WordSet = new WordSet(text)): Signal[] {
  const found: Signal[] = [];
  for (const { pattern, confidence, needs } of PHRASES) {
    if (!needs(words)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // Two patterns can match the same words ("I cannot complete this prompt"): one signal per place.
      if (found.some((s) => s.span && s.span.start < end && start < s.span.end)) continue;
      const quoted = insideQuotation(text, start);
      found.push(spanSignal('rewrite.chatbot-phrase', text, start, end, confidence * (quoted ? QUOTED_FACTOR : 1)));
    }
  }
  return found.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
}

/** The same phrases in a headline ("I'm sorry, but I cannot fulfil this request" has been published as one). */
export function detectTitleChatbotPhrase(title: string): Signal | null {
  const hit = detectChatbotPhrases(title)[0];
  return hit ? { kind: hit.kind, evidence: `title: ${hit.evidence}`, confidence: hit.confidence } : null;
}
