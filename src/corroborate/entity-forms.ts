import type { Claim } from '../model/claim.js';
import type { BriefEntity, EntityKind } from '../model/brief.js';
import { collectProperNounRuns } from '../reuse/signals/proper-noun-runs.js';

/**
 * A story's people, organisations and places, each under one canonical form across the spellings its coverage uses
 * (issue 5, item 2): "Sol-Varenne" and "Sol Varenne", "José Müller" and "Jose Muller", "Marand" and "Ilse Marand".
 * There is no entity tagger (wink-nlp's light model has none, and the demo's names are invented): names are the
 * proper-noun runs of proper-noun-runs.ts, and their kind is read from the text around them.
 *
 * - **One entity, many forms.** Forms with the same skeleton (letters only, lower case, marks and the German
 *   transliterations ae/oe/ue folded) are one entity. A one-word form joins the one multi-word person whose last
 *   word it is ("Marand" -> "Ilse Marand"); with two such people it stays apart.
 * - **Canonical form**: the form most families write, then most articles, then the longest, then by code point.
 * - **Kind**, by votes over its mentions: `place` when a claim locates something there (src/analyze/places.ts cues:
 *   "in Varro", "the village of Selm", "Port Avel"); `organisation` when the name ends in an organisation word
 *   (Ministry, Survey, Wire, Council ...); `person` after a title ("President Ilse Marand": the run leaves the
 *   title out) or for a multi-word name that is neither. A one-word name with none of these is `other`, and so are
 *   a demonym used as an adjective ("Velorian inspectors") and a document ("Port Avel Accord").
 */

export interface EntityArticle {
  readonly id: string;
  readonly familyId: string;
  readonly text: string;
  readonly claims: readonly Claim[];
}

/** Last words that make a name an organisation's (a newspaper, an agency, a body). */
const ORGANISATION_WORDS = new Set(['ministry', 'wire', 'survey', 'centre', 'center', 'council', 'party', 'times', 'news',
  'post', 'gazette', 'agency', 'company', 'group', 'inc', 'ltd', 'bank', 'parliament', 'government', 'observer',
  'chronicle', 'herald', 'review', 'today', 'voice', 'radio', 'monthly', 'daily', 'ledger', 'guard', 'police', 'army',
  'navy', 'court', 'university', 'committee', 'commission', 'union', 'association', 'institute', 'foundation',
  'corporation', 'authority', 'office', 'department', 'service', 'hospital', 'club', 'league', 'federation']);
/** Last words of a document's or an event's name ("Port Avel Accord"): named, but no actor and no place. */
const DOCUMENT_WORDS = new Set(['accord', 'agreement', 'treaty', 'act', 'declaration', 'summit', 'plan', 'talks', 'law', 'bill']);
/**
 * Words that open a question or a sentence before a name and get capitalised with it ("Could Morvessa test the
 * patrols?"): proper-noun-runs.ts leaves articles and prepositions out, not these.
 */
const LEADING_VERBS = new Set(['could', 'would', 'should', 'will', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'is',
  'are', 'was', 'were', 'has', 'have', 'had', 'shall']);
/** Title words inside a run: the person's name follows them. */
const TITLE_WORDS = new Set(['president', 'minister', 'mayor', 'senator', 'governor', 'chancellor', 'ambassador', 'general', 'secretary']);
/** A one-word name ending so and followed by a lower-case word is a demonym used as an adjective ("Velorian inspectors"). */
const DEMONYM = /(?:an|ian|ese|ish|i)$/;
/** A title just before a run: the run is a person ("Prime Minister Jarek Sol-Varenne", "Dr Oster"). */
const TITLE_BEFORE = /\b(?:president|prime minister|minister|mr|mrs|ms|dr|professor|prof|mayor|senator|governor|chancellor|ambassador|captain|judge|king|queen|sir|general|secretary|chief|director|spokesman|spokeswoman|spokesperson)\.?\s+$/i;
/** How far back a title is looked for, in characters. */
const TITLE_WINDOW = 30;

interface Mention {
  readonly form: string;
  readonly articleId: string;
  readonly familyId: string;
  readonly vote: EntityKind | null;
}

export function storyEntities(articles: readonly EntityArticle[]): BriefEntity[] {
  const mentions: Mention[] = [];
  for (const article of articles) {
    const placeSpans = new Set(article.claims.flatMap((c) => c.places.map((p) => `${p.start}:${p.end}`)));
    for (const run of collectProperNounRuns(article.text)) {
      let words = run.form.split(' ');
      if (words.length > 1 && LEADING_VERBS.has(words[0]!.toLowerCase())) words = words.slice(1);
      // "Tarsan Prime Minister Jarek Sol-Varenne": the name is what follows the last title word.
      const title = words.findLastIndex((w, i) => i < words.length - 1 && TITLE_WORDS.has(w.toLowerCase()));
      if (title >= 0) words = words.slice(title + 1);
      const form = words.join(' ');
      mentions.push({ form, articleId: article.id, familyId: article.familyId, vote: voteOf(article.text, { ...run, form }, placeSpans) });
    }
  }
  const bySkeleton = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = skeleton(m.form);
    if (key.length === 0) continue;
    const list = bySkeleton.get(key);
    if (list) list.push(m);
    else bySkeleton.set(key, [m]);
  }
  // A surname used alone ("Marand", "Sol-Varenne" or its mangled "Sol Varenne") joins the only multi-word person
  // whose last word it is.
  const people = [...bySkeleton].filter(([, ms]) => ms[0]!.form.includes(' ') && kindOf(ms) === 'person');
  for (const [key, ms] of [...bySkeleton]) {
    const owners = people.filter(([ownerKey, pm]) => ownerKey !== key && skeleton(pm[0]!.form.split(' ').at(-1)!) === key);
    if (owners.length !== 1) continue;
    owners[0]![1].push(...ms.map((m) => ({ ...m, vote: 'person' as const })));
    bySkeleton.delete(key);
  }
  return [...bySkeleton.values()].map(entityOf).sort((a, b) =>
    b.families - a.families || b.articleIds.length - a.articleIds.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function voteOf(text: string, run: { readonly form: string; readonly start: number; readonly end: number }, placeSpans: ReadonlySet<string>): EntityKind | null {
  const words = run.form.toLowerCase().split(/[ -]/);
  if (words.length === 1 && DEMONYM.test(words[0]!) && /^ \p{Ll}/u.test(text.slice(run.end, run.end + 2))) return 'other';
  if (placeSpans.has(`${run.start}:${run.end}`)) return 'place';
  const last = words.at(-1)!;
  if (ORGANISATION_WORDS.has(last)) return 'organisation';
  if (DOCUMENT_WORDS.has(last)) return 'other';
  if (TITLE_BEFORE.test(text.slice(Math.max(0, run.start - TITLE_WINDOW), run.start))) return 'person';
  return null;
}

function kindOf(mentions: readonly Mention[]): EntityKind {
  const votes = new Map<EntityKind, number>();
  for (const m of mentions) if (m.vote !== null) votes.set(m.vote, (votes.get(m.vote) ?? 0) + 1);
  let best: EntityKind | null = null;
  for (const kind of ['place', 'organisation', 'person', 'other'] as const) {
    if ((votes.get(kind) ?? 0) > (best === null ? 0 : votes.get(best)!)) best = kind;
  }
  if (best !== null) return best;
  return mentions[0]!.form.includes(' ') ? 'person' : 'other';
}

function entityOf(mentions: readonly Mention[]): BriefEntity {
  const forms = new Map<string, { articles: Set<string>; families: Set<string> }>();
  for (const m of mentions) {
    const f = forms.get(m.form) ?? { articles: new Set<string>(), families: new Set<string>() };
    f.articles.add(m.articleId);
    f.families.add(m.familyId);
    forms.set(m.form, f);
  }
  const variants = [...forms].sort(([a, fa], [b, fb]) =>
    fb.families.size - fa.families.size || fb.articles.size - fa.articles.size || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return {
    name: variants[0]![0],
    kind: kindOf(mentions),
    variants: variants.map(([form, f]) => ({ form, articleIds: [...f.articles] })),
    articleIds: [...new Set(mentions.map((m) => m.articleId))],
    families: new Set(mentions.map((m) => m.familyId)).size,
  };
}

/** Letters only, lower case, marks dropped and ae/oe/ue folded: "Sol-Varenne" = "Sol Varenne", "Müller" = "Mueller". */
export function skeleton(form: string): string {
  return form.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}]/gu, '').replace(/([aou])e/g, '$1');
}
