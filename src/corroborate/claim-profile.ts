/**
 * What alignment and contradiction typing need to know about one claim, computed once per claim: the article it
 * belongs to (family, time, outlet), a sentence profile of its wording with every figure and date blanked out, the
 * named entities it mentions, and its figures and places each with the words around them (their "role").
 *
 * Figures and dates are blanked before the wording is compared because two claims that differ ONLY in a figure
 * ("each country will commit three patrol ships" / "two patrol ships") state one proposition with two values: they
 * must align, so that the mismatch can be typed (de Marneffe, Rafferty & Manning 2008: align first, then look for
 * mismatches). The unit stays ("patrol ships"): it says what is counted.
 */
import type { Claim, Place, Quantity } from '../model/claim.js';
import type { SentenceProfile } from '../reuse/sentence-profile.js';
import { profileString } from '../reuse/sentence-profile.js';
import { collectProperNounRuns } from '../reuse/signals/proper-noun-runs.js';
import { isNumberToken, isStopword, stem, wordSpans } from '../text/tokens.js';
import type { CorroborationArticle } from './corroborate.js';

/** A figure and its role: the content stems near it, which say what it counts ("killed", "destroyed", "magnitude"). */
export interface Figure {
  readonly quantity: Quantity;
  readonly role: ReadonlySet<string>;
}

/** A place and its role: the content stems before it ("epicentre near", "struck"). */
export interface PlaceMention {
  readonly place: Place;
  /** The place name normalised for comparison: lower case, hyphens and apostrophes as spaces. */
  readonly key: string;
  readonly role: ReadonlySet<string>;
}

export interface ClaimProfile {
  readonly claim: Claim;
  readonly article: CorroborationArticle;
  /** Position in publication order (article time, article id, claim order): the deterministic processing order. */
  readonly order: number;
  readonly wording: SentenceProfile;
  /** The distinct stem hashes of the wording: for the cheap bound on the LCS (claim-similarity.ts). */
  readonly stemSet: ReadonlySet<number>;
  /** Proper-noun runs, normalised as place keys are. */
  readonly entities: ReadonlySet<string>;
  readonly figures: readonly Figure[];
  readonly places: readonly PlaceMention[];
  /** The claim's text in lower case, normalised as names are: for "is this name mentioned at all" checks. */
  readonly plain: string;
  /** True for a claim that cannot corroborate: hedged, a question or the writer's opinion. */
  readonly weak: boolean;
  /**
   * Equal for two claims with the same text and the same resolved dates (a wire sentence and its copies): such
   * claims score the same against any third claim, so a score is computed once per pair of keys (claim-groups.ts).
   */
  readonly scoreKey: number;
  /** The claim text's sentence embedding from a semantic backend, when one is on (semantic-evidence.ts); else null. */
  readonly embedding: Float32Array | null;
}

/** What depends on a claim's text alone, shared by every claim with that text (copies of a wire sentence). */
interface TextParts {
  readonly wording: SentenceProfile;
  readonly stemSet: ReadonlySet<number>;
  readonly entities: ReadonlySet<string>;
  readonly plain: string;
  readonly figureRoles: readonly ReadonlySet<string>[];
  readonly placeRoles: readonly ReadonlySet<string>[];
}

/** Profiles the claims of one corroboration: text parts computed once per distinct claim text. */
export class ClaimProfiler {
  private readonly texts = new Map<string, TextParts>();
  private readonly scoreKeys = new Map<string, number>();

  /** `embeddings`: sentence embeddings by claim text, from a semantic backend (off by default: none). */
  constructor(private readonly embeddings: ReadonlyMap<string, Float32Array> = new Map()) {}

  profile(claim: Claim, article: CorroborationArticle, order: number): ClaimProfile {
    let parts = this.texts.get(claim.text);
    if (parts === undefined) {
      parts = textParts(claim);
      this.texts.set(claim.text, parts);
    }
    const dates = claim.dates.map((d) => `${d.first}/${d.last}/${d.relation}`).join(',');
    const scoreId = `${claim.text}\u0000${dates}`;
    let scoreKey = this.scoreKeys.get(scoreId);
    if (scoreKey === undefined) {
      scoreKey = this.scoreKeys.size;
      this.scoreKeys.set(scoreId, scoreKey);
    }
    const figures: Figure[] = claim.quantities.map((quantity, i) => ({ quantity: { ...quantity, unit: canonicalUnit(quantity.unit) }, role: parts.figureRoles[i]! }));
    const places: PlaceMention[] = locatingPlaces(claim).map((place, i) => ({ place, key: nameKey(place.text), role: parts.placeRoles[i]! }));
    const weak = claim.modality.kind === 'hedged' || claim.modality.kind === 'question' || claim.modality.kind === 'opinion';
    const embedding = this.embeddings.get(claim.text) ?? null;
    return { claim, article, order, wording: parts.wording, stemSet: parts.stemSet, entities: parts.entities, figures, places, plain: parts.plain, weak, scoreKey, embedding };
  }
}

/**
 * How many content words on each side of a figure say what it counts. Four covers a verb group and its object
 * ("three ships, including the tanker, were destroyed": including, tanker, destroyed) in claims that average 17.4
 * words (the demo's 417), where a wider window reaches the neighbouring facts of a long sentence.
 */
const ROLE_WINDOW = 4;

/**
 * An entity named in more than this share of a story's claims is its setting ("Port Avel" in 13% of the summit's
 * claims, "Varro" in 26% of the quake's, measured on the demo), not evidence that two claims state one fact:
 * such entities are dropped from `entities` (claim-similarity.ts counts shared entities). In stories of fewer than
 * TOPIC_MIN_CLAIMS claims every entity counts: a share of a handful of sentences means nothing.
 */
const TOPIC_ENTITY_SHARE = 0.1;
const TOPIC_MIN_CLAIMS = 40;

/** The profiles with the story's setting entities dropped (see TOPIC_ENTITY_SHARE). */
export function withoutTopicEntities(profiles: readonly ClaimProfile[]): ClaimProfile[] {
  if (profiles.length < TOPIC_MIN_CLAIMS) return [...profiles];
  const df = new Map<string, number>();
  for (const p of profiles) for (const e of p.entities) df.set(e, (df.get(e) ?? 0) + 1);
  const cap = TOPIC_ENTITY_SHARE * profiles.length;
  const kept = new Map<ReadonlySet<string>, ReadonlySet<string>>();
  return profiles.map((p) => {
    let entities = kept.get(p.entities);
    if (entities === undefined) {
      entities = new Set([...p.entities].filter((e) => (df.get(e) ?? 0) <= cap));
      kept.set(p.entities, entities);
    }
    return { ...p, entities };
  });
}

/** One claim's profile, outside a corroboration run (tests, tools). */
export function profileClaim(claim: Claim, article: CorroborationArticle, order: number): ClaimProfile {
  return new ClaimProfiler().profile(claim, article, order);
}

function textParts(claim: Claim): TextParts {
  const entities = new Set<string>();
  for (const run of collectProperNounRuns(claim.text)) entities.add(nameKey(run.form));
  const spans = wordSpans(claim.text);
  const fences = claim.quantities.map((q): [number, number] => [q.start - claim.start, q.end - claim.start]);
  const wording = profileString(blankSpans(claim));
  return {
    wording,
    stemSet: new Set(wording.stemIds),
    entities,
    plain: nameKey(claim.text),
    figureRoles: claim.quantities.map((q) => roleAround(spans, q.start - claim.start, q.end - claim.start, ROLE_WINDOW, ROLE_WINDOW, fences)),
    placeRoles: locatingPlaces(claim).map((p) => roleAround(spans, p.start - claim.start, p.end - claim.start, ROLE_WINDOW, 0, fences)),
  };
}

/** The places of a claim except the dateline's, which says where the report was filed. */
function locatingPlaces(claim: Claim): readonly Place[] {
  return claim.places.filter((p) => p.cue !== 'dateline');
}

/** Lower case, with hyphens, apostrophes and runs of white space as one space: "Sol-Varenne" = "sol varenne". */
export function nameKey(text: string): string {
  return text.toLowerCase().replace(/['\u2019]s\b/g, '').replace(/[-\u2010\u2011'\u2019]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The claim's text with the digits/number words of each figure and every date replaced by spaces (offsets kept). */
function blankSpans(claim: Claim): string {
  const chars = claim.text.split('');
  const blank = (from: number, to: number) => {
    for (let i = Math.max(0, from - claim.start); i < Math.min(chars.length, to - claim.start); i++) chars[i] = ' ';
  };
  for (const q of claim.quantities) blank(q.start, q.unitText ? q.unitText.start : q.end);
  for (const d of claim.dates) blank(d.start, d.end);
  return chars.join('');
}

/**
 * Content stems within `before`/`after` content words of [start, end), stopping at the claim's edges, at any other
 * figure (`fences`) and at a coordinating word: in "killing four people and injuring about 60", "injuring" belongs
 * to the 60, and in "Twelve people died and two ships were destroyed", "destroyed" to the ships.
 */
function roleAround(spans: ReturnType<typeof wordSpans>, start: number, end: number, before: number, after: number, fences: readonly [number, number][]): Set<string> {
  const role = new Set<string>();
  const fenced = (at: number) => fences.some(([s, e]) => at >= s && at < e && !(s === start && e === end));
  let first = spans.findIndex((s) => s.end > start);
  if (first < 0) first = spans.length;
  let taken = 0;
  for (let i = first - 1; i >= 0 && taken < before; i--) {
    if (fenced(spans[i]!.start) || COORDINATORS.has(spans[i]!.text)) break;
    if (addContent(role, spans[i]!.text)) taken++;
  }
  taken = 0;
  for (let i = first; i < spans.length && taken < after; i++) {
    if (spans[i]!.start < end) continue;
    if (fenced(spans[i]!.start) || COORDINATORS.has(spans[i]!.text)) break;
    if (addContent(role, spans[i]!.text)) taken++;
  }
  return role;
}

/**
 * One unit for one kind of thing counted: "crewmen" and "crew members" are both crew (the claim stage singularises
 * but does not merge compounds). Applied to both sides, so it only ever joins units.
 */
function canonicalUnit(unit: string | null): string | null {
  if (unit === null) return null;
  if (unit === 'people' || unit === 'persons') return 'person';
  const compound = /^(crew|fisher|police)(?:wo)?m[ae]n$/.exec(unit);
  return compound ? compound[1]! : unit;
}

const COORDINATORS = new Set(['and', 'but', 'or', 'while', 'whereas']);

/** Number words say how many, not what: they are another figure's value, never a role. */
const NUMBER_WORDS = new Set(('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
  'sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred hundreds thousand thousands million millions ' +
  'billion dozen dozens half').split(' '));

function addContent(role: Set<string>, token: string): boolean {
  if (isStopword(token) || isNumberToken(token) || token.length < 3 || NUMBER_WORDS.has(token)) return false;
  role.add(stem(token));
  return true;
}
