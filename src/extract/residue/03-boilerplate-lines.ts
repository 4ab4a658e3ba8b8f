import type { Signal } from '../../model/signal.js';
import type { ResidueStep } from './residue-step.js';

/**
 * Whole lines of page furniture that scrapers copy along with the article: share prompts, cookie banners,
 * newsletter pitches, "Advertisement". Only short lines that consist of such text are removed; a sentence of the
 * article that mentions cookies stays.
 */

/**
 * Furniture lines are short; an article sentence that happens to start the same way is usually longer. 320 leaves
 * room for the WordPress feed line, which quotes a whole headline and the site name.
 */
const MAX_BOILERPLATE_LINE = 320;

const PATTERNS: readonly RegExp[] = [
  /^(share|share this|share this (article|story|post|page)|share on \w+|tweet|email|print|copy link)([\s:|•·,/-]+(facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|print|copy link|share))*[\s:!.]*$/i,
  /^(facebook|twitter|linkedin|whatsapp|telegram|reddit|email|pinterest)([\s|•·,/-]+(facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email|pinterest|print))+$/i,
  /^(accept|allow|reject|manage) (all )?cookies\b.*$/i,
  /^(this|our) (site|website) uses cookies\b.*$/i,
  /^we use cookies\b.*$/i,
  /^by (continuing|using) (to use )?(this|our) (site|website).*cookies.*$/i,
  /^(subscribe|sign up)( now)?( to| for)? (our|the) (newsletter|daily briefing|morning briefing)\b.*$/i,
  /^(advertisement|advertising|sponsored( content)?|ad)$/i,
  /^(read more|related|related articles|recommended|more on this story|you may also like|most read)\s*:?\s*$/i,
  /^(follow us on|like us on) \w+.*$/i,
  /^(all rights reserved|©|\(c\)|copyright \d{4}).{0,100}$/i,
  /^click here to .{0,100}$/i,
  // WordPress appends this to every feed entry it syndicates.
  /^the post .{1,200} appeared first on .{1,100}$/i,
  /^(comments?|leave a comment|\d+ comments?)$/i,
];

export const removeBoilerplateLines: ResidueStep = (text) => {
  const signals: Signal[] = [];
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.length > 0 && trimmed.length <= MAX_BOILERPLATE_LINE && PATTERNS.some((p) => p.test(trimmed))) {
      signals.push({ kind: 'residue.boilerplate', evidence: trimmed, confidence: 0.8 });
      continue;
    }
    kept.push(line);
  }
  return { text: kept.join('\n'), signals, metadata: [] };
};
