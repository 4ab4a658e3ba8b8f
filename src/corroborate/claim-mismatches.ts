/**
 * Mismatches between two aligned claims of one group (de Marneffe, Rafferty & Manning 2008: once two sentences are
 * aligned, a different date, a different participant in the same role, a negation on one side only, or held vs
 * planned, is a contradiction). Each test states what it needs, so that precision comes first (issue 5: precision
 * >= 0.90 per type): a mismatch is reported only between claims that state their fact (not hedged, not a question,
 * not opinion), and only where the difference cannot be a difference of wording.
 *
 * One check also runs across groups, `planMismatches`: an explicit plan against a report of the event as done.
 */
import type { ClaimDate, DateRelation } from '../model/claim.js';
import type { ContradictionKind } from '../model/corroboration.js';
import { actorNames, ORGANISATION_WORDS } from './actor-names.js';
import type { ClaimProfile } from './claim-profile.js';
import { claimSimilarity } from './claim-similarity.js';
import { disagreeingDates } from './date-pairing.js';
import { sharedCount } from '../reuse/sentence-similarity.js';

export interface Mismatch {
  readonly kind: ContradictionKind;
  /** Normalised values: [a's, b's]. */
  readonly values: readonly [string, string];
}

/**
 * Negation and status flip what a sentence says without changing its words, so they need a closer alignment than
 * group membership (0.5). On the demo, the 177 cross-family pairs inside a group with different wording have
 * quartiles 0.62 / 0.76 / 0.87: 0.7 keeps the closer two thirds.
 */
const FLIP_SIMILARITY = 0.7;
/** The grouping threshold (claim-groups.ts), for a planned side whose cue is an explicit plan. */
const PLAN_SIMILARITY = 0.5;
/** Verbs every sentence shares: the same one on both sides says nothing. */
const EMPTY_ACTIONS = new Set(['be', 'is', 'wa', 'have', 'ha', 'had', 'do', 'did', 'sai', 'said', 'say']);
/**
 * Of those, the verbs of a state ("Harrow was 71", "Brandt has a seat on the board"): the same one on both sides
 * says nothing about alignment, but where the claims align as closely as a flip needs (FLIP_SIMILARITY: the same
 * sentence around a different subject), a different named subject is a different fact. Reporting verbs stay out:
 * two people can each have said the same thing.
 */
const STATE_ACTIONS = new Set(['be', 'is', 'wa', 'have', 'ha', 'had', 'do', 'did']);
/** The claim starts with an agency dateline that ends at this date: "PORT AVEL, March 4". */
const DATELINE_DATE = /^[\p{Lu}][\p{Lu}'. -]+,\s*[^,.;]*$/u;
/** What may stand between a reporting verb and the date of the reporting: "said on Thursday", "said late on Tuesday". */
const REPORTING_GAP = /^\s*(?:(?:late|early)\s+)?(?:on\s+)?$/i;
/** Characters between a status cue and the verb group it belongs to ("plans to hold", "announced plans to"). */
const CUE_REACH = 24;
const PLAN_CUE = /plan|schedul|expected|due to|set to|upcoming|to hold|will hold/i;
/** As the grouping's blocking (claim-groups.ts MIN_SHARED_STEMS): a paraphrase of a fact shares its nouns. */
const PLAN_MIN_SHARED = 3;

export function claimMismatches(a: ClaimProfile, b: ClaimProfile): Mismatch[] {
  if (a.weak && b.weak) return [];
  const out: Mismatch[] = [];
  if (!a.weak && !b.weak) {
    // A planned event and a held one resolve "on Monday" in opposite directions (claim-dates.ts: the tense picks
    // the nearest such day after or before the article): their dates differ because their status does.
    const date = (a.claim.status.kind === 'planned') === (b.claim.status.kind === 'planned') ? dateMismatch(a, b) : null;
    if (date) out.push(date);
    const actor = actorMismatch(a, b);
    if (actor) out.push(actor);
    if (a.claim.negated !== b.claim.negated && sameAction(a, b) && claimSimilarity(a, b) >= FLIP_SIMILARITY) {
      out.push({ kind: 'negation', values: [a.claim.negated ? 'negated' : 'affirmed', b.claim.negated ? 'negated' : 'affirmed'] });
    }
  }
  const status = statusMismatch(a, b);
  if (status) out.push(status);
  return out;
}

/**
 * True when `member` states, for `kind`, the same as `other` does: the test that finds a family on both sides of a
 * dispute (contradictions.ts), which is drift inside that family, not a dispute between sources.
 */
export function statesSame(kind: ContradictionKind, member: ClaimProfile, other: ClaimProfile): boolean {
  if (member.weak) return false;
  switch (kind) {
    case 'date': {
      const relations = new Set<DateRelation>(member.claim.dates.map((d) => d.relation));
      return [...relations].some((r) => {
        const dm = eventDates(member, r);
        const dx = eventDates(other, r);
        return dm.some((x) => dx.some((y) => x.first! <= y.last! && y.first! <= x.last!));
      });
    }
    case 'negation': return sameAction(member, other) && member.claim.negated === other.claim.negated;
    case 'status': return member.claim.status.kind === other.claim.status.kind;
    case 'person':
    case 'organisation': return sameAction(member, other) && other.claim.actor !== null && actorNames(member).some((n) => other.plain.includes(n));
    default: return false;
  }
}

function sameAction(a: ClaimProfile, b: ClaimProfile): boolean {
  const la = a.claim.action?.lemma ?? null;
  return la !== null && la === (b.claim.action?.lemma ?? null) && !EMPTY_ACTIONS.has(la);
}

/** For a relation both claims use, a date of each side that pairs with none of the other's (date-pairing.ts). */
function dateMismatch(a: ClaimProfile, b: ClaimProfile): Mismatch | null {
  const relations = new Set<DateRelation>(a.claim.dates.map((d) => d.relation));
  for (const relation of [...relations].sort()) {
    const pair = disagreeingDates(eventDates(a, relation), eventDates(b, relation));
    if (pair) return { kind: 'date', values: [label(pair[0]), label(pair[1])] };
  }
  return null;
}

/**
 * The claim's event dates for `relation`: resolved, and neither the dateline's date ("BRANNOCK, June 13 (Meridian
 * Wire) -") nor the date of the reporting ("officials said on Thursday"), which date the report, not the event.
 */
function eventDates(profile: ClaimProfile, relation: DateRelation): ClaimDate[] {
  const { claim } = profile;
  const verb = claim.attribution.kind === 'none' ? null : claim.attribution.verb;
  return claim.dates.filter((d) => {
    if (d.relation !== relation || d.basis === 'unresolved' || d.first === null || d.last === null) return false;
    if (DATELINE_DATE.test(claim.text.slice(0, d.end - claim.start))) return false;
    return !(verb !== null && d.start >= verb.end && REPORTING_GAP.test(claim.text.slice(verb.end - claim.start, d.start - claim.start)));
  });
}

function label(d: ClaimDate): string {
  return d.relation === 'at' ? d.value! : `${d.relation} ${d.value!}`;
}

/**
 * A named actor swapped for another for the same action: each claim's actor names someone the other claim does
 * not name anywhere. Names both claims share are set aside first, so that one name changed in a list ("Harrow and
 * Brandt" / "Harrow and Okafor") is seen; the values are the names left on each side.
 */
function actorMismatch(a: ClaimProfile, b: ClaimProfile): Mismatch | null {
  if (a.claim.actor === null || b.claim.actor === null) return null;
  const stateVerb = !sameAction(a, b) && STATE_ACTIONS.has(a.claim.action?.lemma ?? '') && a.claim.action?.lemma === b.claim.action?.lemma;
  if (!sameAction(a, b) && !stateVerb) return null;
  // A name is shared when the other claim mentions it or names it in its actor (organisation words taken out of a
  // name, "Superior Court Judge X" -> "superior judge x", no longer reads as the claim's plain text).
  const allA = actorNames(a);
  const allB = actorNames(b);
  const na = allA.filter((n) => !b.plain.includes(n) && !allB.includes(n));
  const nb = allB.filter((n) => !a.plain.includes(n) && !allA.includes(n));
  if (na.length === 0 || nb.length === 0) return null;
  if (stateVerb && claimSimilarity(a, b) < FLIP_SIMILARITY) return null;
  const organisation = ORGANISATION_WORDS.test(a.claim.actor.text) || ORGANISATION_WORDS.test(b.claim.actor.text);
  return { kind: organisation ? 'organisation' : 'person', values: [na.join(' '), nb.join(' ')] };
}

/** The status cue is part of the claim's own verb group: overlapping it or within CUE_REACH either side. */
function governs(cue: { readonly start: number; readonly end: number }, action: { readonly start: number; readonly end: number }): boolean {
  return cue.end >= action.start - CUE_REACH && cue.start <= action.end + CUE_REACH;
}

/** True when the claim is planned by an explicit plan in its own verb group ("announced plans to hold", "is due to"). */
function explicitlyPlanned(profile: ClaimProfile): boolean {
  const { status, action } = profile.claim;
  if (status.kind !== 'planned' || status.cue === null || action === null) return false;
  return PLAN_CUE.test(status.cue.text) && governs(status.cue, action);
}

/**
 * One side done, the other planned. The planned side may be hedged ("are expected to discuss") when its status
 * cue itself is a plan ("announced plans to hold"): that is how a wrongly dated or outdated report reads
 * (SCENARIOS.md 4). The done side must be stated.
 */
function statusMismatch(a: ClaimProfile, b: ClaimProfile): Mismatch | null {
  const kinds = [a.claim.status.kind, b.claim.status.kind];
  if (!(kinds.includes('done') && kinds.includes('planned'))) return null;
  const [done, planned] = a.claim.status.kind === 'done' ? [a, b] : [b, a];
  if (done.weak) return null;
  const cue = planned.claim.status.cue;
  const action = planned.claim.action;
  // The plan must be the claim's own verb group ("is due to begin", "announced plans to hold"), not a clause
  // elsewhere in it ("Under the accord signed by ..., each country is to commit").
  if (cue === null || action === null || !governs(cue, action)) return null;
  const plannedCue = cue.text;
  if (planned.weak && !(planned.claim.modality.kind === 'hedged' && PLAN_CUE.test(plannedCue))) return null;
  const explicitPlan = PLAN_CUE.test(plannedCue);
  if (!sameAction(a, b) && !explicitPlan) return null;
  // An explicit plan ("announced plans to hold", "is due to") says the event had not happened, whatever the
  // wording around it: group membership is alignment enough. A bare "will" needs the closer alignment.
  if (claimSimilarity(a, b) < (explicitPlan ? PLAN_SIMILARITY : FLIP_SIMILARITY)) return null;
  return { kind: 'status', values: [a.claim.status.kind, b.claim.status.kind] };
}

/**
 * Held against planned across claim groups (SCENARIOS.md 4: "a page that reports as upcoming ('announced plans to
 * hold') what other coverage reports as done"). A report of the plan is worded unlike the reports of the event
 * ("have announced plans to hold a summit in Port Avel, where Marand and Sol-Varenne are expected to discuss joint
 * patrols" / "Marand and Sol-Varenne signed the Port Avel Accord"), so it rarely joins their group; but an explicit
 * plan (`explicitlyPlanned`) is rare and strong evidence, so each such claim is compared with
 * every stated, done claim of another family that shares at least PLAN_MIN_SHARED content stems, and
 * `statusMismatch` decides (its alignment bar for an explicit plan is the grouping threshold).
 */
export interface PlanMismatch {
  readonly planned: ClaimProfile;
  readonly done: ClaimProfile;
  readonly mismatch: Mismatch;
}

/** `groupOf`: profile order -> claim group; pairs inside one group are left to the in-group checks. */
export function planMismatches(profiles: readonly ClaimProfile[], groupOf: ReadonlyMap<number, number>): PlanMismatch[] {
  const done = profiles.filter((p) => !p.weak && p.claim.status.kind === 'done');
  const out: PlanMismatch[] = [];
  for (const planned of profiles) {
    if (!explicitlyPlanned(planned)) continue;
    for (const other of done) {
      if (other.article.familyId === planned.article.familyId || groupOf.get(other.order) === groupOf.get(planned.order)) continue;
      if (sharedCount(planned.wording.content, other.wording.content) < PLAN_MIN_SHARED) continue;
      const mismatch = statusMismatch(planned, other);
      if (mismatch) out.push({ planned, done: other, mismatch });
    }
  }
  return out;
}
