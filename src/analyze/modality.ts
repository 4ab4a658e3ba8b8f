import type { Attribution, Modality, TextRef } from '../model/claim.js';
import { findHedges } from '../reuse/drift-hedges.js';

/**
 * How a claim is put (SCENARIOS.md 5: essays and explainers say what an event "hints at", "could" lead to or "may
 * signify"; their sentences are not corroboration, and a claim only ever made in hedged form is speculation).
 * Decided in this order, the first that applies:
 * 1. question: the sentence ends with "?" (closing quotes aside);
 * 2. hedged: a hedge anywhere in the sentence. The cues are drift-hedges.ts's (may, might, could, reportedly,
 *    allegedly, is said to, appears to, likely, possibly, perhaps, is expected/believed to), without "according
 *    to" and "sources say", which are attribution, plus: hints at, it is possible, potentially, is thought to,
 *    seems to, probably, presumably, speculation, and "would" except in reported speech after a past reporting
 *    verb ("he said the accord would be put to parliament" is future-in-the-past, not a possibility);
 * 3. attributed: someone other than the outlet says it (attribution.ts);
 * 4. opinion: in the writer's own voice, first person (I, we, my, our), should / must / ought to / need to, or
 *    evaluative phrasing ("it is clear that", "a welcome step", "arguably", "in our view");
 * 5. reported: what is left, the outlet stating a fact.
 * Opinion yields to attribution on purpose: "Ostin said the accord should be ratified" is his opinion, and the
 * Brief shows it as attributed to him, not as the outlet's judgement.
 */

const QUESTION = /\?["'\u201d\u2019)\]]*\s*$/;
const EXTRA_HEDGES = /\b(?:hint(?:s|ed|ing)? at|it is (?:possible|conceivable|unclear whether)|potentially|(?:is|are|was|were) thought to|seems? to|seemed to|probably|presumably|speculation|rumou?red|raises? the prospect|remains to be seen|(?:is|are) (?:said|believed) to)\b/gi;
const WOULD = /\bwould\b/g;
const PAST_REPORTING = /^(?:said|told|warned|added|claimed|announced|insisted|confirmed|stated|noted|explained|argued|predicted|suggested|indicated|denied|according to|wrote|declared|estimated)$/i;
const FIRST_PERSON = /\b(?:I|we|We|my|My|our|Our|us|me)\b/g;
const NORMATIVE = /\b(?:should|must|ought to|needs? to|it is time|high time)\b/gi;
const EVALUATIVE = /\b(?:it is (?:clear|obvious|evident|worth noting|regrettable|welcome|encouraging|troubling|disappointing|remarkable)|clearly|undoubtedly|arguably|unfortunately|fortunately|sadly|needless to say|of course|in (?:my|our) view|a (?:welcome|bold|historic|troubling|worrying|dangerous|misguided|shameful|grave|sensible|timely) (?:step|move|mistake|decision|achievement|failure|blow|sign))\b/gi;

/** The modality of `sentence` (at offset `base`), given its attribution. */
export function findModality(sentence: string, base: number, attribution: Attribution): Modality {
  const ref = (index: number, text: string): TextRef => ({ text, start: base + index, end: base + index + text.length });
  if (QUESTION.test(sentence)) {
    const at = sentence.lastIndexOf('?');
    return { kind: 'question', cues: [ref(at, '?')] };
  }
  const hedges: TextRef[] = [];
  for (const h of findHedges(sentence)) {
    if (h.family === 'reported' && !/^(?:reportedly|allegedly|(?:is|are|was|were) said to)$/i.test(h.text)) continue;
    hedges.push(ref(h.start, h.text));
  }
  const reportedSpeech = attribution.kind !== 'none' && attribution.verb !== null && PAST_REPORTING.test(attribution.verb.text);
  for (const pattern of reportedSpeech ? [EXTRA_HEDGES] : [EXTRA_HEDGES, WOULD]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      if (!hedges.some((h) => h.start - base < m!.index + m![0].length && m!.index < h.end - base)) hedges.push(ref(m.index, m[0]));
    }
  }
  if (hedges.length > 0) return { kind: 'hedged', cues: hedges.sort((a, b) => a.start - b.start) };
  if (attribution.kind !== 'none') return { kind: 'attributed', cues: [attribution.verb ?? attribution.source] };
  const opinion: TextRef[] = [];
  for (const pattern of [FIRST_PERSON, NORMATIVE, EVALUATIVE]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) opinion.push(ref(m.index, m[0]));
  }
  if (opinion.length > 0) return { kind: 'opinion', cues: opinion.sort((a, b) => a.start - b.start) };
  return { kind: 'reported', cues: [] };
}
