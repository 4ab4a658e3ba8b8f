/**
 * A signal is an observation about one article that a reader should see with its evidence: scraping residue
 * removed from the text, a sentence admitting a machine rewrite, a date that disagrees with the rest of the coverage.
 * Kinds are dotted: the part before the dot is the family (`residue`, `rewrite`, `date`), the rest the detail.
 */
export type SignalKind =
  | 'residue.tag-run' // category/tag names glued onto the end of the text
  | 'residue.metadata-line' // a bare "posted 2024-02-01" line left at the top
  | 'residue.repeated-title' // the headline repeated as the first line of the body
  | 'residue.boilerplate' // share buttons, cookie banners, newsletter prompts
  | 'date.conflict'; // the page's dates disagree with each other

export interface Signal {
  readonly kind: SignalKind;
  /** The text that shows it: for residue, the exact span removed from the article. */
  readonly evidence: string;
  /** 0..1: how sure the detector is that this is what the kind says. */
  readonly confidence: number;
}
