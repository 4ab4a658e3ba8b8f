import type { ResidueStep } from './residue-step.js';
import { unchanged } from './residue-step.js';

/**
 * Tag and category lists that a scraper glued onto the last line: "...said the minister.politicsWhat the Summit
 * MeansVeloria TarsanyPresident Ilse Marand". Each tag was a separate link; flattening the markup dropped the
 * spaces, so a lower-case letter runs straight into a capital. Two or more such joints in a tail with no sentence
 * punctuation is a tag run; one joint is too often a name (McDonald, DeVito) or a brand (YouTube).
 */

/** Joints needed: one is common in real prose (names, brands); two or more in one unpunctuated tail is not. */
const MIN_JOINTS = 2;
/** Tag blocks are a handful of links; a longer unpunctuated tail is something else. */
const MAX_TAIL = 600;

const LABELLED = /^(tags?|tagged|filed under|categories|category|topics?|keywords)\s*:\s*\S.{0,500}$/i;
// CamelCase words that are spelled that way on purpose.
const BRANDS = /(iPhone|iPad|iOS|eBay|YouTube|PayPal|LinkedIn|WhatsApp|TikTok|PlayStation|JavaScript|GitHub|McDonald|MacBook|DeepMind|OpenAI|BlackRock|FedEx|SpaceX|PowerPoint)/g;

export const removeTagRun: ResidueStep = (text) => {
  const lines = text.replace(/\n+$/, '').split('\n');
  const lastLine = lines.at(-1)?.trim() ?? '';
  if (lastLine === '') return unchanged(text);

  if (LABELLED.test(lastLine)) return strip(lines, lastLine, '');

  for (const start of tailStarts(lastLine)) {
    const tail = lastLine.slice(start).trim();
    if (isTagRun(tail)) return strip(lines, tail, lastLine.slice(0, start).trimEnd());
  }
  return unchanged(text);
};

/** Where a tail can begin: the line's start, or right after a sentence's end. Earliest first, to remove the most. */
function* tailStarts(line: string): Generator<number> {
  yield 0;
  const ends = /[.!?"”’)](?=\s*\p{L})/gu;
  for (let match = ends.exec(line); match; match = ends.exec(line)) yield match.index + 1;
}

export function isTagRun(tail: string): boolean {
  if (tail.length < 8 || tail.length > MAX_TAIL || /[.!?;]/.test(tail)) return false;
  return countJoints(tail) >= MIN_JOINTS;
}

function countJoints(tail: string): number {
  const chunks = tail.replace(BRANDS, (brand) => brand.toLowerCase()).split(/(?<=\p{Ll})(?=\p{Lu})/u);
  let joints = 0;
  for (const chunk of chunks.slice(0, -1)) {
    const lastWord = chunk.split(/\s+/).pop() ?? '';
    // "Mc"Donald, "De"Vito, "La"Guardia: a short capitalised prefix is part of a name, not a joint.
    if (!(lastWord.length <= 3 && /^\p{Lu}/u.test(lastWord))) joints++;
  }
  return joints;
}

function strip(lines: string[], evidence: string, keptPart: string): ReturnType<ResidueStep> {
  const head = lines.slice(0, -1);
  if (keptPart !== '') head.push(keptPart);
  return {
    text: head.join('\n').replace(/\n+$/, ''),
    signals: [{ kind: 'residue.tag-run', evidence, confidence: 0.85 }],
    metadata: [],
  };
}
