import type { CopyRelation } from './copy-edge.js';
import type { ClaimGroup, ContradictionKind, ContradictionSide } from './corroboration.js';
import type { SignalKind } from './signal.js';
import type { StoryEntity } from './story.js';

/**
 * The Brief: what a reader needs to judge one story in under a minute (SCENARIOS.md, closing paragraph): what is
 * established and by how many independent sources, what is single-source, what is disputed and how, what is
 * speculation, and which articles are copies or machine rewrites of which. docs/brief.md is its contract; the CLI
 * (`crosscheck brief`), and later the HTTP API and the web UI, render this one record.
 */

export const BRIEF_FORMAT = 'brief/1';

export interface BriefStory {
  readonly id: string;
  readonly title: string;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly articleCount: number;
  /** Independence families among its articles: copies of one source count once. */
  readonly families: number;
  readonly outlets: readonly string[];
  readonly mainEntities: readonly StoryEntity[];
}

export interface BriefSignal {
  readonly kind: SignalKind;
  readonly evidence: string;
  readonly confidence: number;
}

/** What one family of signals adds to a machine-rewrite score (docs/signals.md). */
export interface BriefRewriteReason {
  readonly group: string;
  readonly contribution: number;
  readonly evidence: readonly string[];
}

export interface BriefArticle {
  readonly id: string;
  readonly title: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly publishedAt: string | null;
  readonly familyId: string;
  /** Its source inside the store when it copies or rewrites another article, and how; null for an original. */
  readonly copyOf: { readonly id: string; readonly relation: CopyRelation } | null;
  /** Machine-rewrite score (0..1) from its signals, with the reasons; `likely` at 0.5 (docs/signals.md). */
  readonly machineRewrite: { readonly score: number; readonly likely: boolean; readonly reasons: readonly BriefRewriteReason[] };
  readonly signals: readonly BriefSignal[];
  /** How many of its claims the brief groups (claims of headlines and bylines aside). */
  readonly claims: number;
}

export type EntityKind = 'person' | 'organisation' | 'place' | 'other';

/** A person, organisation or place of the story, under one canonical form (src/corroborate/entity-forms.ts). */
export interface BriefEntity {
  /** The form most families write. */
  readonly name: string;
  readonly kind: EntityKind;
  /** Every form the coverage writes it in, the canonical first, with the articles that write each. */
  readonly variants: readonly { readonly form: string; readonly articleIds: readonly string[] }[];
  readonly articleIds: readonly string[];
  /** Independence families that name it. */
  readonly families: number;
}

/** A claim group as the Brief shows it: corroboration.ts's ClaimGroup without its claim ids (the quotes name them). */
export type BriefClaim = Omit<ClaimGroup, 'claimIds'>;

export interface BriefContradiction {
  readonly id: string;
  readonly kind: ContradictionKind;
  /** The claim group it is found in, and that group's wording. */
  readonly claimId: string;
  readonly claim: string;
  readonly sides: readonly [ContradictionSide, ContradictionSide];
}

export interface BriefUpdate {
  readonly id: string;
  readonly claimId: string;
  readonly claim: string;
  readonly from: ContradictionSide;
  readonly to: ContradictionSide;
}

/** A copy edge between two of the story's articles (`crosscheck copies <story-id>`, without the evidence spans). */
export interface BriefCopy {
  readonly from: string;
  readonly to: string;
  readonly relation: CopyRelation;
  readonly score: number;
}

/** The story in time: each article as it appeared, and each figure revised. */
export type BriefTimelineEntry =
  | {
      readonly kind: 'article';
      readonly at: string | null;
      readonly articleId: string;
      readonly outlet: string | null;
      readonly title: string;
      /** Claim groups this article was the first to state. */
      readonly newClaims: number;
      readonly copyOf: string | null;
    }
  | { readonly kind: 'update'; readonly at: string | null; readonly updateId: string; readonly from: string; readonly to: string };

export interface BriefSummary {
  readonly corroborated: number;
  readonly disputed: number;
  readonly singleSource: number;
  readonly speculative: number;
  readonly contradictions: number;
  readonly updates: number;
  /** Articles that are copies or rewrites of another article in the story, and those likely machine-rewritten. */
  readonly copies: number;
  readonly machineRewrites: number;
}

export interface Brief {
  readonly format: typeof BRIEF_FORMAT;
  readonly story: BriefStory;
  readonly summary: BriefSummary;
  readonly articles: readonly BriefArticle[];
  /** People, organisations and places, those most families name first, each with the spellings used. */
  readonly entities: readonly BriefEntity[];
  /** Established facts first: corroborated, disputed, single-source, speculative (corroboration.ts). */
  readonly claims: readonly BriefClaim[];
  readonly contradictions: readonly BriefContradiction[];
  readonly updates: readonly BriefUpdate[];
  readonly copies: readonly BriefCopy[];
  readonly timeline: readonly BriefTimelineEntry[];
}
