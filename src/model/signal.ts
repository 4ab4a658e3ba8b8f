/**
 * A signal is an observation about one article that a reader should see with its evidence: scraping residue
 * removed from the text, a sentence admitting a machine rewrite, a date that disagrees with the rest of the coverage.
 * Kinds are dotted: the part before the dot is the family (`residue`, `rewrite`, `date`), the rest the detail.
 * docs/signals.md describes every kind, its evidence and its confidence.
 */
export type SignalKind =
  | 'residue.tag-run' // category/tag names glued onto the end of the text
  | 'residue.metadata-line' // a bare "posted 2024-02-01" line left at the top
  | 'residue.repeated-title' // the headline repeated as the first line of the body
  | 'residue.boilerplate' // share buttons, cookie banners, newsletter prompts
  | 'date.conflict' // the page's dates disagree with each other
  | 'rewrite.admission' // a line admitting the text was rewritten, regenerated or written with AI
  | 'rewrite.chatbot-phrase' // a chatbot's reply left in the text ("As an AI language model")
  | 'rewrite.formulaic' // formulaic opening or closing, stock phrases, LLM-favoured vocabulary
  | 'rewrite.mangled-name' // a name spelled differently from the rest of the story's coverage
  | 'date.late'; // dated far after the rest of the coverage while the text calls the event recent

/** Where the evidence sits in the article text: UTF-16 offsets, end exclusive. */
export interface SignalSpan {
  readonly start: number;
  readonly end: number;
}

export interface Signal {
  readonly kind: SignalKind;
  /** The text that shows it: for residue, the exact span removed from the article. */
  readonly evidence: string;
  /** 0..1: how sure the detector is that this is what the kind says. */
  readonly confidence: number;
  /**
   * The evidence's place in the article's text, when it is there (residue was removed from the text, so its
   * signals have none; a signal about the title has none either). Optional, so stored signals stay valid.
   */
  readonly span?: SignalSpan;
}
