import type { Attribution, TextRef } from '../model/claim.js';
import { isAuxiliary, isPastForm } from './verb-forms.js';

/**
 * Who says it (SCENARIOS.md 7: "the coast guard urged", "the foreign ministry has warned", "reports suggest"). The
 * shapes news sentences use, tried in this order:
 * 1. "according to X" anywhere (X up to the next comma);
 * 2. a trailing attribution after a comma or a closing quote: '..., officials said on Tuesday.', '"...," Marand
 *    told reporters.', '"...," said Halvard Ostin, a retired diplomat.' The words after the verb may only be an
 *    audience ("reporters") and an adverbial ("on Tuesday", "in a statement"), so ', he said the ships sank' is
 *    not taken for a trailing attribution;
 * 3. a leading one: "X said (that) ...", "In a statement, X warned that ...", "X, whose fleet ..., has warned";
 * 4. cues without a verb phrase of their own: "it is understood", "it was reported", "reportedly".
 * The speaker is classified by its words: unnamed sources ("sources", "officials who asked not to be named",
 * "people familiar with") are `anonymous`; "reports", "media", "the press" are `reports`; anyone else is `source`.
 *
 * Alongside the attribution comes the content span: the part of the sentence the speaker is said to state, which
 * is what the actor, the status and the negation are read from ("announced plans to hold talks": the talks). A
 * directive ("the coast guard urged vessels to keep clear") attributes the directive itself: its content starts
 * at the speaker.
 * Limits: the speaker must be at most eight words; a quote whose speaker is named only in the next sentence is
 * handled by extractClaims, not here; reporting verbs outside the list below are not seen.
 */

export interface AttributionResult {
  readonly attribution: Attribution;
  /** Offsets (article text) of the stated content; the whole sentence when there is no attribution. */
  readonly contentStart: number;
  readonly contentEnd: number;
}

const VERBS = 'said|says|say|told|tells|tell|warned|warns|warn|urged|urges|urge|announced|announces|announce|claimed|' +
  'claims|claim|denied|denies|deny|added|adds|stated|states|confirmed|confirms|confirm|insisted|insists|insist|noted|' +
  'notes|argued|argues|argue|explained|explains|acknowledged|acknowledges|admitted|admits|predicted|predicts|' +
  'cautioned|alleged|alleges|reported|reports|report|wrote|writes|estimated|estimates|maintained|maintains|vowed|' +
  'pledged|promised|suggested|suggests|suggest|indicated|indicates|indicate|declared|asserted|conceded|stressed|' +
  'emphasised|emphasized|revealed|disclosed|countered|replied|responded|recalled|complained|believes|believe|' +
  'concluded|conclude|concludes|asked|asks';
/** Verbs that open a sentence as reporting verbs; replies and answers only attribute after a quote. */
const LEADING_VERBS = VERBS.split('|').filter((v) => !/^(?:countered|replied|responded|recalled|complained|asked|asks)$/.test(v)).join('|');
/** Auxiliaries a reporting verb may carry; be-forms are left out, since "were reported" is a passive, not a speaker. */
const AUX = "(?:(?:has|have|had|will|would|did|does|do)(?:\\s+(?:also|not|already|previously|repeatedly|long|since|now))*\\s+)";
const WORD = "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'\u2019.&-]*";
/** One to eight words, no comma: a speaker as news writes one ("the Morvessan foreign ministry", "Ms Lind"). */
const SPEAKER_WORD = `(?!(?:has|have|had|will|would|is|was|were|are|did|does|do|said|says|told)\\b)${WORD}`;
const SPEAKER = `(?:${SPEAKER_WORD}\\s+){0,7}${SPEAKER_WORD}`;
/** What may follow a trailing attribution's verb: an audience, then one adverbial, then the end of the sentence. */
const TAIL_REST = "(?:\\s+(?:reporters|journalists|lawmakers|parliament|the (?:press|media|agency|newspaper|broadcaster|council|committee)|[\\p{Lu}]\\S* (?:News|Wire|Radio|TV)))?(?:\\s+(?:on|in|at|after|before|during|late|early|earlier|later|yesterday|today|tonight|last|this|via|through|from|by|when|while|as|outside|inside|following)\\b[^\"\u201c\u201d]{0,80}?)?\\s*[.!?\u2026]*[\"'\u201d\u2019]?\\s*$";

const ACCORDING = /\baccording to\s+([^,;.]{1,80}?)(?=\s*(?:[,;]|[.!?]["'\u201d\u2019]?\s*$|$))/iu;
const TRAILING = new RegExp(`^\\s*(${SPEAKER})\\s+${AUX}?(${VERBS})\\b(${TAIL_REST})`, 'iu');
const TRAILING_INVERTED = new RegExp(`^\\s*(said|says|added|told|warned|wrote|asked|explained|insisted)\\s+((?:${WORD}\\s+){0,7}${WORD}(?:,\\s+[^"\u201c\u201d]{1,80}?)?)\\s*[.!?\u2026]*["'\u201d\u2019]?\\s*$`, 'iu');
const LEADING = new RegExp(`^((?:(?:In|Speaking|Writing|Asked|Responding)\\b[^,]{0,60},\\s+)?)(${SPEAKER})((?:,\\s+(?:who|whose|which|the|a|an|its|his|her)\\b[^,]{1,80},)?)\\s+${AUX}?(${LEADING_VERBS})\\b`, 'u');
/** After a leading verb: an audience, a time or "in a statement", then "that". */
const AFTER_LEADING = /^(?:\s+(?:reporters|journalists|lawmakers|parliament|the (?:press|media|agency|newspaper|broadcaster|council|committee|court)))?(?:\s+(?:on|late on|early on|in a statement|in an interview|in a post|yesterday|today|last week|earlier|later)(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|on \w+))?,?)?(?:\s+that\b)?\s*/iu;
/** Reporting verbs that also take an object and an infinitive ("urged vessels to keep clear", "told residents to"). */
const DIRECTIVES = /^(?:urged|urges|urge|told|tells|tell|warned|warns|warn|asked|asks|called)$/i;
const DIRECTIVE_OBJECT = /^(?:[\p{L}\p{N}'\u2019-]+\s+){1,6}?(?:not\s+)?to\s+\p{Ll}/u;
const STANDALONE: readonly (readonly [RegExp, 'anonymous' | 'reports'])[] = [
  [/\bit (?:is|was|has been) understood\b/i, 'anonymous'],
  [/\bit (?:is|was|has been) (?:widely )?reported\b/i, 'reports'],
  [/\breportedly\b/i, 'reports'],
];
const ANONYMOUS = /\b(?:sources?|insiders?|familiar with|close to the|with knowledge of|asked not to be (?:named|identified)|spoke on condition|anonymity|unnamed|anonymous|not authori[sz]ed to)\b/i;
const REPORTS = /^(?:(?:local|media|news|press|unconfirmed|early|initial|several|some|other|state|the)\s+)*(?:reports?|media|press|news reports)$/i;
const RELATIVE = new Set(['who', 'which', 'that', 'whose', 'where', 'when', 'but', 'because', 'if']);
const NOT_SPEAKER_START = /^(?:and|but|or|which|that|who|where|when|while|as|if|because|so|then)\b/i;

/** The attribution of `sentence` (at offset `base` of the article text) and the span of what it attributes. */
export function findAttribution(sentence: string, base: number): AttributionResult {
  const whole = { attribution: { kind: 'none' } as Attribution, contentStart: base, contentEnd: base + sentence.length };
  const ref = (start: number, text: string): TextRef => ({ text, start: base + start, end: base + start + text.length });
  const result = (kind: 'source' | 'anonymous' | 'reports' | null, speaker: TextRef, verb: TextRef | null, context: string, from: number, to: number): AttributionResult => {
    const [s, e] = trimContent(sentence, from, to);
    return { attribution: { kind: kind ?? classify(speaker.text, context), source: speaker, verb }, contentStart: base + s, contentEnd: base + e };
  };

  const according = ACCORDING.exec(sentence);
  if (according) {
    const speaker = ref(according.index + according[0].indexOf(according[1]!), according[1]!.trim());
    const verb = ref(according.index, according[0].slice(0, 12));
    const kind = REPORTS.test(according[1]!.trim()) ? 'reports' : null;
    const atStart = sentence.slice(0, according.index).trim().length === 0;
    const afterEnd = according.index + according[0].length;
    if (atStart) return result(kind, speaker, verb, '', afterEnd, sentence.length);
    if (/^\s*[.!?]?["'\u201d\u2019]?\s*$/.test(sentence.slice(afterEnd))) return result(kind, speaker, verb, '', 0, according.index);
    return result(kind, speaker, verb, '', 0, sentence.length);
  }

  for (const boundary of trailingBoundaries(sentence)) {
    const tail = sentence.slice(boundary);
    const t = TRAILING.exec(tail);
    if (t && speakerLooksRight(t[1]!)) {
      const at = boundary + t[0].indexOf(t[1]!);
      const verbAt = boundary + t[0].indexOf(t[2]!, t[0].indexOf(t[1]!) + t[1]!.length);
      return result(null, ref(at, t[1]!), ref(verbAt, t[2]!), '', 0, boundary);
    }
    const inv = TRAILING_INVERTED.exec(tail);
    if (inv && /^(?:\p{Lu}|(?:the|a|an)\s)/u.test(inv[2]!) && speakerLooksRight(inv[2]!.split(',')[0]!)) {
      const verbAt = boundary + inv[0].indexOf(inv[1]!);
      const name = inv[2]!.split(',')[0]!.trim();
      return result(null, ref(boundary + inv[0].indexOf(name, inv[0].indexOf(inv[1]!) + inv[1]!.length), name), ref(verbAt, inv[1]!), inv[2]!, 0, boundary);
    }
  }

  const lead = LEADING.exec(sentence);
  if (lead && speakerLooksRight(lead[2]!)) {
    const speakerAt = lead[1]!.length;
    const verbAt = lead[0].length - lead[4]!.length;
    const after = AFTER_LEADING.exec(sentence.slice(lead[0].length))!;
    const rest = sentence.slice(lead[0].length + after[0].length);
    // "urged vessels to keep clear": what is attributed is the directive itself, speaker and verb included.
    const directive = DIRECTIVES.test(lead[4]!) && !/\bthat\s*$/.test(after[0]) && DIRECTIVE_OBJECT.test(rest);
    const contentFrom = directive ? speakerAt : lead[0].length + after[0].length;
    return result(null, ref(speakerAt, lead[2]!), ref(verbAt, lead[4]!), lead[3]!, contentFrom, sentence.length);
  }

  for (const [pattern, kind] of STANDALONE) {
    const m = pattern.exec(sentence);
    if (!m) continue;
    const verb = /\w+$/.exec(m[0])![0];
    return { attribution: { kind, source: ref(m.index, m[0]), verb: kind === 'reports' && verb === 'reportedly' ? null : ref(m.index + m[0].length - verb.length, verb) }, contentStart: base, contentEnd: base + sentence.length };
  }
  return whole;
}

/** Places a trailing attribution can start: after each comma, closing quote or dash, rightmost first (at most 4). */
function trailingBoundaries(sentence: string): number[] {
  const out: number[] = [];
  const boundary = /(?:,["'\u201d\u2019]?|[?!]["'\u201d\u2019]|["\u201d]|\s[-\u2013\u2014])\s/gu;
  for (let m = boundary.exec(sentence); m; m = boundary.exec(sentence)) out.push(m.index + m[0].length);
  return out.reverse().slice(0, 4);
}

/** A speaker is a noun phrase: it opens with no conjunction or relative word and holds no finite verb. */
function speakerLooksRight(speaker: string): boolean {
  if (NOT_SPEAKER_START.test(speaker)) return false;
  const words = speaker.toLowerCase().split(/\s+/);
  return !words.some((w, i) => isAuxiliary(w) || RELATIVE.has(w) || (i > 0 && isPastForm(w)));
}

function classify(speaker: string, context: string): 'source' | 'anonymous' | 'reports' {
  if (REPORTS.test(speaker.trim())) return 'reports';
  if (ANONYMOUS.test(speaker) || ANONYMOUS.test(context)) return 'anonymous';
  return 'source';
}

/** The content span without the punctuation and quotes that joined it to the attribution. */
function trimContent(sentence: string, from: number, to: number): [number, number] {
  let s = from;
  let e = to;
  while (s < e && /[\s"'\u201c\u201d\u2018\u2019,:\u2013\u2014-]/u.test(sentence[s]!)) s++;
  while (e > s && /[\s"'\u201c\u201d\u2018\u2019,:;\u2013\u2014-]/u.test(sentence[e - 1]!)) e--;
  return e > s ? [s, e] : [from, to];
}
