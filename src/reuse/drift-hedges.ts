/**
 * Hedges for drift: the words that turn a statement into a possibility or a report of one ("the port will reopen"
 * vs "the port could reopen"; "he resigned" vs "he reportedly resigned"). SCENARIOS.md (5) asks that what is only
 * ever said in hedged form be shown as speculation, so a rewrite that adds or drops a hedge changes what the reader
 * is told is known.
 *
 * The cues are the ones the issue lists (may, might, could, reportedly, allegedly, "is expected to", "according
 * to", "sources say", "appears to", likely) plus close kin of the same kinds (apparently, possibly, perhaps,
 * "believed to", "said to be"). They fall in three families, and only a change in a family's count is drift:
 * "could" for "may", or "reportedly" for "according to officials", swaps one hedge for another of the same force.
 * - modal: may, might, could (not "could not": inability, a statement, not a possibility);
 * - reported: reportedly, allegedly, according to, sources say, is said to;
 * - inferred: appears to, apparently, likely, possibly, perhaps, is expected to, is believed to.
 * "may" counts only in lower case: "May" is the month (or a name).
 */

export type HedgeFamily = 'modal' | 'reported' | 'inferred';

export interface HedgeMention {
  readonly family: HedgeFamily;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const CUES: readonly { readonly family: HedgeFamily; readonly pattern: RegExp }[] = [
  { family: 'modal', pattern: /\b(?:may|[Mm]ight)\b|\b[Cc]ould\b(?!\s+(?:not|never)\b)(?!n['\u2019]t)/g },
  { family: 'reported', pattern: /\b(?:reportedly|allegedly|according to|(?:is|are|was|were) said to|sources? (?:say|says|said|told))\b/gi },
  { family: 'inferred', pattern: /\b(?:appears? to|appeared to|apparently|(?:un)?likely|possibly|perhaps|(?:is|are|was|were) (?:expected|believed) to)\b/gi },
];

/** The hedges of `sentence` (starting at offset `base` of its text), in order. */
export function findHedges(sentence: string, base = 0): HedgeMention[] {
  const out: HedgeMention[] = [];
  for (const { family, pattern } of CUES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      if (out.some((h) => h.start - base < m!.index + m![0].length && m!.index < h.end - base)) continue;
      out.push({ family, text: m[0], start: base + m.index, end: base + m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
