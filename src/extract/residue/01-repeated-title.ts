import { comparisonKey } from '../../text/normalize.js';
import type { ResidueStep } from './residue-step.js';
import { unchanged } from './residue-step.js';

/** The repeated headline sits above the body, behind at most a byline and a date line. */
const TOP_LINES = 3;
/**
 * A line this much longer than the headline is a paragraph, not the headline again: comparing keys costs ~10 µs
 * a paragraph, and a scraped headline adds at most a little punctuation and spacing.
 */
const MAX_LENGTH_RATIO = 2;
const MAX_EXTRA_CHARS = 40;

/** Scrapers often paste the headline again as the first line of the body; the title is kept once, as the title. */
export const removeRepeatedTitle: ResidueStep = (text, { title }) => {
  const key = comparisonKey(title);
  if (key.length === 0) return unchanged(text);
  const lines = text.split('\n');
  // Look at the first lines: metadata lines may stand before the repeated headline.
  const longest = MAX_LENGTH_RATIO * title.length + MAX_EXTRA_CHARS;
  for (let i = 0; i < Math.min(TOP_LINES, lines.length); i++) {
    if (lines[i]!.length <= longest && comparisonKey(lines[i]!) === key) {
      const evidence = lines[i]!;
      const rest = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n').replace(/^\n+/, '');
      return { text: rest, signals: [{ kind: 'residue.repeated-title', evidence, confidence: 0.95 }], metadata: [] };
    }
  }
  return unchanged(text);
};
