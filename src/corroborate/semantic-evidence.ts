/**
 * What a sentence embedding adds to the alignment score of two claims (claim-similarity.ts), when a semantic
 * backend is on (src/ports/semantic-backend.ts): log-odds proportional to how far the cosine of the two claims'
 * embeddings is from SEMANTIC_CENTER, capped at +-SEMANTIC_CAP. It only re-scores pairs the lexical blocking
 * already made candidates (claim-groups.ts): comparing every pair of a 1,000-claim story by embedding would cost
 * more than the whole Brief.
 *
 * The constants are not fitted (no embedding model runs here; nothing may be downloaded): 0.75 is where
 * sentence-embedding cosines of paraphrases typically begin for general-purpose models (MiniLM-class models put
 * unrelated news sentences near 0.1-0.4 and paraphrases above 0.7-0.8), and 8 log-odds per unit of cosine makes a
 * cosine of 0.95 worth +1.6 and one of 0.5 worth -2, about the weight of the strongest lexical evidence. Calibrate
 * them for a given model before trusting it: docs/corroboration.md says how.
 */
export const SEMANTIC_CENTER = 0.75;
export const SEMANTIC_SLOPE = 8;
export const SEMANTIC_CAP = 3;

export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** The log-odds two embeddings add; 0 when either claim has none. */
export function semanticLogit(a: Float32Array | null, b: Float32Array | null): number {
  if (a === null || b === null) return 0;
  const z = SEMANTIC_SLOPE * (cosine(a, b) - SEMANTIC_CENTER);
  return Math.max(-SEMANTIC_CAP, Math.min(SEMANTIC_CAP, z));
}
