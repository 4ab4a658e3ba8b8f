import type { Signal } from '../../model/signal.js';
import type { MetadataLine } from '../text/metadata-line.js';
import { removeRepeatedTitle } from './01-repeated-title.js';
import { removeMetadataLines } from './02-metadata-lines.js';
import { removeBoilerplateLines } from './03-boilerplate-lines.js';
import { removeTagRun } from './04-tag-run.js';
import type { ResidueContext, ResidueResult, ResidueStep } from './residue-step.js';

/**
 * Scraping residue (SCENARIOS.md 3) leaves the text and becomes signals with the removed span as evidence. The
 * order matters: the tag run is looked for after boilerplate lines have gone from the end.
 */
const STEPS: readonly ResidueStep[] = [removeRepeatedTitle, removeMetadataLines, removeBoilerplateLines, removeTagRun];

export function cleanResidue(text: string, context: ResidueContext): ResidueResult {
  let current = text;
  const signals: Signal[] = [];
  const metadata: MetadataLine[] = [];
  for (const step of STEPS) {
    const result = step(current, context);
    current = result.text;
    signals.push(...result.signals);
    metadata.push(...result.metadata);
  }
  return { text: current, signals, metadata };
}
