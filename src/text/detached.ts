/**
 * A copy of `text` that holds no reference to a longer string.
 *
 * V8 makes a substring of 13 or more characters (a regex match, `slice`, a lower-cased word that was already lower
 * case) as a "sliced string": a view that keeps the whole string it was cut from alive. A term or an entity name
 * cut from an article and then kept in a long-lived structure (a story profile, the stem cache, a term table)
 * kept that article's whole text with it: at 60k stored articles on the throughput bench's stream, 58k texts were
 * held by such slices, 84 MB of a 455 MB heap (heap snapshot, session 19), and a larger heap makes every young
 * collection slower. Shorter substrings are copied by V8 already.
 *
 * The copy: a concatenation flattened and cut again, which leaves only the new characters referenced (checked
 * against retained heap in test/unit/text/detached.test.ts).
 */
const SLICE_MIN_LENGTH = 13;

export function detached(text: string): string {
  return text.length < SLICE_MIN_LENGTH ? text : (' ' + text).slice(1);
}
