import { readFileSync } from 'node:fs';
import { sharedDataDir } from './baseline.js';

/**
 * The STS benchmark (Cer et al. 2017; SemEval STS 2012-2017), read from ../shared/data/stsbenchmark: sentence pairs
 * with a graded similarity, 0 (unrelated) to 5 (equivalent). Tab-separated, no header; the first 7 fields are
 * genre, file, year, sid, score, sentence1, sentence2 (some lines carry extra source columns after them).
 */
export interface StsPair {
  /** "main-news", "main-captions", "main-forums". */
  readonly genre: string;
  /** "MSRpar", "headlines", "deft-news", ... */
  readonly file: string;
  readonly score: number;
  readonly a: string;
  readonly b: string;
}

export function loadSts(split: 'train' | 'dev' | 'test'): StsPair[] {
  const text = readFileSync(sharedDataDir('stsbenchmark', `sts-${split}.csv`), 'utf8');
  const pairs: StsPair[] = [];
  for (const line of text.split(/\r?\n/)) {
    const fields = line.split('\t');
    if (fields.length < 7) continue;
    pairs.push({ genre: fields[0]!, file: fields[1]!, score: Number(fields[4]), a: fields[5]!, b: fields[6]! });
  }
  return pairs;
}
