/**
 * Place contradictions: two claims put the same thing in different places ("its epicentre was near the town of
 * Varro" / "with its epicentre near the village of Selm"). Like figures (figure-alignment.ts), places are aligned on
 * their own, across claim groups, because a sentence that locates an event usually states other facts too: two
 * place mentions play the same role when they share a content stem in the words before them ("epicentre",
 * "struck", "signed"). They contradict when each claim names a place the other does not mention at all, and the
 * two places are not nested as the story's own coverage writes them ("the Admiralty Hall in Port Avel", "Quay 7,
 * Brannock"), nor one the other's prefix ("Brannock" / "Brannock harbour").
 *
 * Precision first: a place is compared only where it locates the event, not where it names who acts
 * ("Fishing organisations in Port Avel" is a subject, skipped: it lies inside the actor) or where someone comes
 * from or goes to ("a skipper from Brannock": origins and destinations differ without disagreeing); the shared
 * role stem must be specific to the story (in at most ROLE_DF_SHARE of its claims: "fire" in a fire story says
 * nothing); and the two claims must be at least loosely alike as wholes (PLACE_MIN_SIMILARITY).
 */
import type { ClaimProfile, PlaceMention } from './claim-profile.js';
import { claimSimilarity } from './claim-similarity.js';

export interface PlaceMismatch {
  readonly a: ClaimProfile;
  readonly b: ClaimProfile;
  readonly values: readonly [string, string];
}

/** "X in Y", "X, Y", "X in the city of Y": the story itself says X lies in Y (or next to it). */
const NESTING = /^\s*(?:,|,?\s*(?:in|at|on|near|outside|off))\s*(?:the\s+)?(?:(?:city|town|village|port|province|region|district)\s+of\s+)?$/i;
/** Role stems that every located statement can have ("said", "reported"): not a shared role. */
const GENERIC_ROLE = new Set(['said', 'sai', 'accord', 'offici', 'report', 'told', 'citi', 'town', 'villag', 'nearbi']);
/** Cues that say where someone comes from or goes, or what a route passes: not where the event is. */
const NOT_LOCATING = new Set(['from', 'to', 'into', 'towards', 'toward', 'through', 'throughout', 'across', 'between', 'beyond', 'dateline']);
/**
 * A role stem in more than a tenth of the story's claims is the story's topic, not a role (on the demo: "fire" is
 * in 28% of the Brannock claims, "epicentre" in 6% of the Halden ones, "struck" in 11%, measured on the demo).
 */
const ROLE_DF_SHARE = 0.1;
/**
 * A floor, not the main filter (the cue, actor, role, mention and nesting rules are): it drops pairs that share
 * almost nothing as wholes. On the demo, 83 of the 218 cross-family place pairs with a shared role stem score under
 * 0.1; the epicentre pair (Varro / Selm), worded differently around the same role, scores 0.19.
 */
const PLACE_MIN_SIMILARITY = 0.15;
/**
 * The alignment of claim-mismatches.ts FLIP_SIMILARITY (0.7, the closer two thirds of the demo's differently worded
 * in-group pairs): a place swapped in one sentence changes its wording no more than a negation does.
 */
const ALIGNED_SIMILARITY = 0.7;

export function placeMismatches(profiles: readonly ClaimProfile[], nested: ReadonlySet<string> = nestedPairs(profiles)): PlaceMismatch[] {
  const df = new Map<string, number>();
  for (const p of profiles) for (const s of p.wording.content) df.set(s, (df.get(s) ?? 0) + 1);
  const cap = Math.max(2, ROLE_DF_SHARE * profiles.length);
  const byRole = new Map<string, { profile: ClaimProfile; mention: PlaceMention }[]>();
  for (const profile of profiles) {
    if (profile.weak) continue;
    const actor = profile.claim.actor;
    for (const mention of profile.places) {
      if (NOT_LOCATING.has(mention.place.cue.toLowerCase())) continue;
      if (actor !== null && mention.place.start >= actor.start && mention.place.end <= actor.end) continue;
      for (const s of mention.role) {
        if (GENERIC_ROLE.has(s) || (df.get(s) ?? 0) > cap) continue;
        const list = byRole.get(s);
        if (list) list.push({ profile, mention });
        else byRole.set(s, [{ profile, mention }]);
      }
    }
  }
  const seen = new Set<string>();
  const out: PlaceMismatch[] = [];
  for (const role of [...byRole.keys()].sort()) {
    const list = byRole.get(role)!;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i]!;
        const y = list[j]!;
        if (x.profile.article.familyId === y.profile.article.familyId) continue;
        const key = `${x.profile.order}:${y.profile.order}`;
        if (seen.has(key) || !conflicting(x.profile, x.mention, y.profile, y.mention, nested)) continue;
        if (claimSimilarity(x.profile, y.profile) < PLACE_MIN_SIMILARITY) continue;
        seen.add(key);
        out.push({ a: x.profile, b: y.profile, values: [x.mention.place.text, y.mention.place.text] });
      }
    }
  }
  return out;
}

function conflicting(a: ClaimProfile, pa: PlaceMention, b: ClaimProfile, pb: PlaceMention, nested: ReadonlySet<string>): boolean {
  if (pa.key === pb.key || related(pa.key, pb.key) || nested.has(`${pa.key}\u0000${pb.key}`)) return false;
  // Each must name what the other does not mention anywhere.
  return !mentions(b.plain, pa.key) && !mentions(a.plain, pb.key);
}

function related(x: string, y: string): boolean {
  return x.startsWith(`${y} `) || y.startsWith(`${x} `) || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}

/** `key` occurs in `plain` as whole words: no letter just before or after it ('"revolutionary road"' counts). */
function mentions(plain: string, key: string): boolean {
  for (let at = plain.indexOf(key); at >= 0; at = plain.indexOf(key, at + 1)) {
    const before = at === 0 || !/\p{L}/u.test(plain[at - 1]!);
    const after = at + key.length === plain.length || !/\p{L}/u.test(plain[at + key.length]!);
    if (before && after) return true;
  }
  return false;
}

/**
 * Inside one claim group: two claims that state the same fact with the same verb and align as closely as a flip
 * needs (ALIGNED_SIMILARITY: the same sentence around a different place) and each name a place the other does not
 * mention. Alignment this close does the work the role stems do across groups, so every place counts here but the
 * dateline's, also where someone goes or comes from ("flew to Varro" / "flew to Selm": the same trip, two
 * destinations) and a place inside the actor ("a judge in Varro"). Nesting and prefixes still excuse a pair.
 * Where several places differ, the same number must differ on each side (otherwise the claims list different
 * places rather than move one); the first of each side is the disputed pair.
 */
export function groupPlaceMismatch(a: ClaimProfile, b: ClaimProfile, nested: ReadonlySet<string>): PlaceMismatch | null {
  if (a.weak || b.weak || a.places.length === 0 || b.places.length === 0) return null;
  const verb = a.claim.action?.lemma ?? null;
  if (verb === null || verb !== (b.claim.action?.lemma ?? null)) return null;
  const onlyA = a.places.filter((m) => !mentions(b.plain, m.key));
  const onlyB = b.places.filter((m) => !mentions(a.plain, m.key));
  if (onlyA.length === 0 || onlyA.length !== onlyB.length) return null;
  const [pa, pb] = [onlyA[0]!, onlyB[0]!];
  if (pa.key === pb.key || related(pa.key, pb.key) || nested.has(`${pa.key}\u0000${pb.key}`)) return null;
  if (claimSimilarity(a, b) < ALIGNED_SIMILARITY) return null;
  return { a, b, values: [pa.place.text, pb.place.text] };
}

/** Pairs of places the coverage writes as nested or adjacent, in both orders. */
export function nestedPairs(profiles: readonly ClaimProfile[]): Set<string> {
  const out = new Set<string>();
  for (const p of profiles) {
    const places = [...p.claim.places].sort((x, y) => x.start - y.start);
    for (let i = 1; i < places.length; i++) {
      const between = p.claim.text.slice(places[i - 1]!.end - p.claim.start, places[i]!.start - p.claim.start);
      if (!NESTING.test(between)) continue;
      const [x, y] = [p.places.find((m) => m.place === places[i - 1])?.key, p.places.find((m) => m.place === places[i])?.key];
      if (x === undefined || y === undefined) continue;
      out.add(`${x}\u0000${y}`).add(`${y}\u0000${x}`);
    }
  }
  return out;
}
