import type { Signal, SignalKind } from '../../model/signal.js';

/**
 * Shared by the rewrite and date detectors: build a signal whose evidence is an exact span of the article text,
 * and answer the two questions every phrase detector asks about a match: does it open a sentence, and is it inside
 * a quotation (someone quoted saying it, not the article saying it)?
 */

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** Confidences are reported to two decimals: more digits would claim a precision no detector here has. */
export function roundConfidence(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

/** A signal quoting text[start, end), trimmed of surrounding whitespace so evidence compares by inclusion. */
export function spanSignal(kind: SignalKind, text: string, start: number, end: number, confidence: number, note?: string): Signal {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  const quoted = text.slice(s, e);
  return { kind, evidence: note ? `${quoted} (${note})` : quoted, confidence: roundConfidence(confidence), span: { start: s, end: e } };
}

/** Paragraphs (blank-line separated blocks) with their offsets, empty ones skipped. */
export function paragraphSpans(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  const blank = /\n[ \t\r]*\n/g;
  let from = 0;
  const push = (start: number, end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

/**
 * Whether `index` opens a sentence: the start of the text or of a line, or after terminal punctuation (with any
 * closing quotes) and whitespace. Opening quotes and brackets before the word are skipped.
 */
export function atSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /["'\u201c\u2018\u00ab([]/.test(text[i]!)) i--;
  let sawSpace = false;
  while (i >= 0 && /[ \t\u00a0]/.test(text[i]!)) {
    i--;
    sawSpace = true;
  }
  if (i < 0 || text[i] === '\n' || text[i] === '\r') return true;
  if (!sawSpace) return false;
  while (i >= 0 && /["'\u201d\u2019\u00bb)\]]/.test(text[i]!)) i--;
  return i >= 0 && /[.!?\u2026:]/.test(text[i]!);
}

/**
 * Whether text[start, end) lies inside a quotation within its paragraph. Straight double quotes toggle; curly
 * and guillemet quotes open and close. Single quotes are ignored: they are apostrophes far more often.
 * A phrase inside quotes is someone else's words, which is why the phrase detectors lower their confidence.
 */
export function insideQuotation(text: string, start: number): boolean {
  const paragraphStart = Math.max(text.lastIndexOf('\n\n', start), 0);
  let open = false;
  for (let i = paragraphStart; i < start; i++) {
    const c = text[i]!;
    if (c === '"') open = !open;
    else if (c === '\u201c' || c === '\u00ab' || c === '\u201e') open = true;
    else if (c === '\u201d' || c === '\u00bb') open = false;
  }
  return open;
}

/** The sentence around `index`: from the last terminal punctuation or line break before it to the next one. */
export function sentenceAround(text: string, index: number): TextSpan {
  let start = index;
  while (start > 0) {
    const c = text[start - 1]!;
    if (c === '\n') break;
    if (/[.!?]/.test(c) && /\s/.test(text[start] ?? '')) break;
    start--;
  }
  let end = index;
  while (end < text.length) {
    const c = text[end]!;
    if (c === '\n') break;
    end++;
    if (/[.!?]/.test(c) && (end >= text.length || /\s/.test(text[end]!))) break;
  }
  return { start, end };
}
