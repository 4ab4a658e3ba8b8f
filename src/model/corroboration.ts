import type { ModalityKind } from './claim.js';

/**
 * Corroboration inside one story (issue 5): claims that state one proposition are grouped, each group is counted by
 * INDEPENDENT families (copies of one source count once), and mismatches inside a group are typed. Readonly,
 * JSON-serialisable records; the Brief (brief.ts) is built from them.
 */

/**
 * - `corroborated`: stated (not only hedged) by two or more independence families;
 * - `single-source`: stated by one family, however many articles (a wire story and its copies);
 * - `speculative`: only ever stated in hedged form (could, may, is expected to, reportedly);
 * - `disputed`: the group holds a typed contradiction (contradiction.ts kinds) between families.
 */
export type ClaimGroupStatus = 'corroborated' | 'single-source' | 'speculative' | 'disputed';

/** A claim as quoted: which article, which claim, and the exact words with their span in that article's text. */
export interface ClaimQuote {
  readonly articleId: string;
  readonly claimId: string;
  readonly familyId: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** One proposition and every claim of the story that states it. */
export interface ClaimGroup {
  /** Stable for one story state: the id of its earliest claim (publication order, then claim id). */
  readonly id: string;
  /** The representative wording: the claim of the group's earliest article in its most independent form. */
  readonly text: string;
  readonly status: ClaimGroupStatus;
  /** Independence families that state it, not hedged: what "how many sources" means everywhere in crosscheck. */
  readonly independentSources: number;
  readonly familyIds: readonly string[];
  readonly articleIds: readonly string[];
  readonly claimIds: readonly string[];
  readonly outlets: readonly string[];
  /** The strongest modality among its claims: reported > attributed > hedged > opinion > question. */
  readonly modality: ModalityKind;
  /** Who is said to state it ("the coast guard", "Marand"), as written, first seen first. */
  readonly attributedTo: readonly string[];
  /** One quote per family (its earliest claim), earliest first. */
  readonly quotes: readonly ClaimQuote[];
  /** Publication time of the earliest article stating it (ISO 8601), null when none is dated. */
  readonly firstSeen: string | null;
}

/**
 * What two reports disagree on: a figure ("three ships" vs "two"), a date, a person or organisation in the same
 * role, a place, one side negating what the other states, or held vs planned (status).
 */
export type ContradictionKind = 'number' | 'date' | 'person' | 'organisation' | 'place' | 'negation' | 'status';

/** One side of a contradiction: the value it states and who states it. */
export interface ContradictionSide {
  /** The value as normalised for comparison ("3 ship", "2024-03-04", "Varro", "negated", "planned"). */
  readonly value: string;
  readonly articleIds: readonly string[];
  readonly familyIds: readonly string[];
  readonly quotes: readonly ClaimQuote[];
}

export interface Contradiction {
  /** `${groupId}:${kind}`, or `${groupId}:${kind}:${n}` when a group has several of one kind. */
  readonly id: string;
  readonly kind: ContradictionKind;
  readonly groupId: string;
  /** The two sides, the side stated by more families first (then the earlier). */
  readonly sides: readonly [ContradictionSide, ContradictionSide];
}

/**
 * A figure revised by later reporting ("12 dead" on 12 June, "15 dead" on 13 June, the later reports citing the
 * new figure as a rise): not a contradiction. Told apart by time order and revision cues (rose to, revised,
 * now, updated, climbed).
 */
export interface FigureUpdate {
  readonly id: string;
  readonly groupId: string;
  readonly from: ContradictionSide;
  readonly to: ContradictionSide;
}

/** A story's corroboration, as the corroborate stage returns it. */
export interface Corroboration {
  /** Established facts first: by status (corroborated, disputed, single-source, speculative), then sources, then time. */
  readonly groups: readonly ClaimGroup[];
  readonly contradictions: readonly Contradiction[];
  readonly updates: readonly FigureUpdate[];
}
