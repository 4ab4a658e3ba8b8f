/**
 * The copy graph. An edge says one article was derived from another (copied, lightly edited or heavily
 * rewritten), or that two articles are siblings: both derived from a common source that is not in the corpus.
 * Articles joined by edges of any relation form one independence family: however many they are, they count as
 * one source.
 */

export type CopyRelation = 'copy' | 'light-edit' | 'heavy-rewrite' | 'siblings';

/** How the direction of a derivation was decided, strongest first. */
export type DirectionBasis = 'published-time' | 'markers' | 'containment' | 'tie';

export interface AlignedSentenceEvidence {
  /** verbatim, edited or paraphrased */
  readonly kind: string;
  /** Character spans [start, end) of the aligned sentences in the source (`from`) and the derived (`to`) text. */
  readonly from: readonly (readonly [number, number])[];
  readonly to: readonly (readonly [number, number])[];
  readonly score: number;
}

export interface CopyEdge {
  /** The source; for siblings, the smaller id of the two (siblings have no direction). */
  readonly from: string;
  /** The derived article; for siblings, the larger id. */
  readonly to: string;
  readonly relation: CopyRelation;
  /** Degree of derivation in [0, 1] (copy 1, light edit ~2/3, heavy rewrite ~1/3); for siblings, the shared share. */
  readonly score: number;
  /** What decided which side is the source, and how surely (0..1); null for siblings. */
  readonly direction: { readonly basis: DirectionBasis; readonly confidence: number } | null;
  /** Share of each text inside the other's aligned sentences. */
  readonly containment: { readonly toInFrom: number; readonly fromInTo: number };
  readonly evidence: readonly AlignedSentenceEvidence[];
}
