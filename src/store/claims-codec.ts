import type { Claim } from '../model/claim.js';

/**
 * Stored claims, compact: every part of a claim that quotes the article (the claim itself, its actor, action,
 * objects, figures, dates, places, cues) is a span with its text, and the text is the article's own at that span.
 * Stored, the text is null wherever it equals the article's slice, and put back from the article when read, so a
 * claim list costs its structure, not a second copy of the article (on the demo corpus 80% of the plain JSON;
 * the repository deflates what is left). Null rather than left out keeps every key in
 * its place, so a restored claim is the extracted one, down to its JSON. A part whose text differs from its slice
 * keeps its text.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function encodeClaims(claims: readonly Claim[], articleText: string): string {
  return JSON.stringify(strip(claims as unknown as Json, articleText));
}

export function decodeClaims(json: string, articleText: string): Claim[] {
  return restore(JSON.parse(json) as Json, articleText) as unknown as Claim[];
}

function isSpan(value: { [key: string]: Json }): boolean {
  return typeof value['start'] === 'number' && typeof value['end'] === 'number';
}

function strip(value: Json, text: string): Json {
  if (Array.isArray(value)) return value.map((v) => strip(v, text));
  if (value === null || typeof value !== 'object') return value;
  const out: { [key: string]: Json } = {};
  const quoted = isSpan(value) && typeof value['text'] === 'string' && value['text'] === text.slice(value['start'] as number, value['end'] as number);
  for (const [key, v] of Object.entries(value)) {
    out[key] = key === 'text' && quoted ? null : strip(v, text);
  }
  return out;
}

function restore(value: Json, text: string): Json {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = restore(value[i]!, text);
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  for (const key of Object.keys(value)) value[key] = restore(value[key]!, text);
  if (value['text'] === null && isSpan(value)) value['text'] = text.slice(value['start'] as number, value['end'] as number);
  return value;
}
