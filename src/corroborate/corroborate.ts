/**
 * Corroboration of one story (issue 5, items 3-5): its articles' claims grouped into propositions (claim-groups.ts),
 * each group counted by independent families (group-status.ts), contradictions typed between families
 * (contradictions.ts) and revised figures told apart from them (figure-updates.ts). Pure and deterministic: the
 * result depends on the articles, not on the order they are passed in (they are sorted by publication time, then
 * id), and the same input always gives the same output.
 */
import type { Claim } from '../model/claim.js';
import type { Corroboration } from '../model/corroboration.js';
import { CrosscheckError } from '../model/crosscheck-error.js';
import type { ClaimProfile } from './claim-profile.js';
import { ClaimProfiler, withoutTopicEntities } from './claim-profile.js';
import { groupClaims } from './claim-groups.js';
import { findContradictions } from './contradictions.js';
import { buildGroup, compareGroups } from './group-status.js';

export interface CorroborationArticle {
  readonly id: string;
  /** Independence family (copies share their source's family). */
  readonly familyId: string;
  /** ISO 8601. */
  readonly publishedAt: string | null;
  readonly outlet: string | null;
  /** From extractClaims(article.text, ...). */
  readonly claims: readonly Claim[];
}

export interface CorroborationOptions {
  /**
   * Sentence embeddings by claim text, from a semantic backend (src/ports/semantic-backend.ts; off by default):
   * they add their evidence to the alignment of claims the lexical blocking pairs (semantic-evidence.ts).
   */
  readonly embeddings?: ReadonlyMap<string, Float32Array>;
}

export function corroborate(articles: readonly CorroborationArticle[], options: CorroborationOptions = {}): Corroboration {
  const profiles = profilesInOrder(articles, options.embeddings);
  const { groups } = groupClaims(profiles);
  const groupIds = groups.map((members) => members[0]!.claim.id);
  const { contradictions, updates, disputedGroups } = findContradictions(groups, groupIds);
  const records = groups.map((members, g) => buildGroup(members, disputedGroups.has(g))).sort(compareGroups);
  return { groups: records, contradictions, updates };
}

/** Every claim profiled, in publication order: article time (undated last), article id, then the claim's order. */
function profilesInOrder(articles: readonly CorroborationArticle[], embeddings?: ReadonlyMap<string, Float32Array>): ClaimProfile[] {
  const seen = new Set<string>();
  for (const a of articles) {
    if (typeof a.id !== 'string' || a.id.length === 0 || typeof a.familyId !== 'string' || a.familyId.length === 0) {
      throw new CrosscheckError('CC_CORROBORATION_INPUT', 'corroborate needs articles with a non-empty id and familyId');
    }
    if (seen.has(a.id)) throw new CrosscheckError('CC_CORROBORATION_INPUT', `article ${a.id} is given twice`);
    if (a.publishedAt !== null && Number.isNaN(Date.parse(a.publishedAt))) {
      throw new CrosscheckError('CC_CORROBORATION_INPUT', `publishedAt of ${a.id} is not a date: ${JSON.stringify(a.publishedAt)}`);
    }
    seen.add(a.id);
  }
  const sorted = [...articles].sort((a, b) => {
    const ta = a.publishedAt === null ? Infinity : Date.parse(a.publishedAt);
    const tb = b.publishedAt === null ? Infinity : Date.parse(b.publishedAt);
    if (ta !== tb) return ta < tb ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const profiler = new ClaimProfiler(embeddings);
  const out: ClaimProfile[] = [];
  for (const article of sorted) {
    const claims = [...article.claims].sort((x, y) => x.start - y.start || (x.id < y.id ? -1 : 1));
    for (const claim of claims) out.push(profiler.profile(claim, article, out.length));
  }
  return withoutTopicEntities(out);
}
