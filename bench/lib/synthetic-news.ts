/**
 * Generated news-like documents for throughput benchmarks: seeded, so every run measures the same input. The body
 * is synthetic-copies.ts's document (Zipf-distributed words, ~400 words: the median news body of the extraction
 * benchmark's gold set is ~3,100 characters), so unrelated articles share no more word triples than real ones do;
 * one article in ten is an edited copy (5% of words changed) of one of the 500 before it, published a day later,
 * as wire copy is republished: the ingest then also pays for finding and linking copies. The headline and opening
 * paragraph come from stock clauses with names and numbers, for the metadata and language stages.
 *
 * Articles report events, as news does: half open an event of their own, the others report one of the events of
 * the 200 articles before them (so most events have one to three articles and a few have dozens), and a copy
 * reports its source's event. Each event has its own made-up place, person and organisation, named in the
 * headline and the lead, and its own day. Story clustering then meets stories of realistic sizes; before events,
 * every article named one of eight places and the stream piled into a few hundred stories of hundreds of articles,
 * a case no news stream presents (docs/stories.md).
 */

import { fmix32 } from '../../src/text/seeded-hash.js';
import { corpusDocument, editedCopy } from './synthetic-copies.js';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * mulberry32(seed) as it continues after `draws` draws: its state only adds a constant per draw, so the state after
 * n draws is seed + n * 0x6d2b79f5 (mod 2^32; the step is written out here, not shared, because synthetic-copies.ts
 * calls mulberry32 while this module is still loading). Lets a benchmark generate article i again without replaying
 * the ones before.
 */
export function mulberry32After(seed: number, draws: number): () => number {
  return mulberry32((seed + Math.imul(draws >>> 0, 0x6d2b79f5)) >>> 0);
}

const VERBS = ['said', 'confirmed', 'denied', 'announced', 'warned', 'reported', 'estimated', 'insisted', 'suggested', 'promised'];
const OBJECTS = ['that the talks would resume', 'that repairs would take weeks', 'that two ships were damaged', 'that the budget would rise', 'that the inquiry would open', 'that no one was injured', 'that the vote was postponed', 'that the port would reopen', 'that the agreement was signed', 'that fares would fall'];
const TAILS = ['on Tuesday', 'after a long meeting', 'in a statement', 'according to local media', 'despite protests', 'late on Friday', 'in an interview', 'without giving details', 'for the third time this year', 'as crowds gathered'];

export interface SyntheticArticle {
  readonly title: string;
  readonly text: string;
  readonly url: string;
  readonly published: string;
  readonly outlet: string;
  /** The event it reports (eventOf of its source): the gold story of a scale evaluation. */
  readonly event: number;
}

/** By default one article in COPY_EVERY is an edited copy of an earlier one; 0 makes none. */
export const COPY_EVERY = 10;
const DAY_MS = 86_400_000;
const STREAM_START_MS = Date.UTC(2024, 0, 1);
/** How far back a copy's source may be: copies follow their source within days, not across the whole corpus. */
const COPY_WINDOW = 500;

/**
 * Without `perDay` every article falls in March 2024 on its event's day, however many there are: a corpus of 100k
 * is then 3,600 articles a day, all inside one story window (a density stress). With `perDay`, the articles are a
 * stream in time: article i is published on day i / perDay after 2024-01-01 (copies and follow-ups a few hundred
 * articles after their source are a day or two later), so a larger corpus spans more time at the same rate.
 */
export function syntheticArticle(index: number, random: () => number, copyEvery = COPY_EVERY, perDay?: number): SyntheticArticle {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const isCopy = copyEvery > 0 && index % copyEvery === copyEvery - 1 && index > 0;
  const source = isCopy ? Math.max(0, index - 1 - Math.floor(random() * Math.min(COPY_WINDOW, index))) : index;
  const eventId = eventOf(source);
  const event = syntheticEvent(eventId);
  const place = event.place;
  const lead = `${event.person} of the ${event.organisation} ${pick(VERBS)} in ${place} ${pick(OBJECTS)} ${pick(TAILS)}, with ${Math.floor(random() * 900) + 2} people affected.`;
  const body = isCopy ? editedCopy(corpusDocument(source), 0.05, random) : corpusDocument(index);
  const sentences = body.split(/(?<=\.) /);
  const paragraphs = [lead];
  for (let p = 0; p < 8; p++) paragraphs.push(sentences.slice(Math.floor((p * sentences.length) / 8), Math.floor(((p + 1) * sentences.length) / 8)).join(' '));
  const date = perDay === undefined
    ? `2024-03-${String(Math.min(28, event.day + (isCopy ? 1 : 0))).padStart(2, '0')}`
    : new Date(STREAM_START_MS + Math.floor(index / perDay) * DAY_MS).toISOString().slice(0, 10);
  return {
    title: `${place}: ${event.organisation} ${pick(VERBS)} ${pick(OBJECTS)} (${index})`,
    text: paragraphs.filter((p) => p.length > 0).join('\n\n'),
    url: `https://news${index % 50}.example/${date.replaceAll('-', '/')}/story-${index}`,
    published: `${date}T10:00:00Z`,
    outlet: `News ${index % 50}`,
    event: eventId,
  };
}

/** The event an article reports: half the articles open one, the others report an event of the 200 before them. */
export function eventOf(index: number): number {
  let at = index;
  for (;;) {
    const h = fmix32(at + 1);
    if (at === 0 || h % 2 === 0) return at;
    at = Math.max(0, at - 1 - ((h >>> 1) % 200));
  }
}

const SYLLABLES = ['ka', 'vel', 'mor', 'dan', 'ri', 'sto', 'len', 'bar', 'ost', 'un', 'tre', 'gal', 'fin', 'zo', 'mir', 'ath', 'pe', 'lor', 'can', 'dri', 'hel', 'vos', 'ne', 'tar'];

function madeUpName(seed: number, syllables: number): string {
  let name = '';
  for (let i = 0; i < syllables; i++) name += SYLLABLES[fmix32(seed * 31 + i) % SYLLABLES.length];
  return name[0]!.toUpperCase() + name.slice(1);
}

/** An event's own names and day, from its id alone. */
function syntheticEvent(id: number): { place: string; person: string; organisation: string; day: number } {
  return {
    place: madeUpName(id * 7 + 1, 3),
    person: `${madeUpName(id * 7 + 2, 2)} ${madeUpName(id * 7 + 3, 3)}`,
    organisation: `${madeUpName(id * 7 + 4, 2)} ${pickStatic(['Authority', 'Council', 'Union', 'Company', 'Ministry'], id)}`,
    day: 1 + (fmix32(id * 7 + 5) % 26),
  };
}

function pickStatic<T>(list: readonly T[], seed: number): T {
  return list[fmix32(seed * 7 + 6) % list.length]!;
}


/** A full page around the article: navigation, sidebar, footer and scripts, as real pages carry. */
export function syntheticPage(article: SyntheticArticle): string {
  const nav = Array.from({ length: 20 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
  const related = Array.from({ length: 8 }, (_, i) => `<li><a href="/related/${i}">Related headline number ${i} about something else</a></li>`).join('');
  const body = article.text.split('\n\n').map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${article.title} | ${article.outlet}</title>
<meta property="og:site_name" content="${article.outlet}"><meta property="article:published_time" content="${article.published}">
<link rel="canonical" href="${article.url}"><script>window.dataLayer=[];function track(){return 1}</script></head>
<body><header><nav><ul>${nav}</ul></nav></header><main><article><h1>${article.title}</h1><p class="byline">By Staff Writer</p>
${body}</article><aside><h2>Related</h2><ul>${related}</ul></aside></main>
<footer><p>Copyright 2024 ${article.outlet}. All rights reserved.</p><div class="cookie">We use cookies. <button>Accept</button></div></footer></body></html>`;
}
