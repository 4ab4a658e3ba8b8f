import { readFileSync } from 'node:fs';
import { sharedDataDir } from './baseline.js';

/**
 * The Microsoft Research Paraphrase Corpus (Dolan & Brockett 2005), read from ../shared/data/mrpc: sentence pairs
 * from news clusters, 1 = paraphrase. Train (4,076 pairs) is for tuning, test (1,725) only for reporting.
 */
export interface ParaphrasePair {
  readonly paraphrase: boolean;
  readonly a: string;
  readonly b: string;
}

export function loadMrpc(split: 'train' | 'test'): ParaphrasePair[] {
  const text = readFileSync(sharedDataDir('mrpc', `msr_paraphrase_${split}.txt`), 'utf8').replace(/^\uFEFF/, '');
  const pairs: ParaphrasePair[] = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    const fields = line.split('\t');
    if (fields.length < 5) continue;
    pairs.push({ paraphrase: fields[0] === '1', a: fields[3]!, b: fields[4]! });
  }
  return pairs;
}
