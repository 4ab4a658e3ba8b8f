/**
 * Drift along a copy edge: what a derived article changed relative to its source (the "who copied whom"
 * part 3; SCENARIOS.md 2 and 6). Given the two texts and their aligned sentence pairs (align-sentences.ts, or a
 * copy edge's evidence), it reports:
 * - number, date and name changes between aligned sentences, compared as values (drift-numbers.ts, drift-dates.ts,
 *   drift-names.ts): "two" vs "2" is no change, "two missiles" vs "three missiles" is;
 * - hedges added or removed between aligned sentences (drift-hedges.ts): "will reopen" -> "could reopen";
 * - sentences only the rewrite has (facts found nowhere in the source) and source sentences it left out.
 *
 * A value is reported as changed only when both sides state one in its place: a number the rewrite left out is a
 * dropped detail, not a changed one, and guessing a partner for it would invent drift. Partners are found by the
 * word they count ("two missiles" / "three missiles"), or, for what is left, when exactly one value on each side
 * (of one unit or date class) is unmatched.
 *
 * A rewrite's admission line ("This story has been rephrased from its original source.") is not reported as an
 * added sentence: it states nothing about the story (the machine-rewrite signal reports it).
 * Pure: same texts and pairs, same changes in the same order.
 */
import { splitSentences } from '../analyze/sentences.js';
import type { DriftChange, DriftQuote, HedgeDrift, ValueDrift } from '../model/drift.js';
import { wordTokens } from '../text/tokens.js';
import type { SentenceSpan } from './align-sentences.js';
import type { DateMention } from './drift-dates.js';
import { findDates } from './drift-dates.js';
import type { HedgeFamily, HedgeMention } from './drift-hedges.js';
import { findHedges } from './drift-hedges.js';
import type { NameMention } from './drift-names.js';
import { findNames, namesMissingFrom, textSkeleton, wordSkeletons } from './drift-names.js';
import type { NumberMention } from './drift-numbers.js';
import { findNumbers, sameNumber } from './drift-numbers.js';
import { detectRewriteAdmissions } from './signals/rewrite-admission.js';

/** What drift needs of an aligned pair: the sentence spans on each side (an AlignedPair has them). */
export interface DriftPair {
  readonly source: readonly SentenceSpan[];
  readonly derived: readonly SentenceSpan[];
}

/** A mention and the sentence it sits in. */
interface Located<T> {
  readonly mention: T;
  readonly quote: DriftQuote;
}

export function describeDrift(sourceText: string, derivedText: string, pairs: readonly DriftPair[]): DriftChange[] {
  const changes: (ValueDrift | HedgeDrift)[] = [];
  for (const pair of pairs) {
    const source = pair.source.map((s) => quote(sourceText, s.start, s.end));
    const derived = pair.derived.map((s) => quote(derivedText, s.start, s.end));
    if (source.length === 0 || derived.length === 0) continue;
    changes.push(...numberChanges(collect(source, findNumbers), collect(derived, findNumbers)));
    changes.push(...dateChanges(collect(source, findDates), collect(derived, findDates)));
    changes.push(...nameChanges(source, derived));
    changes.push(...hedgeChanges(source, derived));
  }
  changes.sort((a, b) => a.derived.start - b.derived.start || a.source.start - b.source.start);
  return [...changes, ...unaligned(sourceText, derivedText, pairs)];
}

function numberChanges(source: readonly Located<NumberMention>[], derived: readonly Located<NumberMention>[]): ValueDrift[] {
  const [left, right] = unmatched(source, derived, (a, b) => sameNumber(a, b));
  const out: ValueDrift[] = [];
  // Same counted word first ("two missiles" / "three missiles"), then the lone leftovers of one unit.
  for (const s of [...left]) {
    const i = right.findIndex((d) => d.mention.unit === s.mention.unit && s.mention.noun !== null && d.mention.noun === s.mention.noun);
    if (i < 0) continue;
    out.push(valueDrift('number', s, right[i]!));
    right.splice(i, 1);
    left.splice(left.indexOf(s), 1);
  }
  for (const unit of ['', '%', 'ordinal'] as const) {
    const l = left.filter((s) => s.mention.unit === unit);
    const r = right.filter((d) => d.mention.unit === unit);
    if (l.length === 1 && r.length === 1) out.push(valueDrift('number', l[0]!, r[0]!));
  }
  return out;
}

function dateChanges(source: readonly Located<DateMention>[], derived: readonly Located<DateMention>[]): ValueDrift[] {
  const [left, right] = unmatched(source, derived, (a, b) => a.dateClass === b.dateClass && a.value === b.value);
  const out: ValueDrift[] = [];
  for (const dateClass of new Set(left.map((s) => s.mention.dateClass))) {
    const l = left.filter((s) => s.mention.dateClass === dateClass);
    const r = right.filter((d) => d.mention.dateClass === dateClass);
    if (l.length === r.length) l.forEach((s, i) => out.push(valueDrift('date', s, r[i]!)));
  }
  return out;
}

function nameChanges(source: readonly DriftQuote[], derived: readonly DriftQuote[]): ValueDrift[] {
  const sourceAll = source.map((q) => q.text).join(' ');
  const derivedAll = derived.map((q) => q.text).join(' ');
  const sourceNames = collect(source, findNames).map((l) => l.mention);
  const derivedNames = collect(derived, findNames).map((l) => l.mention);
  const sourceOf = (n: NameMention) => source.find((q) => q.start <= n.start && n.end <= q.end)!;
  const derivedOf = (n: NameMention) => derived.find((q) => q.start <= n.start && n.end <= q.end)!;
  const change = (from: NameMention, to: NameMention): ValueDrift => ({ kind: 'name', source: sourceOf(from), derived: derivedOf(to), from: from.text, to: to.text });
  const [sourceSkeleton, derivedSkeleton] = [textSkeleton(sourceAll), textSkeleton(derivedAll)];
  // Same last word, other first part, neither side writing the other's full name: "Terry White" -> "Jane White".
  const renamed = renamedPairs(sourceNames.filter((n) => !derivedSkeleton.includes(n.key)), derivedNames.filter((n) => !sourceSkeleton.includes(n.key)));
  const out = renamed.map(([from, to]) => change(from, to));
  const gone = distinct(namesMissingFrom(sourceNames, derivedSkeleton, wordSkeletons(derivedAll)));
  const added = distinct(namesMissingFrom(derivedNames, sourceSkeleton, wordSkeletons(sourceAll)));
  // Pairs only when the two sides lost and gained the same number of names: otherwise which replaced which is a guess.
  if (gone.length > 0 && gone.length === added.length) out.push(...gone.map((n, i) => change(n, added[i]!)));
  return out;
}

/** Multi-word names of the two sides that end alike but differ before: one pair per source name, in text order. */
function renamedPairs(source: readonly NameMention[], derived: readonly NameMention[]): [NameMention, NameMention][] {
  const out: [NameMention, NameMention][] = [];
  const used = new Set<NameMention>();
  for (const n of distinct(source)) {
    if (n.key === n.last) continue;
    const d = derived.find((x) => !used.has(x) && x.key !== x.last && x.last === n.last && x.key !== n.key);
    if (!d) continue;
    used.add(d);
    out.push([n, d]);
  }
  return out;
}

function hedgeChanges(source: readonly DriftQuote[], derived: readonly DriftQuote[]): HedgeDrift[] {
  const left = collect(source, findHedges);
  const right = collect(derived, findHedges);
  const out: HedgeDrift[] = [];
  for (const family of ['modal', 'reported', 'inferred'] as const satisfies readonly HedgeFamily[]) {
    const l = left.filter((h) => h.mention.family === family);
    const r = right.filter((h) => h.mention.family === family);
    if (r.length > l.length) {
      const extra = pickExtra(r, l);
      out.push({ kind: 'hedge-added', source: source[0]!, derived: extra.quote, cue: extra.mention.text });
    } else if (l.length > r.length) {
      const extra = pickExtra(l, r);
      out.push({ kind: 'hedge-removed', source: extra.quote, derived: derived[0]!, cue: extra.mention.text });
    }
  }
  return out;
}

/** The hedge of `more` that `fewer` does not write (by its words), else the last one. */
function pickExtra(more: readonly Located<HedgeMention>[], fewer: readonly Located<HedgeMention>[]): Located<HedgeMention> {
  const written = new Set(fewer.map((h) => h.mention.text.toLowerCase()));
  return more.find((h) => !written.has(h.mention.text.toLowerCase())) ?? more[more.length - 1]!;
}

/** Sentences on either side that no pair covers. */
function unaligned(sourceText: string, derivedText: string, pairs: readonly DriftPair[]): DriftChange[] {
  const sourceAligned = new Set(pairs.flatMap((p) => p.source.map((s) => s.start)));
  const derivedAligned = new Set(pairs.flatMap((p) => p.derived.map((s) => s.start)));
  const out: DriftChange[] = [];
  for (const s of splitSentences(derivedText)) {
    if (derivedAligned.has(s.start) || wordTokens(s.text).length === 0 || detectRewriteAdmissions(s.text).length > 0) continue;
    out.push({ kind: 'sentence-added', source: null, derived: quote(derivedText, s.start, s.end) });
  }
  for (const s of splitSentences(sourceText)) {
    if (sourceAligned.has(s.start) || wordTokens(s.text).length === 0) continue;
    out.push({ kind: 'sentence-dropped', source: quote(sourceText, s.start, s.end), derived: null });
  }
  return out;
}

/** Mentions found in each sentence, with offsets into the whole text. */
function collect<T>(quotes: readonly DriftQuote[], find: (sentence: string, base: number) => T[]): Located<T>[] {
  return quotes.flatMap((q) => find(q.text, q.start).map((mention) => ({ mention, quote: q })));
}

/** The two sides' mentions left after pairing off equal ones (each used once), in text order. */
function unmatched<T>(source: readonly Located<T>[], derived: readonly Located<T>[], same: (a: T, b: T) => boolean): [Located<T>[], Located<T>[]] {
  const right = [...derived];
  const left: Located<T>[] = [];
  for (const s of source) {
    const i = right.findIndex((d) => same(s.mention, d.mention));
    if (i >= 0) right.splice(i, 1);
    else left.push(s);
  }
  return [left, right];
}

function valueDrift(kind: 'number' | 'date', s: Located<NumberMention | DateMention>, d: Located<NumberMention | DateMention>): ValueDrift {
  return { kind, source: s.quote, derived: d.quote, from: s.mention.text, to: d.mention.text };
}

function distinct(names: readonly NameMention[]): NameMention[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.key) && seen.add(n.key));
}

function quote(text: string, start: number, end: number): DriftQuote {
  return { text: text.slice(start, end), start, end };
}
