import { sha256Hex } from '../text/content-hash.js';
import { extractClaims } from './claims.js';

/**
 * Which claim extractor made a list of claims, so that claims stored for an article (src/app/article-claims.ts)
 * are reused only while the extractor would still produce them. Two parts:
 * - CLAIMS_FORMAT, raised by hand when the Claim record changes shape (src/model/claim.ts);
 * - a hash of what the extractor makes of PROBE, a text of our own that exercises every part of a claim (a
 *   dateline, figures in words and digits, money, percentages, resolved and relative dates, places, attribution,
 *   hedges, a question, negation, a denial, plans, and a quotation whose speaker is named in the next sentence).
 *   A change to the rules that shows on any of these changes the version without anyone remembering to raise it.
 * A change the probe does not exercise still needs CLAIMS_FORMAT raised: the probe is a net, not a proof.
 */
const CLAIMS_FORMAT = 1;

const PROBE = [
  'PORT AVEL, March 4 (Meridian Wire) - Three cargo ships ran aground near the port of Halvik on Tuesday, the coast guard said.',
  'About 1.5 million litres of fuel may have leaked, according to officials, and the clean-up could cost $3.5bn.',
  'The ministry denied that any crew member was hurt, and no arrests were made.',
  '"The strait has divided us for too long."',
  '"From today, it belongs to all of us," Mayor Ilse Marand told reporters in Selm.',
  'Talks are expected to resume next week, while the port authority announced plans to hold an inquiry by 2030.',
  'Unemployment in the province has risen by 12% since 2019, reports suggest.',
  'Should the government have acted sooner?',
  'We believe the response was far too slow.',
  'Two days later, 15 people had died and five were missing, the agency said last week.',
].join('\n\n');

const PROBE_DATE = '2024-03-06T10:00:00Z';

let version: string | null = null;

/** `claims/<format>:<probe hash>`; computed once per process (about a millisecond). */
export function claimsExtractorVersion(): string {
  if (version === null) {
    const claims = extractClaims(PROBE, { articleId: 'probe', publishedAt: PROBE_DATE });
    version = `claims/${CLAIMS_FORMAT}:${sha256Hex(JSON.stringify(claims)).slice(0, 16)}`;
  }
  return version;
}
