import type { Signal } from '../../model/signal.js';
import { atSentenceStart, roundConfidence } from './evidence-span.js';
import { diacriticCount, editDistance, nameSkeleton, stripDiacritics } from './name-key.js';
import { collectProperNounRuns, isAllCaps, isCapitalised, wordTokens } from './proper-noun-runs.js';
import type { NameForm, WordToken } from './proper-noun-runs.js';

/**
 * `rewrite.mangled-name`: a name this article spells differently from the way the rest of the story's coverage
 * spells it — "ilse Marand" for "Ilse Marand", "Sol Varenne" for "Sol-Varenne", "Vosbrandt" for "Vos-Brandt",
 * "Lisport" for "LisPort", "Jose Muller" for "José Müller", "Vossbrandt" for "Vos-Brandt". Machine rewrites
 * introduce such errors (SCENARIOS.md, 2), and an error shared by two articles is strong evidence that one copied
 * the other (Dong, Berti-Equille & Srivastava, VLDB 2009).
 *
 * The coverage list (buildNameForms) says how many articles write each form; the dominant form of a name is the
 * one most articles use. This article's form is a variant only when the coverage does not use it too (fewer than
 * half as many articles as the dominant form), and not when the difference is house style or grammar:
 * capitalised because it opens a sentence, all capitals, diacritics ADDED, or a word the coverage also writes in
 * lower case as a common noun ("the strait" beside "Strait of Kesh").
 *
 * Confidence (our own calibration on the demo corpus, where the three mangling farm rewrites carry 2-3 variants and
 * the 30 other articles none): a name word lower-cased 0.5 (no style guide does it); other case changes
 * ("Lisport") and a hyphen dropped or added 0.4 (some outlets do drop hyphens); a small spelling difference
 * 0.35 (could be a different person); diacritics dropped 0.2 (English-language outlets often drop them on
 * purpose). Scaled by how well attested the dominant form is: by one other article x0.75, two x0.9, three or more x1.
 */

export type NameDifference = 'case' | 'hyphen' | 'diacritics' | 'spelling';

export interface NameVariant {
  /** As this article writes it, and where it first does. */
  readonly form: string;
  readonly start: number;
  readonly end: number;
  readonly dominant: string;
  readonly dominantCount: number;
  readonly difference: NameDifference;
  readonly occurrences: number;
  readonly confidence: number;
}

const BASE: Readonly<Record<NameDifference | 'lowercased', number>> = { lowercased: 0.5, case: 0.4, hyphen: 0.4, spelling: 0.35, diacritics: 0.2 };
const SUPPORT = [0, 0.75, 0.9, 1];
/** Longest name span looked up, in words ("Lisgar General Hospital Trust"). */
const MAX_WORDS = 5;
/**
 * Spelling differences: one edit in a word of at least 5 letters ("Harow"), of a name at least two articles write,
 * and not at the word's end: surnames inflect there (Kowalski/Kowalska, Ivanov/Ivanova), which makes a relative
 * or a grammatical form, not a misspelling.
 */
const SPELLING_MIN_LETTERS = 5;
const SPELLING_MIN_SUPPORT = 2;
/**
 * The generic heads and modifiers of place and institution names ("Strait of Kesh", "Halden Valley", "Admiralty
 * Hall", "Northern Seismic Centre"): outlets lower-case them by house style ("the strait", "Halden valley"), so a
 * lower-cased one is never a mangling. The lower-case attestations of the coverage catch most; this list catches
 * them when the coverage is small.
 */
const GENERIC_WORDS = new Set(('strait straits valley river lake sea ocean bay gulf harbour harbor port island islands ' +
  'mount mountain mountains hill hills cape coast beach street road avenue square lane bridge quay pier basin canal ' +
  'hall house palace tower castle church cathedral mosque temple hospital school college university academy museum ' +
  'library airport station park garden centre center market council ministry government parliament senate congress ' +
  'assembly party union court army navy force forces guard police service agency authority department office bureau ' +
  'committee commission board fund bank company group institute foundation association federation league club ' +
  'survey fault accord agreement treaty summit state states republic kingdom empire city town village county ' +
  'province region district north south east west northern southern eastern western central upper lower new old ' +
  'great little national royal federal general international regional cross day week').split(' '));

interface Group {
  readonly dominant: string;
  readonly dominantCount: number;
  readonly counts: ReadonlyMap<string, number>;
}

export function findNameVariants(text: string, coverage: readonly NameForm[]): NameVariant[] {
  const groups = new Map<string, Map<string, number>>();
  const lower = new Map<string, number>();
  for (const { form, count } of coverage) {
    if (form === form.toLowerCase()) {
      lower.set(form, (lower.get(form) ?? 0) + count);
      continue;
    }
    const key = nameSkeleton(form);
    const group = groups.get(key) ?? new Map<string, number>();
    group.set(form, (group.get(form) ?? 0) + count);
    groups.set(key, group);
  }
  const index = new Map<string, Group>();
  for (const [key, counts] of groups) {
    const [dominant, dominantCount] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    index.set(key, { dominant, dominantCount, counts });
  }

  const found: NameVariant[] = [];
  const covered: { start: number; end: number }[] = [];
  const tokens = wordTokens(text);
  const skeletons = tokens.map((t) => nameSkeleton(t.word));
  for (let i = 0; i < tokens.length; ) {
    const match = longestMatch(tokens, skeletons, i, index);
    if (!match) {
      i++;
      continue;
    }
    covered.push({ start: tokens[i]!.start, end: tokens[match.last]!.end });
    const variant = judge(text, tokens.slice(i, match.last + 1), match.group, lower);
    if (variant) found.push(variant);
    i = match.last + 1;
  }
  found.push(...spellingVariants(text, index, covered));
  return merge(found);
}

export function detectNameVariants(text: string, coverage: readonly NameForm[]): Signal[] {
  return findNameVariants(text, coverage).map((v) => ({
    kind: 'rewrite.mangled-name',
    evidence: `"${v.form}" where the coverage writes "${v.dominant}" (${v.dominantCount} article${v.dominantCount === 1 ? '' : 's'}; ${v.difference}` +
      `${v.occurrences > 1 ? `, ${v.occurrences} times` : ''})`,
    confidence: v.confidence,
    span: { start: v.start, end: v.end },
  }));
}

/**
 * The longest run of words from token i whose skeleton is a coverage name's. The run's skeleton is its words'
 * skeletons joined: the joints between them (a space, a hyphen) are what nameSkeleton drops, so this is the
 * skeleton of the run's text, without normalising each word once for every run it is in.
 */
function longestMatch(tokens: readonly WordToken[], skeletons: readonly string[], i: number, index: ReadonlyMap<string, Group>): { last: number; group: Group } | null {
  let best: { last: number; group: Group } | null = null;
  let key = '';
  for (let last = i; last < Math.min(tokens.length, i + MAX_WORDS); last++) {
    if (last > i && tokens[last]!.joint === null) break;
    key += skeletons[last]!;
    const group = index.get(key);
    if (group) best = { last, group };
  }
  return best;
}

/** Whether this article's spelling of a known name is a variant worth reporting (see the header), and which. */
function judge(text: string, span: readonly WordToken[], group: Group, lower: ReadonlyMap<string, number>): NameVariant | null {
  const form = text.slice(span[0]!.start, span[span.length - 1]!.end);
  const { dominant, dominantCount } = group;
  if (form === dominant || (group.counts.get(form) ?? 0) * 2 >= dominantCount) return null;
  if (span.every((t) => isAllCaps(t.word))) return null;
  const theirs = wordTokens(dominant);
  const differences: (NameDifference | 'lowercased')[] = [];
  if (theirs.length !== span.length) differences.push('hyphen');
  else {
    for (const [k, mine] of span.entries()) {
      const other = theirs[k]!;
      if (k > 0 && mine.joint !== other.joint) differences.push('hyphen');
      if (mine.word === other.word || isAllCaps(mine.word)) continue;
      if (stripDiacritics(mine.word) === stripDiacritics(other.word)) {
        if (diacriticCount(mine.word) < diacriticCount(other.word)) differences.push('diacritics');
        continue;
      }
      const lowered = mine.word === mine.word.toLowerCase();
      // Capitalised because it opens the sentence: "Van der Berg said" for "van der Berg".
      if (k === 0 && atSentenceStart(text, mine.start) && isCapitalised(mine.word) && !isCapitalised(other.word) &&
        mine.word.slice(1) === other.word.slice(1)) continue;
      // A word the coverage also writes in lower case is a common noun here ("the strait", "the fuel quay").
      if (lowered && ((lower.get(mine.word) ?? 0) > 0 || GENERIC_WORDS.has(mine.word))) continue;
      differences.push(lowered ? 'lowercased' : 'case');
    }
  }
  if (differences.length === 0) return null;
  // One lower-cased word alone ("halden") could be a common noun the coverage happens not to use: more support.
  if (span.length === 1 && differences.includes('lowercased') && dominantCount < 2) return null;
  const top = differences.reduce((a, b) => (BASE[b] > BASE[a] ? b : a));
  return {
    form, start: span[0]!.start, end: span[span.length - 1]!.end, dominant, dominantCount,
    difference: top === 'lowercased' ? 'case' : top, occurrences: 1,
    confidence: roundConfidence(BASE[top] * SUPPORT[Math.min(3, dominantCount)]!),
  };
}

/** Runs of two or more words that match no coverage name but differ from one by a single edit in one word. */
function spellingVariants(text: string, index: ReadonlyMap<string, Group>, covered: readonly { start: number; end: number }[]): NameVariant[] {
  const byFrame = new Map<string, { dominant: string; count: number; word: string }[]>();
  for (const group of index.values()) {
    if (group.dominantCount < SPELLING_MIN_SUPPORT) continue;
    const words = wordTokens(group.dominant).map((t) => nameSkeleton(t.word));
    if (words.length < 2) continue;
    for (let j = 0; j < words.length; j++) {
      const frame = `${words.length}|${j}|${words.filter((_, k) => k !== j).join(' ')}`;
      const list = byFrame.get(frame) ?? [];
      list.push({ dominant: group.dominant, count: group.dominantCount, word: words[j]! });
      byFrame.set(frame, list);
    }
  }
  if (byFrame.size === 0) return [];
  const out: NameVariant[] = [];
  for (const run of collectProperNounRuns(text)) {
    if (run.tokens.length < 2 || covered.some((c) => c.start < run.end && run.start < c.end)) continue;
    const words = run.tokens.map((t) => nameSkeleton(t.word));
    for (let j = 0; j < words.length; j++) {
      const frame = `${words.length}|${j}|${words.filter((_, k) => k !== j).join(' ')}`;
      const hit = (byFrame.get(frame) ?? []).find((c) => Math.min(c.word.length, words[j]!.length) >= SPELLING_MIN_LETTERS &&
        !differsOnlyAtEnd(c.word, words[j]!) && editDistance(c.word, words[j]!, 1) === 1);
      if (!hit) continue;
      out.push({
        form: run.form, start: run.start, end: run.end, dominant: hit.dominant, dominantCount: hit.count, difference: 'spelling',
        occurrences: 1, confidence: roundConfidence(BASE.spelling * SUPPORT[Math.min(3, hit.count)]!),
      });
      break;
    }
  }
  return out;
}

/** "kowalski"/"kowalska", "ivanov"/"ivanova": the same stem, a different ending. */
function differsOnlyAtEnd(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) || (a.length === b.length && a.slice(0, -1) === b.slice(0, -1));
}

/**
 * One variant per mangling: "Jarek Sol Varenne" and a later "Sol Varenne" are the same dropped hyphen, so the
 * longer form is folded into the shorter one it contains (same dominant spelling inside), counting occurrences.
 */
function merge(variants: readonly NameVariant[]): NameVariant[] {
  const sorted = [...variants].sort((a, b) => a.form.length - b.form.length || a.start - b.start);
  const kept: NameVariant[] = [];
  for (const v of sorted) {
    const i = kept.findIndex((k) => v.form.includes(k.form) && v.dominant.includes(k.dominant));
    if (i < 0) kept.push(v);
    else {
      const k = kept[i]!;
      const start = k.start <= v.start ? k.start : v.start + v.form.indexOf(k.form);
      kept[i] = { ...k, start, end: start + k.form.length, occurrences: k.occurrences + v.occurrences };
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
