/**
 * Drift: what a derived article changed relative to its source, read along a copy edge (SCENARIOS.md, 2 and 6:
 * machine rewrites and careless copies change numbers, dates and names, add or drop hedges, and add facts the
 * source never had). Every change quotes the sentence it rests on in each text, with character offsets, so a reader
 * can check it against both articles.
 */

export type DriftKind = 'number' | 'date' | 'name' | 'hedge-added' | 'hedge-removed' | 'sentence-added' | 'sentence-dropped';

/** A sentence of the source or the derived text: its text and span [start, end) in that text. */
export interface DriftQuote {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A value stated differently in aligned sentences: "two missiles" became "three missiles". */
export interface ValueDrift {
  readonly kind: 'number' | 'date' | 'name';
  readonly source: DriftQuote;
  readonly derived: DriftQuote;
  /** The value as the source writes it ("two", "Tuesday", "Elin Harrow"). */
  readonly from: string;
  /** The value as the derived text writes it. */
  readonly to: string;
}

/** A hedge ("could", "reportedly", "according to") present on one side of an aligned pair and not the other. */
export interface HedgeDrift {
  readonly kind: 'hedge-added' | 'hedge-removed';
  readonly source: DriftQuote;
  readonly derived: DriftQuote;
  /** The hedge as written on the side that has it. */
  readonly cue: string;
}

/** A derived sentence aligned to nothing in the source: a fact only the rewrite states. */
export interface SentenceAdded {
  readonly kind: 'sentence-added';
  readonly source: null;
  readonly derived: DriftQuote;
}

/** A source sentence aligned to nothing in the derived text: left out by the rewrite. */
export interface SentenceDropped {
  readonly kind: 'sentence-dropped';
  readonly source: DriftQuote;
  readonly derived: null;
}

export type DriftChange = ValueDrift | HedgeDrift | SentenceAdded | SentenceDropped;
