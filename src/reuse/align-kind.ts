/**
 * The kind of an aligned pair, judged from the derived side: how many of its words appear, in order, in the source
 * side (kept = LCS / derived tokens). Judging from the derived side makes an exact excerpt of a longer source
 * sentence verbatim (it was cut and pasted), and a sentence that adds a clause an edit of its source.
 */
export type AlignmentKind = 'verbatim' | 'edited' | 'paraphrased';

// Verbatim: at most one derived token in twenty is not the source's, in order (a typo fix, "Bayes'" for "Bayes").
export const VERBATIM_KEPT = 0.95;
// Edited: at least 60% of the derived side's words come from the source in order, i.e. a few substitutions or
// insertions per sentence; below that the sentence was rephrased. Calibrated on hand-made edits: "has resisted
// calls for" -> "has long resisted demands for" keeps 7/9 = 0.78, a rephrasing ("has shown its reluctance to
// open") 5/10 = 0.5. The same share lets a leftover sentence found a pair (an excerpt or an edit; align-attach.ts).
export const EDITED_KEPT = 0.6;

export function alignmentKind(kept: number): AlignmentKind {
  return kept >= VERBATIM_KEPT ? 'verbatim' : kept >= EDITED_KEPT ? 'edited' : 'paraphrased';
}
