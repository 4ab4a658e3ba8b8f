import type { Story } from '../model/story.js';
import { nameSkeleton } from '../reuse/signals/name-key.js';

/**
 * Whether a story is about a named entity (`crosscheck stories --entity`): one of its main entities contains every
 * word of the query, each compared by its skeleton (case, hyphens, diacritics and apostrophes ignored, as stories
 * key entities: story-entities.ts). So "Lohan" and "lindsay lohan" find "Lindsay Lohan", and "Sol Varenne" finds
 * "Sol-Varenne"; "Lohan" does not find "Lohanne".
 */
export function storyNamesEntity(story: Story, query: string): boolean {
  const wanted = query.split(/[\s,]+/).map(nameSkeleton).filter((w) => w.length > 0);
  if (wanted.length === 0) return false;
  const whole = nameSkeleton(query);
  return story.mainEntities.some((entity) => {
    if (nameSkeleton(entity.name) === whole) return true;
    const words = new Set(entity.name.split(/[\s,]+/).map(nameSkeleton));
    return wanted.every((w) => words.has(w));
  });
}
