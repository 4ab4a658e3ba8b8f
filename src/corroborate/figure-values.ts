/**
 * When two figures of the same unit disagree. A figure is read as the range of values its wording allows, and two
 * figures disagree only when their ranges do not meet: "more than 40" and "45" agree, "at least 12" and "15" agree,
 * "about 300" and "300" agree, "three" and "two" do not.
 *
 * - exact: the value itself (with a relative slack of 1e-9 for "1.5 million" against "1,500,000");
 * - about: the value give or take half a step of its last significant digit, and at least 10% (news rounds "about"
 *   figures to one or two significant digits: "about 300" covers 250-350, "about 60" covers 54-66); nearly: the
 *   lower half of that range up to the value;
 * - more-than / at-least: above / from the value; up-to / at-most: to it; less-than: below it.
 */
import type { Quantity } from '../model/claim.js';

interface Range {
  readonly low: number;
  readonly high: number;
  readonly lowOpen: boolean;
  readonly highOpen: boolean;
}

/** Smallest share of the value an "about" figure covers either side. */
const ABOUT_MIN_SHARE = 0.1;
const EXACT_SLACK = 1e-9;

export function rangeOf(q: Quantity): Range {
  const v = q.value;
  const slack = Math.abs(v) * EXACT_SLACK;
  switch (q.qualifier) {
    case 'exact': return { low: v - slack, high: v + slack, lowOpen: false, highOpen: false };
    case 'about': return { low: v - aboutSpan(v), high: v + aboutSpan(v), lowOpen: false, highOpen: false };
    case 'nearly': return { low: v - aboutSpan(v), high: v + slack, lowOpen: false, highOpen: false };
    case 'more-than': return { low: v, high: Infinity, lowOpen: true, highOpen: false };
    case 'at-least': return { low: v - slack, high: Infinity, lowOpen: false, highOpen: false };
    case 'up-to':
    case 'at-most': return { low: -Infinity, high: v + slack, lowOpen: false, highOpen: false };
    case 'less-than': return { low: -Infinity, high: v, lowOpen: false, highOpen: true };
  }
}

/** True when the two figures can both be true of one count. */
export function figuresAgree(a: Quantity, b: Quantity): boolean {
  const x = rangeOf(a);
  const y = rangeOf(b);
  const low = Math.max(x.low, y.low);
  const high = Math.min(x.high, y.high);
  if (low < high) return true;
  if (low > high) return false;
  const lowOpen = (x.low === low && x.lowOpen) || (y.low === low && y.lowOpen);
  const highOpen = (x.high === high && x.highOpen) || (y.high === high && y.highOpen);
  return !lowOpen && !highOpen;
}

/** The figure as the records show it: "3 ship", "about 300 protester", "more-than 40 person", "5.8 magnitude". */
export function figureValue(q: Quantity): string {
  const qualifier = q.qualifier === 'exact' ? '' : `${q.qualifier} `;
  return `${qualifier}${q.value}${q.unit === null ? '' : ` ${q.unit}`}`;
}

function aboutSpan(v: number): number {
  const magnitude = Math.abs(v);
  if (magnitude === 0) return 0;
  let step = 10 ** Math.floor(Math.log10(magnitude));
  // The last significant digit: 300 -> 100, 350 -> 10, 8000 -> 1000, 62 -> 1.
  while (step > 1e-9 && Math.abs(Math.round(magnitude / step) * step - magnitude) > step * 1e-9) step /= 10;
  return Math.max(step / 2, magnitude * ABOUT_MIN_SHARE);
}
