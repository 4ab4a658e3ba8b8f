/**
 * A check of the siblings rule (src/reuse/siblings.ts) on Clough & Stevenson's corpus, where the common source is
 * known. Two answers to the same task that are both rewrites of its source (light or heavy) are siblings; a pair
 * with an independent answer is not. Pairs involving a cut answer are left out (two copies of one source read as a
 * copy of each other, which the rule deliberately reports as a copy). Source-answer pairs are parent and child:
 * the share of those the rule calls siblings is what publication times must correct.
 */
import { assessDerivation } from '../../src/reuse/derivation.js';
import type { TextProfile } from '../../src/reuse/sentence-profile.js';
import { profileText } from '../../src/reuse/sentence-profile.js';
import { siblingVerdict } from '../../src/reuse/siblings.js';
import type { ReuseCase } from './clough-stevenson.js';
import { TASKS } from './clough-stevenson.js';

export interface SiblingScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly pairs: number;
  /** Share of (source, rewrite) pairs the rule calls siblings: parent/child that text alone cannot tell apart. */
  readonly parentChildCalledSiblings: number;
}

export function evaluateSiblings(cases: readonly ReuseCase[]): SiblingScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let pairs = 0;
  let parentChild = 0;
  let parentChildSiblings = 0;
  const isRewrite = (c: ReuseCase) => c.label === 'light' || c.label === 'heavy';
  const verdict = (a: TextProfile, b: TextProfile) => siblingVerdict(assessDerivation(a, b), assessDerivation(b, a)).kind === 'siblings';
  for (const task of TASKS) {
    const answers = cases.filter((c) => c.task === task && c.label !== 'cut');
    const profiles = answers.map((c) => profileText(c.answer));
    const source = profileText(answers[0]!.source);
    answers.forEach((c, i) => {
      if (!isRewrite(c)) return;
      parentChild++;
      if (verdict(source, profiles[i]!)) parentChildSiblings++;
    });
    for (let i = 0; i < answers.length; i++) {
      for (let j = i + 1; j < answers.length; j++) {
        const truth = isRewrite(answers[i]!) && isRewrite(answers[j]!);
        const said = verdict(profiles[i]!, profiles[j]!);
        pairs++;
        if (truth && said) tp++;
        else if (said) fp++;
        else if (truth) fn++;
      }
    }
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    pairs,
    parentChildCalledSiblings: parentChild === 0 ? 0 : parentChildSiblings / parentChild,
  };
}
