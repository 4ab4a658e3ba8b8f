import type { Signal } from '../../model/signal.js';
import type { MetadataLine } from '../text/metadata-line.js';

/** One residue detector: it removes what it recognises from the text and says what it removed, as evidence. */
export interface ResidueResult {
  readonly text: string;
  readonly signals: readonly Signal[];
  /** Metadata recovered from what was removed (a stray "posted 2024-02-01" still dates the article). */
  readonly metadata: readonly MetadataLine[];
}

export interface ResidueContext {
  readonly title: string;
}

export type ResidueStep = (text: string, context: ResidueContext) => ResidueResult;

export function unchanged(text: string): ResidueResult {
  return { text, signals: [], metadata: [] };
}
