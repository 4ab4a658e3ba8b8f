import type { Action, ClaimObject, TextRef } from '../model/claim.js';
import { isAuxiliary, isListedPresent, isPastForm, VERB_GROUP_ADVERBS, verbLemma } from './verb-forms.js';

/**
 * A light subject-verb-object split of one clause, by rules (no tagger is installed). The actor is the noun phrase
 * before the main verb, the action the verb group ("will commit", "did not address", "agreed to reopen"), the
 * objects the phrases after it up to the end of the clause: the direct object, then each prepositional phrase.
 *
 * The main verb is the first word, after at least one subject word, that is an auxiliary or modal, a past form
 * (regular -ed or irregular; not after a determiner: "the injured"), a listed present form ("says", "remains"), or
 * any word after a plural pronoun ("they agree"). Openers are skipped first: an adverbial ending in a comma ("On
 * Monday, ..."), or a preposition and its object ahead of a pronoun or determiner ("From today it is ...").
 * Appositives set off by commas (", the foreign minister,", ", whose fleet ...,") are skipped inside the subject.
 * Limits, on purpose: no coordination inside the verb group ("met and signed" yields "met"), present -s verbs
 * outside the list are missed ("Veloria signs accord"), and pronouns are not resolved ("he", "it").
 */

export interface ClauseRoles {
  readonly actor: TextRef | null;
  readonly action: Action | null;
  readonly objects: readonly ClaimObject[];
}

interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/** Words (inner apostrophes, hyphens, dots and digit separators kept: "Sol-Varenne", "U.S", "12,000") and the
 * punctuation that bounds phrases. A full stop that ends a word is left out, so "accord." is "accord". */
const TOKEN = /[\p{L}\p{N}$€£][\p{L}\p{M}\p{N}'\u2019.%,-]*[\p{L}\p{M}\p{N}%]|[\p{L}\p{N}]|[,;:()"\u201c\u201d]/gu;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some', 'any', 'each', 'every', 'no']);
const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'you', 'there']);
const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you']);
const OPENERS = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'since', 'following', 'earlier', 'later',
  'meanwhile', 'yesterday', 'today', 'however', 'separately', 'also', 'under', 'despite', 'with', 'for', 'by', 'as',
  'when', 'while', 'although', 'though', 'if', 'from', 'until', 'amid', 'over', 'last', 'this', 'overnight', 'instead',
  'still', 'now', 'then', 'speaking', 'asked', 'but', 'and', 'so', 'yet', 'elsewhere', 'nearby', 'initially', 'once']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'into', 'near', 'over', 'under',
  'between', 'against', 'after', 'before', 'during', 'since', 'until', 'across', 'through', 'outside', 'towards',
  'toward', 'off', 'about', 'amid', 'among', 'within', 'without', 'inside', 'along', 'despite', 'per', 'via']);
const CLAUSE_END_AFTER_COMMA = new Set(['which', 'who', 'whose', 'when', 'while', 'after', 'before', 'because', 'as',
  'and', 'but', 'although', 'though', 'adding', 'saying', 'where', 'whereas', 'including', 'according', 'cutting', 'ending', 'leaving']);
const CLAUSE_END = new Set(['because', 'although', 'whereas', 'unless', 'whether', 'when', 'while', 'where', 'if']);
/** Verbs that take a to-infinitive as part of the event ("agreed to reopen"), compared by verbLemma. */
const CATENATIVES = new Set(['agree', 'plan', 'want', 'decide', 'continue', 'begin', 'start', 'try', 'hope', 'aim',
  'intend', 'vow', 'pledge', 'promise', 'threaten', 'refuse', 'fail', 'seek', 'expect', 'need', 'prepare', 'move',
  'offer', 'attempt', 'have', 'appear', 'seem', 'tend', 'manage', 'choose', 'wish', 'go', 'use', 'like', 'be'].map(verbLemma));
/** Auxiliaries after which any word is the verb ("will commit", "did address"); be/have need a participle. */
const OPEN_AUXILIARIES = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did', "'ll", 'to',
  "won't", "wouldn't", "can't", 'cannot', "couldn't", "shouldn't", "don't", "doesn't", "didn't"]);
const BE_FORMS = new Set(['is', 'are', 'am', 'was', 'were', 'be', 'been', 'being']);
const BE_CATENATIVES = new Set(['due', 'set', 'expected', 'scheduled', 'likely', 'unlikely', 'poised', 'slated', 'able',
  'unable', 'about', 'going', 'ready', 'willing', 'supposed', 'certain', 'believed', 'thought', 'said', 'understood', 'planned']);
/** A subject longer than this is more likely a misparse than a noun phrase. */
const MAX_SUBJECT_TOKENS = 14;
const MAX_OBJECTS = 5;

/** The roles of the clause `text`, which starts at offset `base` of the article text. */
export function findClauseRoles(text: string, base: number): ClauseRoles {
  const tokens = tokenize(text);
  const from = subjectStart(tokens);
  const verb = mainVerb(tokens, from);
  if (verb < 0) return { actor: null, action: null, objects: [] };
  const actor = subjectRef(text, base, tokens, from, verb);
  const { end: groupEnd, lemma } = verbGroup(tokens, verb);
  const last = tokens[groupEnd - 1]!;
  const action: Action = { text: text.slice(tokens[verb]!.start, last.end), start: base + tokens[verb]!.start, end: base + last.end, lemma };
  return { actor, action, objects: objectsAfter(text, base, tokens, groupEnd) };
}

/** Whether the clause has a main verb at all (boilerplate and headlines without one yield no claim). */
export function hasMainVerb(text: string): boolean {
  const tokens = tokenize(text);
  return mainVerb(tokens, subjectStart(tokens)) >= 0;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    out.push({ text: m[0], lower: m[0].toLowerCase().replace(/\u2019/g, "'"), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function subjectStart(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length && /^["\u201c\u201d(]$/.test(tokens[i]!.text)) i++;
  const first = tokens[i];
  if (!first || !OPENERS.has(first.lower)) return i;
  const comma = tokens.findIndex((t, j) => j > i && j <= i + 12 && t.text === ',');
  if (comma > 0) return comma + 1;
  for (let j = i + 2; j < Math.min(tokens.length, i + 7); j++) {
    if (PRONOUNS.has(tokens[j]!.lower) || DETERMINERS.has(tokens[j]!.lower)) return j;
  }
  return i;
}

function isVerbAt(tokens: readonly Token[], i: number, from: number): boolean {
  const t = tokens[i]!;
  const previous = i > from ? tokens[i - 1]!.lower : '';
  if (isAuxiliary(t.lower)) return true;
  if (t.text !== t.lower) return false;
  if (DETERMINERS.has(previous)) return false;
  if (isPastForm(t.lower) || isListedPresent(t.lower)) return true;
  return PLURAL_PRONOUNS.has(previous) && i - 1 === from && /^\p{Ll}+$/u.test(t.text) && !PREPOSITIONS.has(t.lower);
}

function mainVerb(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === ',' && i > from) {
      const next = tokens[i + 1];
      // An appositive: skip to its closing comma, if there is one within reach.
      if (next && (DETERMINERS.has(next.lower) || /^(?:who|whose|which)$/.test(next.lower) || /^\p{Lu}/u.test(next.text))) {
        const close = tokens.findIndex((c, j) => j > i + 1 && j <= i + 16 && c.text === ',');
        if (close > 0) i = close;
      }
      continue;
    }
    if (t.text === ';') return -1;
    if ((i > from || isAuxiliary(t.lower) || isListedPresent(t.lower)) && isVerbAt(tokens, i, from)) return i;
  }
  return -1;
}

function subjectRef(text: string, base: number, tokens: readonly Token[], from: number, verb: number): TextRef | null {
  let start = from;
  let end = verb;
  if (end - start > MAX_SUBJECT_TOKENS) return null;
  while (start < end && /^(?:and|but|so|yet|["\u201c\u201d(),])$/.test(tokens[start]!.lower)) start++;
  while (end - 1 > start && VERB_GROUP_ADVERBS.has(tokens[end - 1]!.lower)) end--;
  // The appositive skipped by mainVerb is not part of the actor: "José Müller, the foreign minister, warned".
  const comma = tokens.findIndex((t, j) => j > start && j < end && t.text === ',');
  if (comma > 0) end = comma;
  while (end > start && /^[,"\u201c\u201d()]$/.test(tokens[end - 1]!.text)) end--;
  if (end <= start) return null;
  const s = tokens[start]!.start;
  const e = tokens[end - 1]!.end;
  return { text: text.slice(s, e), start: base + s, end: base + e };
}

function verbGroup(tokens: readonly Token[], verb: number): { end: number; lemma: string } {
  let i = verb;
  let head = tokens[verb]!.lower;
  let open = OPEN_AUXILIARIES.has(head) || isAuxiliary(head);
  i++;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (VERB_GROUP_ADVERBS.has(t.lower) || t.lower === "n't") {
      i++;
      continue;
    }
    const takesAny = OPEN_AUXILIARIES.has(tokens[i - 1]!.lower) || (open && OPEN_AUXILIARIES.has(head));
    const participle = isPastForm(t.lower) || /ing$/.test(t.lower) || isAuxiliary(t.lower);
    if (open && t.text === t.lower && !DETERMINERS.has(t.lower) && !PREPOSITIONS.has(t.lower) && (takesAny || participle)) {
      head = t.lower;
      open = isAuxiliary(t.lower);
      i++;
      continue;
    }
    const next = tokens[i + 1];
    // "is due to begin", "are expected to", "was about to": the adjective belongs to the verb group.
    if (BE_FORMS.has(head) && BE_CATENATIVES.has(t.lower) && next?.lower === 'to') {
      head = t.lower;
      open = false;
      i++;
      continue;
    }
    // Catenatives: "agreed to reopen", "plans to hold", "is set to meet".
    if (t.lower === 'to' && next && /^\p{Ll}+$/u.test(next.text) && !DETERMINERS.has(next.lower) && !PREPOSITIONS.has(next.lower) && (CATENATIVES.has(verbLemma(head)) || BE_CATENATIVES.has(head))) {
      head = next.lower;
      open = next.lower === 'be' || next.lower === 'have';
      i += 2;
      continue;
    }
    break;
  }
  // Trailing adverbs belong to what follows ("signed the accord": fine; "will also" then a noun: drop "also").
  while (i - 1 > verb && VERB_GROUP_ADVERBS.has(tokens[i - 1]!.lower)) i--;
  return { end: i, lemma: verbLemma(head) };
}

function objectsAfter(text: string, base: number, tokens: readonly Token[], from: number): ClaimObject[] {
  let end = from;
  while (end < tokens.length) {
    const t = tokens[end]!;
    if (t.text === ';' || t.text === ':' || CLAUSE_END.has(t.lower)) break;
    if (t.text === ',' && (end + 1 >= tokens.length || CLAUSE_END_AFTER_COMMA.has(tokens[end + 1]!.lower))) break;
    end++;
  }
  const out: ClaimObject[] = [];
  let start = from;
  const push = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && /^[,"\u201c\u201d()]$/.test(tokens[a]!.text)) a++;
    while (b > a && /^[,"\u201c\u201d()]$/.test(tokens[b - 1]!.text)) b--;
    if (b <= a || out.length >= MAX_OBJECTS) return;
    const first = tokens[a]!;
    const preposition = PREPOSITIONS.has(first.lower) ? first.lower : null;
    out.push({ text: text.slice(first.start, tokens[b - 1]!.end), start: base + first.start, end: base + tokens[b - 1]!.end, preposition });
  };
  for (let i = from; i < end; i++) {
    if (tokens[i]!.text === ',') {
      push(start, i);
      start = i + 1;
    } else if (i > start && PREPOSITIONS.has(tokens[i]!.lower)) {
      push(start, i);
      start = i;
    }
  }
  push(start, end);
  return out;
}
