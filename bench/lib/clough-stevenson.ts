import { readFileSync } from 'node:fs';
import { sharedDataDir } from './baseline.js';

/**
 * The Corpus of Plagiarised Short Answers (Clough & Stevenson, LRE 2011), read from ../shared/data: five Wikipedia
 * source texts (tasks a-e) and 95 answers, each labelled cut (near copy), light (light revision), heavy (heavy
 * revision) or non (written independently). The five tasks make the natural folds: an answer is only ever compared
 * with its own task's source, so leaving one task out keeps its source, its answers and its writers' habits on that
 * topic out of training.
 */
export type ReuseLabel = 'cut' | 'light' | 'heavy' | 'non';
export const REUSE_LABELS: readonly ReuseLabel[] = ['cut', 'light', 'heavy', 'non'];
export const TASKS = ['a', 'b', 'c', 'd', 'e'] as const;
export type Task = (typeof TASKS)[number];

export interface ReuseCase {
  readonly id: string;
  readonly task: Task;
  readonly label: ReuseLabel;
  readonly source: string;
  readonly answer: string;
}

export function loadCloughStevenson(): ReuseCase[] {
  const dir = sharedDataDir('clough-stevenson-text-reuse', 'corpus');
  const read = (name: string) => readFileSync(`${dir}/${name}`, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const sources = new Map<string, string>();
  const cases: ReuseCase[] = [];
  for (const line of read('all-plagiarised-files.txt').split('\n')) {
    const [sourceFile, answerFile, label] = line.trim().split(',');
    if (!sourceFile || !answerFile || !label) continue;
    if (!(REUSE_LABELS as readonly string[]).includes(label)) throw new Error(`unknown label ${label} in ${line}`);
    const task = /task([a-e])\.txt$/.exec(answerFile)?.[1] as Task | undefined;
    if (!task) throw new Error(`no task in ${answerFile}`);
    if (!sources.has(sourceFile)) sources.set(sourceFile, read(sourceFile));
    cases.push({ id: answerFile.replace(/\.txt$/, ''), task, label: label as ReuseLabel, source: sources.get(sourceFile)!, answer: read(answerFile) });
  }
  return cases;
}
