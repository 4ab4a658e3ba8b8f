import type { Attribution, Claim } from '../model/claim.js';
import { CrosscheckError } from '../model/crosscheck-error.js';
import type { AttributionResult } from './attribution.js';
import { findAttribution } from './attribution.js';
import { findClaimDates } from './claim-dates.js';
import { findStatus } from './claim-status.js';
import { findClauseRoles, hasMainVerb } from './clause-roles.js';
import { splitClauses } from './clauses.js';
import { findModality } from './modality.js';
import { findNegation } from './negation.js';
import { findPlaces } from './places.js';
import { findQuantities } from './quantities.js';
import { splitSentences } from './sentences.js';

/**
 * Claims from an article's text (issue 5, item 1): sentences (sentences.ts), then per sentence its attribution and
 * the content it attributes (attribution.ts), the content split into clauses when it joins two independent facts
 * (clauses.ts), and per clause the parts: actor, action and objects (clause-roles.ts), status (claim-status.ts),
 * negation, quantities, dates resolved against the article's date (its tense from the status), places, modality.
 *
 * Two things need more than one sentence or clause:
 * - a quotation whose speaker is named in the next sentence ('"The strait has divided us for too long.' then
 *   '"From today ...," Marand told reporters.') takes the next sentence's attribution;
 * - "The coast guard urged vessels to keep clear": the attribution's content has no verb of its own, so the
 *   clause's roles are read from the whole clause (the speaker is the actor, the reporting verb the action).
 * Skipped: sentences of fewer than MIN_WORDS words or with no main verb (headlines, bylines, captions).
 * Pure and deterministic: the same text and options give the same claims with the same ids.
 */

export interface ClaimOptions {
  /** The article's id: claim ids are `${articleId}#${sentenceIndex}.${n}`. */
  readonly articleId: string;
  /** The article's publication time (ISO 8601), the reference for relative dates; null when unknown. */
  readonly publishedAt: string | null;
}

/** Fewer words than this is a label, a byline or a fragment, not a statement (the shortest claims, "Talks failed.", have 2-3). */
const MIN_WORDS = 3;
/** "PORT AVEL, March 4 (Meridian Wire) - ": an agency dateline, which is not part of the first sentence's grammar. */
const DATELINE = /^[\p{Lu}][\p{Lu}'. -]+,[^-\u2013\u2014\n]{0,60}?\s[-\u2013\u2014]+\s+/u;
const OPENING_QUOTE = /^["\u201c\u2018]/;

interface SentenceFacts {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Where the grammatical sentence starts, after a dateline. */
  readonly body: number;
  attribution: AttributionResult;
}

/** The claims of `text`, in text order. */
export function extractClaims(text: string, options: ClaimOptions): Claim[] {
  if (typeof options.articleId !== 'string' || options.articleId.length === 0) {
    throw new CrosscheckError('CC_CLAIM_OPTIONS', 'extractClaims needs a non-empty articleId');
  }
  if (options.publishedAt !== null && Number.isNaN(Date.parse(options.publishedAt))) {
    throw new CrosscheckError('CC_CLAIM_OPTIONS', `publishedAt is not a date: ${JSON.stringify(options.publishedAt)}`);
  }
  const facts: SentenceFacts[] = [];
  for (const sentence of splitSentences(text)) {
    const dateline = DATELINE.exec(sentence.text);
    const body = sentence.start + (dateline ? dateline[0].length : 0);
    const bodyText = text.slice(body, sentence.end);
    if (bodyText.split(/\s+/).length < MIN_WORDS || !hasMainVerb(bodyText)) continue;
    facts.push({ index: sentence.index, start: sentence.start, end: sentence.end, body, attribution: findAttribution(bodyText, body) });
  }
  inheritQuoteSpeakers(text, facts);
  const claims: Claim[] = [];
  for (const fact of facts) {
    const { attribution, contentStart, contentEnd } = fact.attribution;
    const clauses = splitClauses(text, contentStart, contentEnd);
    clauses.forEach(([clauseStart, clauseEnd], n) => {
      // The claim's span runs from the previous split to the next, so the claims of a sentence tile it.
      const start = n === 0 ? fact.start : clauseStart;
      const end = n === clauses.length - 1 ? fact.end : clauseEnd;
      claims.push(claimOf(text, options, fact, n, start, end, clauseStart, clauseEnd, clauses.length > 1 ? attributionOf(text, clauseStart, clauseEnd, attribution) : attribution));
    });
  }
  return claims;
}

function claimOf(text: string, options: ClaimOptions, fact: SentenceFacts, n: number, start: number, end: number, contentStart: number, contentEnd: number, attribution: Attribution): Claim {
  const claimText = text.slice(start, end);
  const content = text.slice(contentStart, contentEnd);
  let roles = findClauseRoles(content, contentStart);
  if ((roles.action === null || roles.actor === null) && attribution.kind !== 'none') {
    const from = Math.max(start, fact.body);
    roles = findClauseRoles(text.slice(from, end), from);
  }
  const status = findStatus(content, contentStart);
  const negation = findNegation(text, contentStart, contentEnd, attribution);
  return {
    id: `${options.articleId}#${fact.index}.${n}`,
    sentenceIndex: fact.index,
    start,
    end,
    text: claimText,
    actor: roles.actor,
    action: roles.action,
    objects: roles.objects,
    quantities: findQuantities(claimText, start),
    dates: findClaimDates(claimText, start, { publishedAt: options.publishedAt, tense: status.kind === 'planned' ? 'future' : 'past' }),
    places: findPlaces(claimText, start),
    attribution,
    modality: findModality(claimText, start, attribution),
    status,
    negated: negation !== null,
    negation,
  };
}

/** A clause split off a sentence keeps the sentence's speaker unless it names its own ("...; officials said X"). */
function attributionOf(text: string, start: number, end: number, inherited: Attribution): Attribution {
  const own = findAttribution(text.slice(start, end), start).attribution;
  return own.kind === 'none' ? inherited : own;
}

/**
 * A sentence that opens a quotation and names no speaker takes the speaker of the next sentence when that one
 * continues the quotation (it holds a closing quote) and names one: news writing splits long quotes that way.
 */
function inheritQuoteSpeakers(text: string, facts: SentenceFacts[]): void {
  for (let i = facts.length - 2; i >= 0; i--) {
    const fact = facts[i]!;
    const next = facts[i + 1]!;
    if (fact.attribution.attribution.kind !== 'none' || next.index !== fact.index + 1) continue;
    if (!OPENING_QUOTE.test(text.slice(fact.body, fact.end)) || /["\u201d\u2019]\s*$/.test(text.slice(fact.body, fact.end))) continue;
    if (next.attribution.attribution.kind === 'none' || !/["\u201d]/.test(text.slice(next.start, next.attribution.contentEnd + 2))) continue;
    const contentStart = fact.body + 1;
    fact.attribution = { attribution: next.attribution.attribution, contentStart, contentEnd: fact.end };
  }
}
