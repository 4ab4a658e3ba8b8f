import type { ClaimStatus, TextRef } from '../model/claim.js';
import { isPastForm } from './verb-forms.js';

/**
 * The status of the reported event: done, ongoing or planned (SCENARIOS.md 4: a page that reports as upcoming,
 * "announced plans to hold", what the rest of the coverage reports as held). It is read from the stated content
 * only (attribution.ts strips "the ministry announced"), so the reporting verb's past tense never makes a planned
 * event done; relative clauses set off by commas (", which will be investigated,") are skipped for the same reason.
 *
 * Cues are tried by kind, planned first, because a plan is usually stated with past-tense words around it
 * ("agreed to reopen", "was due to meet", "announced plans to hold"):
 * - planned: will / 'll / shall / is going to / would (future in the past of reported speech), be set / scheduled /
 *   due / expected / poised / slated to, plan(s/ned) to, plans for, intend / aim / agree / vow / pledge / promise /
 *   decide / threaten / hope to, upcoming, forthcoming, tomorrow, next week/month/year or weekday, later this ...;
 * - ongoing: is/are/am (being) + -ing, has/have been + -ing, continue(s) to, remain(s), still, under way, ongoing,
 *   and a present passive, which states what holds now ("the crossing is closed");
 * - done: has/have/had + participle, was/were, did, or any past form (regular -ed or the irregular list), the
 *   earliest of them, since the main clause usually comes first;
 * - ongoing again for a present "is/are" state ("the crossing is closed"), else unknown.
 */

const PLANNED = new RegExp([
  "\\bwill\\b", "\\w['\u2019]ll\\b", "\\bshall\\b", "\\b(?:is|are|am|was|were) going to\\b", "\\bwould\\b", "\\bwon['\u2019]t\\b",
  "\\b(?:is|are|was|were|be|been)\\s+(?:now\\s+)?(?:set|scheduled|due|expected|poised|slated|planned|to be)\\s+(?:to|for)\\b",
  "\\b(?:is|are|was|were) to\\s+(?!be\\s+(?:blamed|found)\\b)\\w+",
  "\\b(?:plans?|planned|planning|intends?|intended|aims?|aimed|agreed|agrees?|vowed|vows?|pledged|pledges?|promised|promises?|decided|decides?|threatened|threatens?|hopes?|hoped|prepares?|prepared|preparing) to\\b",
  "\\bplans? for\\b", "\\b(?:upcoming|forthcoming)\\b", "\\btomorrow\\b",
  "\\bnext (?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
  "\\blater (?:this|next) (?:week|month|year)\\b",
].join('|'), 'i');
const ONGOING = /\b(?:is|are|am|'re)\s+(?:(?:still|now|also|being)\s+)*\w+ing\b|\b(?:has|have) been \w+ing\b|\bcontinu(?:es?|ing) to\b|\bremains?\b|\bstill\b|\bunder ?way\b|\bongoing\b|\bin progress\b/i;
const NOT_ING = /\b(?:is|are|am|'re)\s+(?:nothing|something|anything|everything|during|morning|evening|king|thing|spring)\b/i;
const PRESENT_PASSIVE = /\b(?:is|are|am)\s+(?:(?:still|now|also|currently|temporarily)\s+)?([a-z]+)\b/i;
const PERFECT = /\b(?:has|have|had)\s+(?:(?:not|never|already|also|yet|just|since|now|been)\s+)*([a-z]+)\b/i;
const PAST_AUX = /\b(?:was|were|did|didn['\u2019]t|wasn['\u2019]t|weren['\u2019]t)\b/i;
const PRESENT_STATE = /\b(?:is|are|am|isn['\u2019]t|aren['\u2019]t)\b/i;
const DETERMINER = /^(?:the|a|an|this|that|its|their|his|her|our|my|your|these|those)$/i;
const RELATIVE_CLAUSE = /,\s+(?:which|who|whose|where)\b[^,]*,/gi;
const WORD = /[\p{L}]+/gu;

/** The status of the content text (which starts at offset `base` of the article text). */
export function findStatus(content: string, base: number): ClaimStatus {
  const text = content.replace(RELATIVE_CLAUSE, (m) => ' '.repeat(m.length));
  const cue = (m: RegExpExecArray | null, kind: ClaimStatus['kind']): ClaimStatus | null => {
    if (!m) return null;
    const at = m.index + (m[0].length - m[0].trimStart().length);
    const ref: TextRef = { text: content.slice(at, m.index + m[0].length), start: base + at, end: base + m.index + m[0].length };
    return { kind, cue: ref };
  };
  const planned = cue(PLANNED.exec(text), 'planned');
  if (planned) return planned;
  const ongoing = NOT_ING.test(text) ? null : cue(ONGOING.exec(text), 'ongoing');
  if (ongoing) return ongoing;
  // A present passive is a state that holds now: "the crossing is closed", "the channel is blocked".
  const state = PRESENT_PASSIVE.exec(text);
  if (state && isPastForm(state[1]!.toLowerCase())) return cue(state, 'ongoing')!;
  // The earliest past cue is the main clause's ("signed an accord ... that have strained relations").
  const perfect = PERFECT.exec(text);
  const done = [perfect && (isPastForm(perfect[1]!.toLowerCase()) || perfect[1]!.toLowerCase() === 'been') ? perfect : null, PAST_AUX.exec(text), pastWord(text)]
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a.index - b.index)[0];
  if (done) return cue(done, 'done')!;
  return cue(PRESENT_STATE.exec(text), 'ongoing') ?? { kind: 'unknown', cue: null };
}

/** The first lower-case past form that does not follow a determiner ("the injured", "a retired diplomat"). */
function pastWord(text: string): RegExpExecArray | null {
  WORD.lastIndex = 0;
  let previous = '';
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    if (word === word.toLowerCase() && isPastForm(word) && !DETERMINER.test(previous)) return m;
    previous = word;
  }
  return null;
}
