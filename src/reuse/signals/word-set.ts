/**
 * Which of the words the machine-rewrite detectors depend on occur in a text, found in one scan and shared by the
 * detectors, so that a pattern runs only when the words it cannot match without are there. In most articles few
 * patterns run and no sentence is split: detectArticleSignals went from about 260 µs to about 27 µs per 3 KB
 * article, 14 µs of it this scan (`npm run bench -- signals`, generated news articles; the demo corpus: 130 µs -> 26 µs
 * per 1.2 KB article). A regular expression over the text costs the same for 10 words as for 200 here, and as
 * much as a loop over its characters in JavaScript; a Set of every word of the text costs about three times more.
 *
 * A word is a maximal run of ASCII letters, compared without case. Its presence is a strict necessary condition for:
 * - a word a pattern spells between \b's, spaces or punctuation, under the `i` flag without `u`: \b needs a
 *   non-word character on each side (so no ASCII letter), and without `u` an ASCII letter in a pattern matches only
 *   ASCII letters (checked against every code point: not the Kelvin sign K, not the dotless ı, not the long ſ);
 * - an LLM-vocabulary token made of ASCII letters: a maximal run of \p{L}, so of ASCII letters too.
 * A part of a word ("GPT" in "ChatGPT-4o", which the pattern does not bound) is checked with contains().
 *
 * Detectors declare their words when their module loads (needsWords, declareWords), and the scan looks for exactly
 * those, with one regular expression: asking a WordSet about a word that was not declared before it was built answers
 * "maybe", so a forgotten declaration costs time, never a signal.
 */

const declared = new Set<string>();
let scanner: { readonly words: ReadonlySet<string>; readonly pattern: RegExp | null } | null = null;

/** Make the scan look for these words (lower-case ASCII letters): call at module load, before building WordSets. */
export function declareWords(words: Iterable<string>): void {
  for (const word of words) {
    if (!/^[a-z]+$/.test(word)) throw new Error(`not a lower-case ASCII word: ${JSON.stringify(word)}`);
    if (!declared.has(word)) {
      declared.add(word);
      scanner = null;
    }
  }
}

function currentScanner(): { readonly words: ReadonlySet<string>; readonly pattern: RegExp | null } {
  if (!scanner) {
    const words = new Set(declared);
    // The lookahead makes the engine try a longer alternative when a shorter one ends inside a word ("sum" in
    // "summary"); the consumed character before the word is never a letter, so no word is skipped.
    const pattern = words.size === 0 ? null : new RegExp(`(?:^|[^a-z])(${[...words].join('|')})(?![a-z])`, 'gi');
    scanner = { words, pattern };
  }
  return scanner;
}

export class WordSet {
  private readonly counts = new Map<string, number>();
  private readonly scanned: ReadonlySet<string>;
  private lower: string | undefined;

  constructor(private readonly text: string) {
    const { words, pattern } = currentScanner();
    this.scanned = words;
    if (!pattern) return;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const word = m[1]!.toLowerCase();
      this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
    }
  }

  /** How many times `word` occurs as a whole word; Infinity for a word not declared before this set was built. */
  count(word: string): number {
    return this.counts.get(word) ?? (this.scanned.has(word) ? 0 : Infinity);
  }

  has(word: string): boolean {
    return this.count(word) > 0;
  }

  /**
   * Whether the text contains `fragment` (lower case) in any case, inside a word or not. A character that an `i`
   * pattern without `u` matches to a letter, digit or punctuation of the fragment lower-cases to exactly that
   * character (checked against every code point), so a match implies the fragment in the lower-cased text.
   */
  contains(fragment: string): boolean {
    this.lower ??= this.text.toLowerCase();
    return this.lower.includes(fragment);
  }
}

/** A necessary condition for a pattern to match a text, judged from its words: false means it cannot match. */
export type Prefilter = (words: WordSet) => boolean;

/**
 * Every group has one of its words in the text; a group lists alternatives separated by spaces:
 * needsWords('regenerate', 'response'), needsWords('model assistant chatbot'). Declares the words for the scan.
 */
export function needsWords(...groups: readonly string[]): Prefilter {
  const alternatives = groups.map((group) => group.split(' '));
  declareWords(alternatives.flat());
  return (words) => alternatives.every((group) => group.some((word) => words.has(word)));
}

export function allOf(...conditions: readonly Prefilter[]): Prefilter {
  return (words) => conditions.every((condition) => condition(words));
}

export function anyOf(...conditions: readonly Prefilter[]): Prefilter {
  return (words) => conditions.some((condition) => condition(words));
}

/** The text contains one of these fragments (lower case) anywhere, in any case. */
export function containsAny(...fragments: readonly string[]): Prefilter {
  return (words) => fragments.some((fragment) => words.contains(fragment));
}
