import { franc } from 'franc';

/**
 * The article's language: what the text says beats what the page template declares (CMS templates default to
 * "en" for every page), but only when there is enough text for the n-gram guess to be reliable.
 */

/** franc's own documentation: below ~50 characters its guesses are noise; we want a margin, so 120. */
const MIN_CHARS_TO_GUESS = 120;
/** Only the opening is needed to tell the language; scoring a whole long article wastes time. */
const SAMPLE_CHARS = 2000;

// ISO 639-3 (franc) to ISO 639-1 for the languages news comes in most; others stay three letters.
const TWO_LETTER: Readonly<Record<string, string>> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', rus: 'ru', ukr: 'uk', pol: 'pl',
  ces: 'cs', slk: 'sk', swe: 'sv', dan: 'da', nob: 'no', nno: 'no', fin: 'fi', hun: 'hu', ron: 'ro', bul: 'bg',
  hrv: 'hr', srp: 'sr', bos: 'bs', slv: 'sl', ell: 'el', tur: 'tr', ara: 'ar', arb: 'ar', heb: 'he', pes: 'fa',
  hin: 'hi', ben: 'bn', urd: 'ur', cmn: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi', tha: 'th', ind: 'id', zlm: 'ms',
  cat: 'ca', glg: 'gl', eus: 'eu', lit: 'lt', lav: 'lv', est: 'et', bel: 'be', kat: 'ka', hye: 'hy', swh: 'sw',
};

export function detectLanguage(text: string, declared: string | null): string | null {
  const declaredCode = declared ? primarySubtag(declared) : null;
  if (text.length < MIN_CHARS_TO_GUESS) return declaredCode;
  const guess = franc(text.slice(0, SAMPLE_CHARS));
  if (guess === 'und') return declaredCode;
  return TWO_LETTER[guess] ?? guess;
}

function primarySubtag(tag: string): string | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
