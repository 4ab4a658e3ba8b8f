/**
 * Held against planned across claim groups (SCENARIOS.md 4: "a page that reports as upcoming ('announced plans to
 * hold') what other coverage reports as done"). A report of the plan is worded unlike the reports of the event
 * ("have announced plans to hold a summit in Port Avel, where Marand and Sol-Varenne are expected to discuss joint
 * patrols" / "Marand and Sol-Varenne signed the Port Avel Accord"), so it rarely joins their group; but an explicit
 * plan (claim-mismatches.ts `explicitlyPlanned`) is rare and strong evidence, so each such claim is compared with
 * every stated, done claim of another family that shares at least PLAN_MIN_SHARED content stems, and
 * `statusMismatch` decides (its alignment bar for an explicit plan is the grouping threshold).
 */
import type { ClaimProfile } from './claim-profile.js';
import { sharedCount } from '../reuse/sentence-similarity.js';
import type { Mismatch } from './claim-mismatches.js';
import { explicitlyPlanned, statusMismatch } from './claim-mismatches.js';

export interface PlanMismatch {
  readonly planned: ClaimProfile;
  readonly done: ClaimProfile;
  readonly mismatch: Mismatch;
}

/** As the grouping's blocking (claim-groups.ts MIN_SHARED_STEMS): a paraphrase of a fact shares its nouns. */
const PLAN_MIN_SHARED = 3;

/** `groupOf`: profile order -> claim group; pairs inside one group are left to the in-group checks. */
export function planMismatches(profiles: readonly ClaimProfile[], groupOf: ReadonlyMap<number, number>): PlanMismatch[] {
  const done = profiles.filter((p) => !p.weak && p.claim.status.kind === 'done');
  const out: PlanMismatch[] = [];
  for (const planned of profiles) {
    if (!explicitlyPlanned(planned)) continue;
    for (const other of done) {
      if (other.article.familyId === planned.article.familyId || groupOf.get(other.order) === groupOf.get(planned.order)) continue;
      if (sharedCount(planned.wording.content, other.wording.content) < PLAN_MIN_SHARED) continue;
      const mismatch = statusMismatch(planned, other);
      if (mismatch) out.push({ planned, done: other, mismatch });
    }
  }
  return out;
}
