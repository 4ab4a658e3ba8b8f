/**
 * How two spellings of a name are compared. The skeleton of a name is what survives the differences a rewrite
 * introduces without meaning to change the name: letter case, the hyphens and spaces between parts, diacritics
 * and apostrophes. "Sol Varenne", "Sol-Varenne" and "sol-varenne" share the skeleton "solvarenne"; "Vosbrandt" and
 * "Vos-Brandt" share "vosbrandt"; "Muller" and "Müller" share "muller".
 */

/** Letters NFD does not decompose into a base letter and a mark. */
const SPECIAL: Readonly<Record<string, string>> = {
  ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D',
  þ: 'th', Þ: 'TH', ı: 'i',
};

/** Printable ASCII, nothing to strip: most names in English-language news (anything else takes the NFD path). */
const ASCII = /^[ -~]*$/;

/**
 * The name with its diacritics removed, case kept: "Søren Ågård" -> "Soren Agard". ASCII comes back as it is,
 * without NFD: a story's name-variant check strips every capitalised run of every member, and the normalisation was
 * a fifth of a 50-article Brief's time (CPU profile, bench/brief.bench.ts with claims kept).
 */
export function stripDiacritics(name: string): string {
  if (ASCII.test(name)) return name;
  return name.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[øØæÆœŒßłŁđĐðÐþÞı]/g, (c) => SPECIAL[c] ?? c);
}

export function nameSkeleton(name: string): string {
  return stripDiacritics(name).toLowerCase().replace(/[\s\-\u2010\u2011'\u2019.]+/g, '');
}

/** How many letters carry diacritics or are special letters: fewer in the article's form means they were dropped. */
export function diacriticCount(name: string): number {
  let n = 0;
  for (const c of name) if (stripDiacritics(c) !== c) n++;
  return n;
}

/**
 * Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one substring), stopping early
 * once it exceeds `limit`: a transposed or doubled letter ("Vossbrandt") costs one edit.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    rows.push(row);
  }
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
  }
  return rows[a.length]![b.length]!;
}
