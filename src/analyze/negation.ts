import type { Attribution, TextRef } from '../model/claim.js';

/**
 * Whether a claim is negated: the negation-mismatch kind of contradiction (de Marneffe, Rafferty & Manning 2008:
 * "the port reopened" against "the port did not reopen") needs it on every claim. Read from the stated content
 * (the attribution clause aside), plus the reporting verb when the speaker denies the content ("the ministry
 * denied that its ships entered the zone" states, through the ministry, that they did not).
 *
 * Cues: not / n't / never / no longer / neither / nor / none / nobody / nothing / no one, and "no" before a noun
 * ("no injuries were reported"); the verbs deny and refute. Left out: "not only" (adds, not negates), "no doubt",
 * and "no more/fewer/less than" (quantity bounds). Limits: a negation inside a relative clause ("the ship, which
 * had not been inspected, sank") negates the claim here, and two negations do not cancel.
 */

const NEGATION = /\b(?:not(?!\s+only\b)|never|no longer|neither|nor|none|nobody|nothing|no one|cannot)\b|n['\u2019]t\b|\bno\s+(?!doubt\b|longer\b|later\b|sooner\b|less\b|more\b|fewer\b|matter\b)(?=[\p{L}\p{N}])/iu;
const DENIAL = /\b(?:denied|denies|deny|denying|refuted|refutes|refute)\b/i;

/**
 * The negation cue of the content text[contentStart, contentEnd), of a denying reporting verb, or of the reporting
 * verb's own group ("the ministry did not confirm the toll"); null when none.
 */
export function findNegation(text: string, contentStart: number, contentEnd: number, attribution: Attribution): TextRef | null {
  if (attribution.kind !== 'none' && attribution.verb) {
    const { source, verb } = attribution;
    if (DENIAL.test(verb.text)) return verb;
    if (source.end <= verb.start) {
      const group = NEGATION.exec(text.slice(source.end, verb.start));
      if (group) return ref(group, source.end);
    }
  }
  const content = text.slice(contentStart, contentEnd);
  const m = NEGATION.exec(content) ?? DENIAL.exec(content);
  return m ? ref(m, contentStart) : null;
}

function ref(m: RegExpExecArray, base: number): TextRef {
  const text = m[0].trim();
  return { text, start: base + m.index, end: base + m.index + text.length };
}
