import { stem } from '../text/tokens.js';

/**
 * English verb forms for the rule-based claim parts (clause roles, status, attribution). No tagger is installed
 * (ARCHITECTURE.md names wink-nlp, which is not a dependency), so verbs are recognised from closed lists and
 * morphology: auxiliaries and modals, the irregular past forms news text uses most, the regular -ed past, and a
 * present -s form only when the words around it make it a verb ("Fire destroys three ships").
 *
 * The irregular list is the common core of English irregular verbs (the ~120 a learner's grammar lists), limited
 * to those that occur in reporting; a verb missing here is still found when it ends in -ed or follows an auxiliary.
 */

export const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', 'has',
  'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll",
  "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't", "won't",
  "wouldn't", "can't", 'cannot', "couldn't", "shouldn't"]);

/** Words that sit inside a verb group without being its verb: "has not yet", "will also", "were reportedly". */
export const VERB_GROUP_ADVERBS: ReadonlySet<string> = new Set(['not', 'never', 'also', 'already', 'still', 'yet',
  'just', 'now', 'reportedly', 'allegedly', 'apparently', 'probably', 'possibly', 'again', 'since', 'finally',
  'previously', 'recently', 'quickly', 'formally', 'officially', 'jointly', 'initially', 'only', 'once', 'ever',
  'largely', 'effectively', 'further', 'first', "n't", 'then', 'even', 'fully', 'partly', 'later', 'soon']);

/** Past tense and past participle -> base form. */
const IRREGULAR: Readonly<Record<string, string>> = Object.fromEntries(
  ('held:hold met:meet said:say told:tell went:go gone:go took:take taken:take gave:give given:give made:make ' +
    'began:begin begun:begin broke:break broken:break came:come fell:fall fallen:fall found:find fought:fight ' +
    'flew:fly flown:fly led:lead left:leave lost:lose ran:run rose:rise risen:rise sent:send shot:shoot ' +
    'spoke:speak spoken:speak struck:strike swept:sweep threw:throw thrown:throw won:win wrote:write written:write ' +
    'brought:bring bought:buy built:build burnt:burn drew:draw drawn:draw drove:drive driven:drive felt:feel ' +
    'kept:keep knew:know known:know paid:pay sank:sink sunk:sink sold:sell stood:stand tore:tear torn:tear ' +
    'woke:wake saw:see seen:see got:get gotten:get became:become grew:grow grown:grow hid:hide hidden:hide ' +
    'meant:mean sought:seek taught:teach thought:think understood:understand withdrew:withdraw withdrawn:withdraw ' +
    'overtook:overtake forbade:forbid forbidden:forbid arose:arise arisen:arise bore:bear borne:bear chose:choose ' +
    'chosen:choose forgave:forgive froze:freeze frozen:freeze heard:hear laid:lay lay:lie lit:light slid:slide ' +
    'spent:spend stole:steal stolen:steal stuck:stick swore:swear sworn:swear undertook:undertake upheld:uphold ' +
    'wound:wind dealt:deal fled:flee ate:eat eaten:eat did:do done:do had:have was:be were:be been:be')
    .split(' ').map((pair) => pair.split(':') as [string, string]),
);

/** Forms that are both base and past ("hit", "cut", "put"): past only after a subject, which is where we look. */
const SAME_FORMS = new Set(['hit', 'cut', 'put', 'set', 'shut', 'spread', 'cost', 'hurt', 'let', 'quit', 'split', 'upset', 'broadcast', 'burst', 'cast', 'read']);

/** Frequent reporting verbs in the present, which the -s rule alone would miss before a lower-case word. */
const PRESENT = new Set(['says', 'say', 'tells', 'warns', 'urges', 'claims', 'denies', 'insists', 'adds', 'plans',
  'remains', 'remain', 'continues', 'continue', 'expects', 'hopes', 'wants', 'needs', 'seems', 'appears', 'believes',
  'argues', 'suggests', 'suggest', 'shows', 'show', 'hints', 'means', 'faces', 'face', 'holds', 'hold', 'meets',
  'signs', 'opens', 'closes', 'agrees', 'rejects', 'accepts', 'calls', 'demands', 'intends', 'aims', 'vows',
  'threatens', 'estimates', 'reports', 'confirms', 'announces', 'promises', 'pledges', 'seeks', 'carries', 'lies',
  'stands', 'stays', 'has', 'have', 'leads', 'wants', 'fears', 'knows', 'thinks', 'expects', 'hits', 'kills', 'destroys', 'reopens', 'resumes', 'begins', 'ends']);

/** The plural-subject forms of the listed verbs ("fishermen want", "officials say"): "plans" -> "plan". */
const PRESENT_BASE = new Set([...PRESENT].filter((w) => w.endsWith('s') && w !== 'has').map((w) =>
  (w.endsWith('ies') ? `${w.slice(0, -3)}y` : /(?:ss|sh|ch|x)es$/.test(w) ? w.slice(0, -2) : w.slice(0, -1))));

/** Words ending in -ed that are not past verbs often enough to be refused. */
const NOT_PAST = new Set(['shed', 'seed', 'need', 'feed', 'speed', 'breed', 'greed', 'weed', 'hundred', 'kindred',
  'sacred', 'naked', 'wicked', 'shred', 'embed', 'reed', 'creed', 'indeed', 'proceed', 'exceed', 'succeed', 'unmanned',
  'armed', 'unarmed', 'so-called', 'united', 'detailed', 'advanced', 'limited', 'alleged', 'retired', 'interested',
  'concerned', 'related', 'supposed', 'based', 'skilled', 'injured', 'wounded', 'displaced', 'detained']);

/** Regular past forms of four letters, which the length rule below would refuse with "shed" and "need". */
const SHORT_PAST = new Set(['died', 'tied', 'lied', 'sued', 'owed', 'used', 'axed', 'eyed', 'hoed', 'vied', 'dyed']);

export function isAuxiliary(word: string): boolean {
  return AUXILIARIES.has(word);
}

/** A past tense or past participle form (lower case): "signed", "held", "was", "has been" parts. */
export function isPastForm(word: string): boolean {
  if (IRREGULAR[word] !== undefined || SAME_FORMS.has(word)) return true;
  return (word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word)) || SHORT_PAST.has(word);
}

/** A present-tense form that can head a clause on its own (a listed verb, not inferred from -s alone). */
export function isListedPresent(word: string): boolean {
  return PRESENT.has(word) || PRESENT_BASE.has(word);
}

/** The base form of a verb as far as rules can tell: the irregular table, then the Porter stem ("signed" -> "sign"). */
export function verbLemma(word: string): string {
  const w = word.toLowerCase().replace(/\u2019/g, "'");
  if (IRREGULAR[w] !== undefined) return IRREGULAR[w]!;
  if (w === 'is' || w === 'are' || w === 'am') return 'be';
  if (w === 'has') return 'have';
  if (w === 'does') return 'do';
  if (w === 'says') return 'say';
  return stem(w);
}
