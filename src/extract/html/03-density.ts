import type { TextBlock } from './blocks.js';
import { collectBlocks } from './blocks.js';
import type { El } from './parse-document.js';

/**
 * The cascade's own extractor, used when Readability finds nothing or finds something implausible. It treats the
 * page as a list of text blocks and looks for the subtree whose blocks are most article-like, as a maximum-sum
 * problem over the tree: every block votes for all its ancestors with a weight that is positive for prose (long,
 * few links) and negative for furniture (link lists, short fragments). The element with the largest total is the
 * article container; it is the smallest subtree that takes in the prose without taking in much else. (The idea
 * follows Kohlschütter et al.'s boilerplate detection from shallow text features, WSDM 2010, and Sun et al.'s
 * text-density content extraction, SIGIR 2011, without their learned thresholds.)
 *
 * Inside the container, link lists and stray short fragments are dropped, as jusText does for "bad" blocks.
 */

/**
 * jusText's "length_low"/"length_high" are 70/200 characters; a block of at least PROSE_CHARS is prose unless links
 * fill it. 80 is where the benchmark's training half separates gold paragraphs (median 190 chars, 8th percentile 80)
 * from menu and teaser lines.
 */
const PROSE_CHARS = 80;
/** jusText's max_link_density is 0.2; Readability drops blocks above 0.5. Link lists in the training half sit above 0.5. */
const MAX_LINK_DENSITY = 0.5;
/** A short block inside the container survives with at most this much link text (a paragraph with one link). */
const SHORT_BLOCK_MAX_LINK_DENSITY = 0.34;
/** Short non-link blocks (dates, labels, "Advertisement") count a little against a container: -1 per character up to this. */
const SHORT_BLOCK_PENALTY_CAP = 25;
/** Below this much prose the page holds no article this extractor can find (Readability's charThreshold is 500). */
const MIN_ARTICLE_CHARS = 200;

export interface DensityResult {
  readonly container: El;
  readonly blocks: TextBlock[];
}

export function densityCandidate(body: El): DensityResult | null {
  const blocks = collectBlocks(body);
  if (blocks.length === 0) return null;
  const totals = new Map<El, number>();
  for (const block of blocks) {
    const weight = blockWeight(block);
    if (weight === 0) continue;
    for (let element: El | null = block.element; element; element = element === body ? null : element.parentElement) {
      totals.set(element, (totals.get(element) ?? 0) + weight);
    }
  }
  let best: El | null = null;
  let bestScore = 0;
  for (const [element, score] of totals) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  if (!best || bestScore < MIN_ARTICLE_CHARS) return null;
  const container = best;
  const kept = blocks.filter((block) => contains(container, block.element) && keepInside(block));
  return kept.length === 0 ? null : { container, blocks: kept };
}

export function linkDensity(block: TextBlock): number {
  return block.text.length === 0 ? 0 : block.linkChars / block.text.length;
}

function blockWeight(block: TextBlock): number {
  const length = block.text.length;
  const density = linkDensity(block);
  if (density > MAX_LINK_DENSITY) return -length;
  if (length >= PROSE_CHARS) return length * (1 - density);
  return -Math.min(length, SHORT_BLOCK_PENALTY_CAP);
}

function keepInside(block: TextBlock): boolean {
  const density = linkDensity(block);
  if (block.text.length >= PROSE_CHARS) return density <= MAX_LINK_DENSITY;
  return density <= SHORT_BLOCK_MAX_LINK_DENSITY;
}

function contains(ancestor: El, element: El): boolean {
  let current: El | null = element;
  while (current) {
    if (current === ancestor) return true;
    current = current.parentElement;
  }
  return false;
}

