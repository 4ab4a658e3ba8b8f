import type { Signal } from '../../model/signal.js';
import { parseMetadataLine } from '../text/metadata-line.js';
import type { MetadataLine } from '../text/metadata-line.js';
import type { ResidueStep } from './residue-step.js';

/**
 * A bare metadata line at the top of the body (" posted 2024-02-01", "By Ana Petrov | 5 March 2024") is residue of
 * the page's byline block. Only the first lines are looked at: a dated line deep in the body is prose.
 */
const TOP_LINES = 3;

export const removeMetadataLines: ResidueStep = (text) => {
  const lines = text.split('\n');
  const signals: Signal[] = [];
  const metadata: MetadataLine[] = [];
  const kept: string[] = [];
  let seen = 0;
  for (const line of lines) {
    if (seen < TOP_LINES && line.trim() !== '') {
      seen++;
      const found = parseMetadataLine(line);
      if (found.length > 0) {
        metadata.push(...found);
        signals.push({ kind: 'residue.metadata-line', evidence: line, confidence: 0.9 });
        continue;
      }
    }
    kept.push(line);
  }
  return { text: kept.join('\n').replace(/^\n+/, ''), signals, metadata };
};
