import type { TextBlock } from './blocks.js';

/**
 * The last filter every candidate passes: text blocks that sit inside the article container but are not the article.
 * Readability keeps them because they are inside; the benchmark's gold bodies leave them out. Each rule names a
 * kind of line the training half (odd-indexed pages of the Scrapinghub benchmark) showed in Readability's output
 * and not in gold: ad labels, share and subscribe prompts, "Read more:"/"Related:" teasers, photo credits,
 * bare date and byline lines, and link lists.
 */

/** A prompt or label is short; past this length a line is prose that merely starts with "Subscribe" or "Related". */
const MAX_PROMPT_CHARS = 200;
/** A bare date or byline line: "Nov. 20, 2019, 9:28 AM UTC", "By Justine Coleman - 11/18/19 11:04 PM EST". */
const MAX_META_LINE_CHARS = 90;
/** Above this share of link text a block is navigation (Readability's own cut-off for lists is 0.5). */
const MAX_LINK_DENSITY = 0.5;
/** Link-heavy blocks shorter than this are menu items or teaser headlines; longer ones may be prose full of links. */
const LINK_LIST_MAX_CHARS = 300;

/** Whole-line labels: the line is nothing but the label. */
const LABEL = new RegExp(
  '^(?:advertisement|advert|ad|anzeige|werbung|publicité|publicidad|pubblicità|sponsored( content)?|' +
    'share|share this( article| story)?|share on \\w+|tweet|e-?mail|print|comments?|\\d+ comments?|tags?|topics?|' +
    'loading( content)?|image \\d+ of \\d+|photo \\d+ of \\d+|\\d+ of \\d+|close|caption|image|skip to (main )?content|' +
    'text size|listen( to (this )?article)?|highlights|latest|popular|trending|more|continue reading|' +
    'recent articles|popular this week|most popular|most read|related|related (posts|articles|stories|content|links)|' +
    'you (may|might) also like|don\'?t miss|recommended( for you)?|read more|read next|see also|also read|' +
    'further reading|more stories|more from .{1,40}|more great .{1,40} stories|' +
    'auch interessant|mehr themen|mehr zum thema|zum weiterlesen|weitere artikel|externer inhalt|drukuj|więcej\\]?|' +
    'udostępnij|czytaj (także|też)|le puede interesar|vea también|lee también|à lire aussi|lire aussi|partager|' +
    'imprimer|teilen|drucken|kommentare|anzeige)[:.!]?$',
  'i',
);
/** Teaser and prompt lines: a fixed opening, then a headline or a call to action. */
const PROMPT = new RegExp(
  '^[\\[(]?\\s*(?:read more|read next|read also|also read|related|related post|related article|see also|' +
    'recommended|more:|more on|click here|click to|subscribe|sign up|signup|register now|follow us|follow @|' +
    'join our|like this story|get the latest|get our|download (the|our)|get the .{1,30} app|leggi anche|lesen sie auch|' +
    'mehr zum thema|lire aussi|à lire aussi|leia também|lee también|читайте также|vea también|le puede interesar|' +
    'das könnte sie|sie sind (?:aktuell )?nicht eingeloggt|entdecke weitere|empfehlungen aus|mehr zu |' +
    'follow (?:the|us|me)|you can (?:keep up|follow)|jetzt (?:abonnieren|anmelden|teilen|registrieren)|' +
    'abonnieren sie|melden sie sich)(?![a-zà-ÿ])',
  'i',
);
/** Credit lines news agencies append: "Fox News' Jane Doe contributed to this report." */
const CONTRIBUTED = /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$/i;
/** A line that is only an e-mail address or only a URL: a contact line or the page's own address printed. */
const BARE_ADDRESS = /^(?:[\w.+-]+@[\w-]+\.[\w.-]+|https?:\/\/\S+)$/;

/** A photo credit that escaped the caption elements: "Sakib Ali/Hindustan Times/Getty Images". */
const CREDIT_TAIL = /(?:getty images?|shutterstock|ap photo|afp|reuters|epa|istock(?:photo)?|alamy|pa wire|dpa)\)?$/i;
const DATE_WORD = /\b(?:19|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b/;
/** Month and weekday names (en, de, fr, es, pt, it; abbreviations by prefix) count as date words in a meta line. */
const DATE_TOKEN = /^(?:\d.*|jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|févr|avr|juil|août|déc|ene|abr|ago|dic|gen|giu|lug|set|ott|mon|tue|wed|thu|fri|sat|sun|janeiro|fevereiro|março|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|am|pm|a\.m|p\.m|utc|gmt|[ecmp][sd]t)/i;
/** A line counts as a bare date when at least this share of its words are date words (set on the training half). */
const MIN_DATE_WORD_SHARE = 0.4;
const BYLINE = /^(?:by|von|par|por|di|door|av|przez|автор)\s+\p{Lu}/iu;
const SENTENCE_END = /[.!?…"”»]$/;
/**
 * Paragraphs and quotes full of links are still the article on the training half (embedded tweets, "Follow us on
 * Twitter" lines that gold keeps); the link rule applies to list items, headings and generic containers only.
 */
const PROSE_TAGS = new Set(['p', 'blockquote', 'pre']);

export function trimBlocks(blocks: readonly TextBlock[]): TextBlock[] {
  return blocks.filter((block) => !isBoilerplate(block));
}

export function isBoilerplate(block: TextBlock): boolean {
  return boilerplateKind(block) !== null;
}

/** Which rule calls the block boilerplate, or null: named so the benchmark's audit can count each rule's effect. */
export function boilerplateKind(block: TextBlock): string | null {
  const text = block.text;
  const length = text.length;
  if (length === 0) return 'empty';
  if (length <= MAX_PROMPT_CHARS) {
    if (LABEL.test(text)) return 'label';
    if (PROMPT.test(text)) return 'prompt';
    if (CONTRIBUTED.test(text)) return 'credit';
    if (length <= MAX_META_LINE_CHARS && isMetaLine(text)) return 'meta-line';
  }
  if (BARE_ADDRESS.test(text) && block.linkChars < length) return 'address';
  if (length < LINK_LIST_MAX_CHARS && block.linkChars > MAX_LINK_DENSITY * length && !PROSE_TAGS.has(block.tag)) {
    return 'link-list';
  }
  return null;
}

/**
 * A bare date, a byline, or a photo credit: short, not a sentence, and made of a date, a "By" or an agency. A line
 * opening with a dash is an embedded tweet's attribution ("— Name (@handle) November 1, 2019"), which gold keeps.
 */
function isMetaLine(text: string): boolean {
  if (/^[—–-]/.test(text)) return false;
  if (BYLINE.test(text) && !SENTENCE_END.test(text)) return true;
  if (CREDIT_TAIL.test(text) && !/[.!?]\s/.test(text)) return true;
  if (!DATE_WORD.test(text)) return false;
  const words = text.split(/[\s,]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const dateWords = words.filter((w) => DATE_TOKEN.test(w)).length;
  const ending = text.replace(/\b(?:a\.m|p\.m|am|pm|utc|gmt|[ecmp][sd]t)\.?$/i, '');
  return dateWords >= MIN_DATE_WORD_SHARE * words.length && !SENTENCE_END.test(ending);
}
