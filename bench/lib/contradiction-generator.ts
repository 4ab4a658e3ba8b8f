/**
 * Contradiction typing's generated set (issue 5, item 7): real ECB+ and NewsWCL50 articles (rewrite-corpus.ts) and a
 * "second report" of each that is the same text with exactly ONE planted change of a known type, so precision and
 * recall per type can be counted. Per article, at most one pair of each type, the claim to change drawn with a
 * seeded PRNG among the claims the change applies to:
 * - number: a figure with a unit, stated exactly ("12 people", "two ships"), given another value within a factor
 *   1.25-2 (up or down), written as the original was (digits, or a number word up to twenty);
 * - date: a resolved day ("March 5, 2008", "5 March") moved 2-4 days within its month, or a year ("in 2008",
 *   "March 5, 2008") moved one year back;
 * - place: a locating place swapped for a place named in another article of the same topic group and nowhere in
 *   this one;
 * - person: a named actor (no organisation word) swapped for a named actor of another article of the group;
 *   both only with names ECB+'s annotators marked as a place / a person of the topic (ecbplus-gazetteer.ts), so
 *   NewsWCL50 articles get no place or person pair;
 * - negation: "not" inserted after the auxiliary of the verb group ("was arrested" -> "was not arrested");
 * - status: a passive done verb group made planned ("was arrested", "has been arrested" -> "will be arrested");
 * - control: the same text unchanged (every contradiction found is a false one);
 * - update: a figure raised with a revision cue (", up from 12" after the new figure): a FigureUpdate is expected,
 *   a number contradiction is a mistake.
 * Only claims stated in the outlet's voice or attributed (not hedged, a question or opinion) are changed: the engine
 * types contradictions only between stated claims (docs/corroboration.md), so a change to a hedged claim tests
 * nothing. What the claim stage read in the ORIGINAL text picks the spot; the expected values are what was planted,
 * so a misread of the changed text counts as a miss.
 *
 * Plants that are not a contradiction of their type a reader would see are DROPPED after the draw (no pair; the
 * article's other plants keep their draws) and counted per reason in `options.dropped` (plant-genuineness.ts):
 * a date plant in a line that is only a date (a page's date stamp dates no event), or a "year" that is a street
 * number or part of a figure ("1800 Pitkin Ave.", "2880x1800": not a date at all); a place swapped for one that
 * nests with it ("Iran" -> "Southern Iran": a refinement, not another place). The rules read only the original
 * text and the planted values, never what the engine makes of the pair: a plant is never dropped because the
 * engine misses it (plant-genuineness.ts lists what was looked at and kept).
 *
 * Times: the first report at FIRST_AT, the second REPORT_GAP_MS later (same UTC day: relative dates resolve alike;
 * under the six-hour revision gap of figure-updates.ts, so only the cue can make an update). Deterministic: one
 * PRNG per article, seeded from CONTRADICTION_SEED and the article's id.
 */
import { extractClaims } from '../../src/analyze/claims.js';
import type { Claim } from '../../src/model/claim.js';
import { nameKey } from '../../src/corroborate/claim-profile.js';
import { collectProperNounRuns } from '../../src/reuse/signals/proper-noun-runs.js';
import type { DropReason } from './plant-genuineness.js';
import { dateDrop, placeDrop } from './plant-genuineness.js';
import type { Gazetteer } from './ecbplus-gazetteer.js';
import type { CorpusArticle } from './rewrite-corpus.js';
import type { Random } from './rewrite-operations.js';
import { pick } from './rewrite-operations.js';
import { mulberry32 } from './synthetic-news.js';

export type PlantedType = 'number' | 'date' | 'place' | 'person' | 'negation' | 'status';
export const PLANTED_TYPES: readonly PlantedType[] = ['number', 'date', 'place', 'person', 'negation', 'status'];

export interface ReportPair {
  readonly id: string;
  readonly source: string;
  readonly kind: PlantedType | 'control' | 'update';
  readonly first: { readonly text: string; readonly publishedAt: string };
  readonly second: { readonly text: string; readonly publishedAt: string };
  /** The planted values, [first report's, second's], as the engine normalises them; null for controls. */
  readonly values: readonly [string, string] | null;
}

export const CONTRADICTION_SEED = 20241207;
/** A fixed day: ECB+ and NewsWCL50 carry no publication dates; both reports share it. */
const FIRST_AT = '2010-06-15T08:00:00.000Z';
const REPORT_GAP_MS = 2 * 3600 * 1000;
/** The quality gate's subset: every fourth ECB+ topic (by rank) and two NewsWCL50 events; scored as in the bench. */
export const GATE_GROUPS: readonly string[] = ['ecb/1', 'ecb/5', 'ecb/9', 'ecb/13', 'ecb/19', 'ecb/23', 'ecb/27', 'ecb/31', 'ecb/35',
  'ecb/39', 'ecb/43', 'wcl/2', 'wcl/7'];

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const PLAIN_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** The engine's organisation words (src/corroborate/actor-names.ts): such an actor is typed organisation. */
const ORGANISATION_WORDS = /\b(?:ministry|agency|survey|centre|center|council|guard|government|navy|police|authority|company|office|department|union|party|bank|court|commission|service|institute|university|army|force|committee|wire|red cross|brigade)\b/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export interface ReportPairOptions {
  readonly seed: number;
  /** Keep only these groups; all when absent. */
  readonly groups?: readonly string[];
  /** Per group, the annotated people and places: place and person pairs are planted only where one is given. */
  readonly gazetteer: ReadonlyMap<string, Gazetteer>;
  /** Filled, when given, with the number of plants dropped per reason (see the header). */
  readonly dropped?: Map<DropReason, number>;
}

export function generateReportPairs(articles: readonly CorpusArticle[], options: ReportPairOptions): ReportPair[] {
  const chosen = options.groups ? articles.filter((a) => options.groups!.includes(a.group)) : articles;
  const byGroup = new Map<string, CorpusArticle[]>();
  for (const a of chosen) byGroup.set(a.group, [...(byGroup.get(a.group) ?? []), a]);
  const secondAt = new Date(Date.parse(FIRST_AT) + REPORT_GAP_MS).toISOString();
  const out: ReportPair[] = [];
  for (const group of byGroup.values()) {
    const parsed = group.map((a) => {
      const text = a.sentences.join('\n\n');
      return { article: a, text, claims: extractClaims(text, { articleId: 'first', publishedAt: FIRST_AT }) };
    });
    const gazetteer = options.gazetteer.get(group[0]!.group) ?? { persons: new Set<string>(), places: new Set<string>() };
    const places = new Set<string>();
    const persons = new Set<string>();
    for (const p of parsed) {
      for (const c of p.claims) {
        for (const pl of c.places) if (isPlace(pl.text, pl.cue, gazetteer)) places.add(pl.text);
        for (const name of actorNames(c)) if (isPerson(name, gazetteer)) persons.add(name);
      }
    }
    for (const { article, text, claims } of parsed) {
      const random = mulberry32(options.seed ^ hashString(article.id));
      const stated = claims.filter((c) => c.modality.kind === 'reported' || c.modality.kind === 'attributed');
      const plants = [
        ...PLANTED_TYPES.map((type) => {
          const p = plant(type, text, stated, random, { places, persons, gazetteer });
          if (p === null || 'text' in p) return p;
          options.dropped?.set(p.dropped, (options.dropped.get(p.dropped) ?? 0) + 1);
          return null;
        }),
        plantUpdate(text, stated, random),
      ];
      const pair = (kind: ReportPair['kind'], second: string, values: readonly [string, string] | null): ReportPair => ({
        id: `${article.id}:${kind}`, source: article.id, kind, first: { text, publishedAt: FIRST_AT }, second: { text: second, publishedAt: secondAt }, values,
      });
      out.push(pair('control', text, null));
      PLANTED_TYPES.forEach((type, i) => {
        const p = plants[i];
        if (p) out.push(pair(type, p.text, p.values));
      });
      const update = plants[PLANTED_TYPES.length];
      if (update) out.push(pair('update', update.text, update.values));
    }
  }
  return out;
}

interface Planted {
  readonly text: string;
  readonly values: readonly [string, string];
}

/** A plant drawn and then dropped as not genuine (plant-genuineness.ts). */
interface Dropped {
  readonly dropped: DropReason;
}

interface Pools {
  readonly places: ReadonlySet<string>;
  readonly persons: ReadonlySet<string>;
  readonly gazetteer: Gazetteer;
}

/** A capitalised locating place (not the dateline) that the annotators marked as a place of the topic. */
function isPlace(text: string, cue: string, gazetteer: Gazetteer): boolean {
  return cue !== 'dateline' && /^\p{Lu}/u.test(text) && gazetteer.places.has(nameKey(text));
}

/** A name the annotators marked as a person of the topic: the full name, or the surname of a full name. */
function isPerson(name: string, gazetteer: Gazetteer): boolean {
  const key = nameKey(name);
  if (gazetteer.persons.has(key)) return true;
  return !key.includes(' ') && [...gazetteer.persons].some((p) => p.includes(' ') && p.endsWith(` ${key}`));
}

function plant(type: PlantedType, text: string, claims: readonly Claim[], random: Random, pools: Pools): Planted | Dropped | null {
  switch (type) {
    case 'number': return plantNumber(text, claims, random);
    case 'date': return plantDate(text, claims, random);
    case 'place': return plantPlace(text, claims, random, pools);
    case 'person': return plantPerson(text, claims, random, pools);
    case 'negation': return plantNegation(text, claims, random);
    case 'status': return plantStatus(text, claims, random);
  }
}

function replace(text: string, start: number, end: number, by: string): string {
  return text.slice(0, start) + by + text.slice(end);
}

/** The exact figures with a unit after them whose number is written plainly (digits or a word up to twenty). */
function figures(claims: readonly Claim[]) {
  const out: { number: string; start: number; end: number; value: number; claim: Claim }[] = [];
  for (const c of claims) {
    for (const q of c.quantities) {
      if (q.qualifier !== 'exact' || q.unitText === null || q.unitText.start <= q.start || q.value <= 0) continue;
      const raw = q.text.slice(0, q.unitText.start - q.start);
      const number = raw.trimEnd();
      if (!PLAIN_NUMBER.test(number) && !NUMBER_WORDS.includes(number.toLowerCase())) continue;
      out.push({ number, start: q.start, end: q.start + number.length, value: q.value, claim: c });
    }
  }
  return out;
}

function written(value: number, like: string): string {
  if (!/\d/.test(like) && Number.isInteger(value) && value <= 20) {
    const word = NUMBER_WORDS[value]!;
    return /^\p{Lu}/u.test(like) ? word[0]!.toUpperCase() + word.slice(1) : word;
  }
  const decimals = /\.(\d+)$/.exec(like)?.[1]?.length ?? 0;
  const fixed = value.toFixed(decimals);
  return like.includes(',') ? Number(fixed).toLocaleString('en-US', { minimumFractionDigits: decimals }) : fixed;
}

/** A value a factor 1.25-2 away (so exact ranges never meet and the pair is not "distant": claim-similarity.ts). */
function changedValue(value: number, like: string, random: Random, up: boolean): number {
  const decimals = /\.(\d+)$/.exec(like)?.[1]?.length ?? 0;
  const factor = 1.25 + 0.75 * random();
  const step = 10 ** -decimals;
  const raw = up ? value * factor : value / factor;
  let next = Math.round(raw / step) * step;
  if (Math.abs(next - value) < step / 2) next = up ? value + step : value - step;
  return next <= 0 ? value + step : Number(next.toFixed(decimals));
}

function plantNumber(text: string, claims: readonly Claim[], random: Random): Planted | null {
  const list = figures(claims);
  if (list.length === 0) return null;
  const f = pick(list, random);
  const next = changedValue(f.value, f.number, random, random() < 0.5);
  return { text: replace(text, f.start, f.end, written(next, f.number)), values: [String(f.value), String(next)] };
}

function plantUpdate(text: string, claims: readonly Claim[], random: Random): Planted | null {
  const list = figures(claims);
  if (list.length === 0) return null;
  const f = pick(list, random);
  const q = f.claim.quantities.find((x) => x.start === f.start)!;
  const next = changedValue(f.value, f.number, random, true);
  const raised = replace(text, q.end, q.end, `, up from ${f.number.toLowerCase()}`);
  return { text: replace(raised, f.start, f.end, written(next, f.number)), values: [String(f.value), String(next)] };
}

function plantDate(text: string, claims: readonly Claim[], random: Random): Planted | Dropped | null {
  const list = claims.flatMap((c) => c.dates.filter((d) => d.value !== null && d.relation === 'at' &&
    ((d.granularity === 'day' && (d.basis === 'explicit' || d.basis === 'article-year')) || (d.granularity === 'year' && d.basis === 'explicit'))).map((d) => ({ c, d })));
  if (list.length === 0) return null;
  const { c, d } = pick(list, random);
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(d.text);
  const dayMatch = d.granularity === 'day' ? /\b([0-3]?\d)(?:st|nd|rd|th)?\b(?!:)/.exec(d.text.replace(/\b(1[89]\d\d|20\d\d)\b/g, (y) => '#'.repeat(y.length))) : null;
  if (dayMatch && (year === null || random() < 0.5)) {
    const day = Number(dayMatch[1]);
    const shift = (2 + Math.floor(random() * 3)) * (day > 20 ? -1 : 1);
    const moved = d.text.slice(0, dayMatch.index) + String(day + shift) + d.text.slice(dayMatch.index + dayMatch[1]!.length);
    const [y, m] = d.value!.split('-');
    if (!MONTHS.some((name) => d.text.toLowerCase().includes(name.slice(0, 3)))) return null;
    const drop = dateDrop(c, d, text, false);
    if (drop) return { dropped: drop };
    return { text: replace(text, d.start, d.end, moved.replace(/^\p{L}+day,?\s+/u, '')), values: [d.value!, `${y}-${m}-${String(day + shift).padStart(2, '0')}`] };
  }
  if (year === null) return null;
  const drop = dateDrop(c, d, text, true);
  if (drop) return { dropped: drop };
  const back = String(Number(year[1]) - 1);
  const moved = d.text.slice(0, year.index) + back + d.text.slice(year.index + 4);
  return { text: replace(text, d.start, d.end, moved.replace(/^\p{L}+day,?\s+/u, '')), values: [d.value!, back + d.value!.slice(4)] };
}

function plantPlace(text: string, claims: readonly Claim[], random: Random, pools: Pools): Planted | Dropped | null {
  const lower = text.toLowerCase();
  const others = [...pools.places].filter((p) => !lower.includes(p.toLowerCase())).sort();
  const list = claims.flatMap((c) => c.places.filter((p) => isPlace(p.text, p.cue, pools.gazetteer) && countOf(c.text, p.text) === 1));
  if (list.length === 0 || others.length === 0) return null;
  const p = pick(list, random);
  const by = pick(others, random);
  const drop = placeDrop(p, by);
  if (drop) return { dropped: drop };
  return { text: replace(text, p.start, p.end, by), values: [p.text, by] };
}

/** The names in a claim's actor that the person check reads (src/corroborate/actor-names.ts; a surname alone opening the sentence is not a run here, so it is never the name replaced), with offsets. */
function actorRuns(c: Claim) {
  if (c.actor === null || ORGANISATION_WORDS.test(c.actor.text)) return [];
  return collectProperNounRuns(c.text).filter((r) => r.start >= c.actor!.start - c.start && r.end <= c.actor!.end - c.start && !ORGANISATION_WORDS.test(r.form));
}

function actorNames(c: Claim): string[] {
  return c.action === null ? [] : actorRuns(c).map((r) => r.form);
}

function plantPerson(text: string, claims: readonly Claim[], random: Random, pools: Pools): Planted | null {
  const lower = text.toLowerCase();
  const others = [...pools.persons].filter((n) => n.split(/\s+/).every((w) => !lower.includes(w.toLowerCase()))).sort();
  const list = claims.filter((c) => c.action !== null)
    .flatMap((c) => actorRuns(c).filter((r) => isPerson(r.form, pools.gazetteer) && countOf(c.text, r.form) === 1).map((r) => ({ c, r })));
  if (list.length === 0 || others.length === 0) return null;
  const { c, r } = pick(list, random);
  const by = pick(others, random);
  return { text: replace(text, c.start + r.start, c.start + r.end, by), values: [r.form, by] };
}

const AUXILIARY_HEAD = /^(was|were|is|are|has|have|had|will|would|can|could)\s/i;

function plantNegation(text: string, claims: readonly Claim[], random: Random): Planted | null {
  const list = claims.filter((c) => !c.negated && c.action !== null && AUXILIARY_HEAD.test(c.action.text) && !/\bnot\b|n't/.test(c.action.text));
  if (list.length === 0) return null;
  const c = pick(list, random);
  const at = c.action!.start + AUXILIARY_HEAD.exec(c.action!.text)![1]!.length;
  return { text: replace(text, at, at, ' not'), values: ['affirmed', 'negated'] };
}

const PASSIVE_DONE = /^(?:was|were|has been|have been|had been)\s+(?=\p{Ll}+ed\b|\p{Ll}+en\b)/u;

function plantStatus(text: string, claims: readonly Claim[], random: Random): Planted | null {
  const list = claims.filter((c) => !c.negated && c.status.kind === 'done' && c.action !== null && PASSIVE_DONE.test(c.action.text));
  if (list.length === 0) return null;
  const c = pick(list, random);
  const head = PASSIVE_DONE.exec(c.action!.text)![0]!;
  return { text: replace(text, c.action!.start, c.action!.start + head.length, 'will be '), values: ['done', 'planned'] };
}

function countOf(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/** FNV-1a of a string: a per-article seed that does not depend on which other articles are generated. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
