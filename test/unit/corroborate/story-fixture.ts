/**
 * Fictional articles for the corroboration tests: each is one text, read with extractClaims as the product does.
 */
import { extractClaims } from '../../../src/analyze/claims.js';
import type { CorroborationArticle } from '../../../src/corroborate/corroborate.js';

export function article(id: string, familyId: string, publishedAt: string | null, text: string, outlet: string | null = `${id} outlet`): CorroborationArticle {
  return { id, familyId, publishedAt, outlet, claims: extractClaims(text, { articleId: id, publishedAt }) };
}
