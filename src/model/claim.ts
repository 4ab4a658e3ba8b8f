/**
 * Claims: what each sentence of an article states, split into the parts later stages compare across articles
 * (issue 5). Claim alignment needs the actor, action and objects; contradiction typing needs every quantity, date,
 * place and actor with its exact span (number, date, person/org and place mismatches quote their evidence), the
 * negation, and the status (held vs planned); the Brief needs attribution and modality (SCENARIOS.md 5 and 7: who
 * says it, and whether it is only ever said as speculation).
 *
 * Every record is readonly and JSON-serialisable. Offsets are UTF-16 code units into the ARTICLE text (not the
 * sentence), end exclusive, so `text.slice(start, end)` is the quoted evidence.
 */

/** A piece of the article text: what is written and where. */
export interface TextRef {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** How a quantity is bounded: "about 300" is `about`, "more than 40" `more-than`, "300" `exact`. */
export type QuantityQualifier = 'exact' | 'about' | 'nearly' | 'more-than' | 'at-least' | 'up-to' | 'less-than' | 'at-most';

/** A count or amount: "about 300 protesters", "$3.5bn", "12%", "two missiles". */
export interface Quantity extends TextRef {
  readonly kind: 'quantity';
  /** The value as a number: "two" = 2, "1.5 million" = 1500000, "half a million" = 500000. */
  readonly value: number;
  /**
   * What is counted, normalised: singular nouns ("missile", "person"), unit symbols ("%", "km", "tonne") and ISO
   * 4217 currency codes ("USD", "EUR"). Null when nothing follows that reads as a unit ("the toll rose to 15").
   */
  readonly unit: string | null;
  /** The unit as written ("missiles", "€", "per cent"), with its span; null when `unit` is null. */
  readonly unitText: TextRef | null;
  readonly qualifier: QuantityQualifier;
}

export type DateGranularity = 'day' | 'week' | 'month' | 'year';

/**
 * Where a resolved date's value comes from, so a reader (and the contradiction stage) can weigh it:
 * - `explicit`: every part is written ("4 March 2024", "2019");
 * - `article-year`: a month or month-day without a year, given the article's year;
 * - `previous-year` / `next-year`: the same, moved a year because the article's year would put it more than six
 *   months on the wrong side of the article date for the sentence's tense;
 * - `weekday`: "on Tuesday", the nearest such day before (past) or after (future) the article date;
 * - `relative`: "yesterday", "last week", "three days ago", counted from the article date;
 * - `unresolved`: needs an article date the caller did not give, or is relative to another event ("two days later").
 */
export type DateBasis = 'explicit' | 'article-year' | 'previous-year' | 'next-year' | 'weekday' | 'relative' | 'unresolved';

/** How the sentence relates its event to the date: "since 2019", "by 2030", "until June", or plainly at it. */
export type DateRelation = 'at' | 'since' | 'until' | 'by' | 'from' | 'before' | 'after';

export interface ClaimDate extends TextRef {
  readonly kind: 'date';
  /** ISO 8601 at its granularity: "2024-03-04", "2024-W09", "2024-03", "2019"; null when `basis` is `unresolved`. */
  readonly value: string | null;
  readonly granularity: DateGranularity;
  /** First and last day the value covers (ISO dates), for comparing values of different granularity. */
  readonly first: string | null;
  readonly last: string | null;
  readonly basis: DateBasis;
  readonly relation: DateRelation;
}

/** A place named in the sentence, and the cue that marks it as one ("in", "near", "city of", "province"). */
export interface Place extends TextRef {
  readonly kind: 'place';
  readonly cue: string;
}

/** Who says it. `source` is the speaker as written ("the coast guard", "he"); `verb` the reporting verb. */
export type Attribution =
  | { readonly kind: 'none' }
  | {
      /** A named or described speaker: "Marand told reporters", "according to the ministry". */
      readonly kind: 'source' | 'anonymous' | 'reports';
      readonly source: TextRef;
      /** "said", "told", "warned", "according to", "suggest"; null when the cue has no verb ("reportedly"). */
      readonly verb: TextRef | null;
    };

/**
 * - `reported`: the outlet states it in its own voice;
 * - `attributed`: someone else states it (Attribution says who);
 * - `hedged`: stated as a possibility (may, could, is expected to, reportedly): speculation, not corroboration;
 * - `opinion`: the writer's judgement (first person, should/must, evaluative phrasing);
 * - `question`: asked, not stated.
 */
export type ModalityKind = 'reported' | 'attributed' | 'hedged' | 'opinion' | 'question';

export interface Modality {
  readonly kind: ModalityKind;
  /** The words that decided it (empty for `reported`, which is what is left when nothing else applies). */
  readonly cues: readonly TextRef[];
}

/**
 * The status of the reported EVENT, not of the reporting: "announced plans to hold talks" is `planned`.
 * `unknown` when no tense or aspect cue is found (a verbless fragment, a present-tense headline).
 */
export type StatusKind = 'done' | 'ongoing' | 'planned' | 'unknown';

export interface ClaimStatus {
  readonly kind: StatusKind;
  /** The words that decided it ("will", "plans to", "has signed"); null for `unknown`. */
  readonly cue: TextRef | null;
}

/** The verb group of a claim: "will commit", "did not address", "were killed", with a comparable lemma. */
export interface Action extends TextRef {
  /** The main verb's base form as far as rules can tell ("held" -> "hold", "signed" -> "sign"), lower case. */
  readonly lemma: string;
}

/** A phrase after the verb: the direct object (`preposition` null) or a prepositional phrase ("to parliament"). */
export interface ClaimObject extends TextRef {
  readonly preposition: string | null;
}

export interface Claim {
  /** `${articleId}#${sentenceIndex}.${n}`: stable for one article text, n counting the sentence's claims from 0. */
  readonly id: string;
  readonly sentenceIndex: number;
  readonly start: number;
  readonly end: number;
  /** The claim's text: the sentence, or the clause when a sentence joins two independent statements. */
  readonly text: string;
  /** The subject noun phrase of the reported statement (the attribution clause skipped); null when none is found. */
  readonly actor: TextRef | null;
  readonly action: Action | null;
  readonly objects: readonly ClaimObject[];
  readonly quantities: readonly Quantity[];
  readonly dates: readonly ClaimDate[];
  readonly places: readonly Place[];
  readonly attribution: Attribution;
  readonly modality: Modality;
  readonly status: ClaimStatus;
  /** True when the statement is negated ("did not", "no ... were", "never", or a speaker who denies it). */
  readonly negated: boolean;
  /** The word that negates it; null when not negated. */
  readonly negation: TextRef | null;
}
