import { splitSentences } from '../../analyze/sentences.js';
import type { Sentence } from '../../analyze/sentences.js';
import type { Signal } from '../../model/signal.js';
import { insideQuotation, spanSignal } from './evidence-span.js';
import { allOf, anyOf, containsAny, needsWords, WordSet } from './word-set.js';
import type { Prefilter } from './word-set.js';

/**
 * `rewrite.admission`: a sentence in which the page says of itself that it was rewritten, regenerated or written
 * with AI ("This story has been rephrased from its original source", "Our editors found this article on X and
 * regenerated it using AI"). Content farms add such lines on their own; NewsGuard's survey of AI-generated news
 * sites ("Rise of the Newsbots", May 2023) found them next to leftover chatbot replies. The page states the fact
 * itself, so the confidence is high; the evidence is the whole sentence, with its offsets.
 *
 * A rule is a set of patterns that must all match one sentence: a self-reference ("this article", "our editors")
 * plus a rewriting verb, or a generating verb plus an AI agent. Requiring the self-reference is what keeps news
 * ABOUT AI ("the agency said the report was written with the help of AI") from firing.
 */

interface AdmissionRule {
  readonly name: string;
  readonly all: readonly RegExp[];
  readonly confidence: number;
  /** Words the rule cannot match without: a rule whose words are absent from the text is not tried. */
  readonly needs: Prefilter;
}

const NOUN = '(?:story|article|post|piece|content|text|report|news(?: story| item)?|summary|page)';
/**
 * The page as the grammatical subject of a passive verb: "This story has been ...", "This article, first seen on
 * X, was ...". A self-reference alone is not enough: "this article looks at AI-generated images" is news about AI.
 */
const SELF_BE = `\\b(?:this|the present|our) ${NOUN}\\b[^.]{0,60}?\\b(?:is|was|has been|have been|had been|were)\\s+(?:\\w+\\s+){0,3}?`;
/** Verbs that only describe redoing someone else's text. */
const RESTATED = '(?:re-?phrased|paraphrased|re-?generated|re-?worded|re-?created)\\b';
/** The machine that did it, after "with the help of", "using", "by"... "AI" must be the word. */
const AGENT = '\\b(?:with the (?:help|assistance|aid|support) of|with|using|by|through|via|thanks to)\\s+(?:the |an? |our )?' +
  '(?:A\\.?I\\b|artificial intelligence|(?:large )?language models?|LLMs?\\b|ChatGPT|GPT|chatbots?|automated (?:tools?|systems?|software))';
const GENERATED = '(?:generated|written|produced|created|composed|drafted|prepared|assisted|re-?written|edited|summari[sz]ed|translated)\\b';
const REDO = '\\b(?:re-?generated|re-?wrote|re-?phrased|paraphrased|re-?worded|re-?written|spun)\\b';
const EDITORS = '\\b(?:our (?:editors?|team|staff|newsroom|writers?)|we)\\b';

/*
 * What each rule cannot match without, from its rarest parts (everyday words like "this", "was", "we" would let
 * nearly every article through). A hyphenated form is two words: "re-phrased" has the word "phrased".
 * Trying only the rules whose words occur, and splitting sentences only then: 98 µs -> 3 µs per 3 KB article
 * (`npm run bench -- signals`, word scan shared with the other detectors and not counted).
 */
const SELF_NOUN = needsWords('story article post piece content text report news summary page');
const RESTATED_WORDS = needsWords('rephrased phrased paraphrased regenerated generated reworded worded recreated created');
const GENERATED_WORDS = needsWords('generated written produced created composed drafted prepared assisted rewritten edited summarised summarized translated');
const REDO_WORDS = needsWords('regenerated generated rewrote wrote rephrased phrased paraphrased reworded worded rewritten written spun');
/** AGENT's machines: "ChatGPT", "GPT" and "chatbot" may begin a longer word ("GPT-4o" is a word, "GPT4o" is not). */
const AGENT_WORDS = anyOf(needsWords('ai artificial language llm llms automated'), containsAny('gpt', 'chatbot', 'a.i'));

const RULES: readonly AdmissionRule[] = [
  { name: 'self restated', all: [new RegExp(SELF_BE + RESTATED, 'i')], confidence: 0.95, needs: allOf(SELF_NOUN, RESTATED_WORDS) },
  // Newsrooms write "this story has been rewritten throughout" of their own updates: only "rewritten from" counts.
  {
    name: 'self rewritten from a source',
    all: [new RegExp(`${SELF_BE}re-?written\\b[^.]{0,60}?\\b(?:from|based on)\\b`, 'i')],
    confidence: 0.9,
    needs: allOf(SELF_NOUN, needsWords('rewritten written')),
  },
  { name: 'self generated with AI', all: [new RegExp(`${SELF_BE}${GENERATED}[^.]{0,40}?${AGENT}`, 'i')], confidence: 0.95, needs: allOf(SELF_NOUN, GENERATED_WORDS, AGENT_WORDS) },
  {
    name: 'self AI-generated',
    all: [new RegExp(`${SELF_BE}(?:partly |partially |fully |entirely )?(?:AI|A\\.I\\.|machine)[- ]${GENERATED}`, 'i')],
    confidence: 0.95,
    needs: allOf(SELF_NOUN, GENERATED_WORDS, anyOf(needsWords('ai machine'), containsAny('a.i.'))),
  },
  {
    name: 'editors found and regenerated',
    all: [new RegExp(`${EDITORS}[^.]{0,40}?\\b(?:found|took|picked|sourced)\\b[^.]{0,40}?\\b(?:this|the|an) (?:article|story|post|report)\\b[^.]{0,120}?${REDO}`, 'i')],
    confidence: 0.95,
    needs: allOf(needsWords('found took picked sourced', 'article story post report'), REDO_WORDS),
  },
  { name: 'editors redid with AI', all: [new RegExp(`${EDITORS}[^.]{0,160}?${REDO}[^.]{0,40}?${AGENT}`, 'i')], confidence: 0.9, needs: allOf(REDO_WORDS, AGENT_WORDS) },
  {
    name: 'originally published, rewritten',
    all: [/\boriginally (?:published|appeared|posted|written|reported)\b/i, new RegExp(REDO, 'i')],
    confidence: 0.8,
    needs: allOf(needsWords('originally'), REDO_WORDS),
  },
  // A credit line: "Written with AI." / "Generated by ChatGPT and reviewed by our staff."
  {
    name: 'credit line',
    all: [new RegExp(`^(?:this (?:was )?)?(?:generated|written|created|re-?written|produced)\\s+${AGENT}`, 'i')],
    confidence: 0.85,
    needs: allOf(needsWords('generated written created rewritten produced'), AGENT_WORDS),
  },
  // Cheap multilingual forms of "this article was generated/rewritten with AI": the page as subject, verb, agent.
  {
    name: 'de',
    all: [/\bdiese[rs]? (?:Artikel|Beitrag|Text)\b[^.]{0,60}?\b(?:wurde|ist)\b/i, /(?:erstellt|generiert|umgeschrieben|verfasst|geschrieben|umformuliert)/i, /(?:\bKI\b|künstliche[rn]? Intelligenz)/i],
    confidence: 0.9,
    needs: needsWords('diese dieser dieses', 'artikel beitrag text'),
  },
  {
    name: 'fr',
    all: [/\b(?:cet article|ce texte|ce contenu)\b[^.]{0,60}?\ba été(?=\s)/i, /(?:généré|rédigé|réécrit|reformulé|écrit|produit)/i, /(?:\bIA\b|intelligence artificielle)/i],
    confidence: 0.9,
    needs: needsWords('cet ce', 'article texte contenu'),
  },
  {
    name: 'es',
    all: [/\b(?:este|esta) (?:artículo|texto|contenido|nota)[^.]{0,60}?\b(?:fue|ha sido)\b/i, /(?:generad|redactad|reescrit|parafrasead|escrit)[oa]/i, /(?:\bIA\b|inteligencia artificial)/i],
    confidence: 0.9,
    needs: needsWords('este esta', 'fue sido'),
  },
  { name: 'pt', all: [/\beste (?:artigo|texto|conteúdo)[^.]{0,60}?\bfoi\b/i, /(?:gerad|redigid|reescrit|escrit)[oa]/i, /(?:\bIA\b|inteligência artificial)/i], confidence: 0.9, needs: needsWords('este', 'foi') },
  {
    name: 'it',
    all: [/\bquest[oa] (?:articolo|testo|contenuto|notizia)[^.]{0,60}?\sè stat[oa]\b/i, /(?:generat|scritt|riscritt|redatt)[oa]/i, /(?:\bIA\b|\bAI\b|intelligenza artificiale)/i],
    confidence: 0.9,
    needs: needsWords('questo questa', 'stato stata'),
  },
  {
    name: 'nl',
    all: [/\b(?:dit artikel|deze tekst|dit bericht)\b[^.]{0,60}?\b(?:is|werd)\b/i, /(?:gegenereerd|geschreven|herschreven|gemaakt)/i, /\b(?:AI|KI|kunstmatige intelligentie)\b/i],
    confidence: 0.9,
    needs: needsWords('dit deze', 'artikel tekst bericht', 'ai ki kunstmatige'),
  },
];

/** Someone quoted admitting it ("'we rewrote it with AI,' he said") is reported speech: weaker, not nothing. */
const QUOTED_FACTOR = 0.5;

/**
 * `words` and `sentences` may be passed when the caller shares them with the other detectors. Sentences are asked
 * for only when some rule's words occur in the text.
 */
export function detectRewriteAdmissions(
  text: string,
  words: WordSet = new WordSet(text),
  sentences: () => readonly Sentence[] = () => splitSentences(text),
): Signal[] {
  // A rule whose words are absent from the text matches no sentence of it, so leaving it out changes no result.
  const rules = RULES.filter((r) => r.needs(words));
  if (rules.length === 0) return [];
  const out: Signal[] = [];
  for (const sentence of sentences()) {
    const rule = rules.find((r) => r.all.every((pattern) => pattern.test(sentence.text)));
    if (!rule) continue;
    // Judge the first letter, not an opening quote mark before it.
    const quoted = insideQuotation(text, sentence.start + Math.max(0, sentence.text.search(/\p{L}/u)));
    out.push(spanSignal('rewrite.admission', text, sentence.start, sentence.end, rule.confidence * (quoted ? QUOTED_FACTOR : 1)));
  }
  return out;
}

/** The same rules over a headline, which has no offsets in the text: evidence is marked as the title's. */
export function detectTitleAdmission(title: string): Signal | null {
  const words = new WordSet(title);
  const rule = RULES.find((r) => r.needs(words) && r.all.every((pattern) => pattern.test(title)));
  return rule ? { kind: 'rewrite.admission', evidence: `title: ${title}`, confidence: rule.confidence } : null;
}
