import { findClauseRoles, hasMainVerb } from './clause-roles.js';

/**
 * Where one sentence states two independent facts: "Fire broke out on Quay 7, and three ships were destroyed." or
 * "The port is closed; ferries are diverted to Lisgar." Issue 5 asks for one claim per fact, so each is aligned
 * and counted on its own, but only when the split is clean, because a wrong split makes two half-claims that align
 * with nothing. A split is made at "; " when both sides have a main verb, and at ", and" / ", but" when, besides,
 * the right side opens with its own short subject (at most six words, a determiner, pronoun, number or name): a list ("ships, tugs, and barges were burned") or a shared
 * subject ("they met on Monday, and signed the accord") is not split.
 */

/** A subject longer than this after ", and" is more likely a list item than a new subject. */
const MAX_NEW_SUBJECT_WORDS = 6;
const JOINT = /;\s+|,\s+(?:and|but)\s+/g;

/** Clause spans [start, end) of `text[from, to)`, in offsets of `text`; one span when nothing splits cleanly. */
export function splitClauses(text: string, from: number, to: number): [number, number][] {
  const content = text.slice(from, to);
  const spans: [number, number][] = [];
  let start = 0;
  JOINT.lastIndex = 0;
  for (let m = JOINT.exec(content); m; m = JOINT.exec(content)) {
    const left = content.slice(start, m.index);
    const rightStart = m.index + m[0].length;
    const right = content.slice(rightStart);
    // A semicolon joins independent clauses by definition; ", and" also joins list items and shared subjects.
    const clean = m[0].startsWith(';') ? hasMainVerb(right) : opensWithSubject(right);
    if (!hasMainVerb(left) || !clean) continue;
    spans.push([from + start, from + m.index]);
    start = rightStart;
  }
  spans.push([from + start, to]);
  return spans;
}

/** What a new subject can open with: a determiner, a pronoun, a number, or a capitalised word (a name). */
const SUBJECT_OPENER = /^(?:(?:the|a|an|this|that|these|those|its|his|her|their|our|some|many|most|all|both|no|none|several|one|two|three|four|five|six|seven|eight|nine|ten|it|he|she|they|we|you|there)\b|[\p{Lu}\p{N}"\u201c])/u;

function opensWithSubject(clause: string): boolean {
  if (!SUBJECT_OPENER.test(clause)) return false;
  const roles = findClauseRoles(clause, 0);
  if (!roles.actor || !roles.action || roles.actor.start !== 0) return false;
  return roles.actor.text.split(/\s+/).length <= MAX_NEW_SUBJECT_WORDS;
}
