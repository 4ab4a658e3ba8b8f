/**
 * The labelled streams of the `stories` benchmark, as StoryArticles in the order they are fed (publication order,
 * file order where there is no date), each with its gold story:
 * - ECB+ (Cybulska & Vossen 2014): 982 documents, 43 topics, two real events of one kind per topic; the gold story
 *   is the event (topic + "ecb"/"ecbplus" sub-topic), not the topic. No dates: file order, topics ascending, files
 *   by number (1_1ecb, 1_1ecbplus, 1_2ecb...), so the two events of a topic arrive interleaved. The headline is
 *   the first sentence (the corpus keeps no separate title); the ecbplus source URL is dropped (rewrite-corpus.ts),
 *   since only those documents carry one and it would give the sub-topic away.
 * - NewsWCL50 (Hamborg et al. 2019): 10 events x 5 outlets, in publication order (newsWcl50Dates below); the outlet is
 *   the political-leaning code. File order would feed the ten events one after another, five articles each: an
 *   order no stream has (newsWcl50Stream('file') keeps it, for comparison with earlier figures).
 * - Business Energy News story chains (Gedikli et al. 2021): 100 dated trade-news articles, fed by date; gold is
 *   the 88 same-story pairs (coder 1).
 * Everything is read from ../shared/data at run time, never copied into the repository.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { StoryArticle } from '../../src/stories/article-features.js';
import { sharedDataDir } from './baseline.js';
import type { CorpusArticle } from './rewrite-corpus.js';
import { loadEcbPlus, loadNewsWcl50 } from './rewrite-corpus.js';

export interface LabelledArticle {
  readonly article: StoryArticle;
  /** The gold story (event) id; for the story-chain set, the article's own URL (gold is given as pairs). */
  readonly gold: string;
  /** ECB+ topic number (0 elsewhere): selects the train/dev/test split. */
  readonly topic: number;
}

/** Cybulska & Vossen (2015): train topics 1-22, development 23-25, test 26-45. */
export const ECB_SPLITS = {
  train: (topic: number) => topic >= 1 && topic <= 22,
  dev: (topic: number) => topic >= 23 && topic <= 25,
  test: (topic: number) => topic >= 26 && topic <= 45,
} as const;
export type EcbSplit = keyof typeof ECB_SPLITS;

function fromCorpus(doc: CorpusArticle, outlet: string | null): LabelledArticle {
  const [title = '', ...rest] = doc.sentences;
  return {
    article: { id: doc.id, title, text: rest.join(' '), publishedAt: null, outlet },
    gold: doc.event,
    topic: Number(doc.group.split('/')[1]),
  };
}

let ecbCache: LabelledArticle[] | null = null;

export function ecbPlusStream(split?: EcbSplit): LabelledArticle[] {
  ecbCache ??= loadEcbPlus().map((doc) => fromCorpus(doc, null));
  return split === undefined ? ecbCache : ecbCache.filter((a) => ECB_SPLITS[split](a.topic));
}

/** Outlets in the set's own order, far left to far right: the tie-break among articles of one publication time. */
const WCL_OUTLETS = ['LL', 'L', 'M', 'R', 'RR'];

/**
 * NewsWCL50's articles in publication order, dated from their URLs (urls.tsv): the /YYYY/MM/DD/ path of most outlets
 * (taken as noon UTC: only the day is known), or the creation time in the first 8 hex digits of HuffPost's 24-digit
 * object id (a MongoDB ObjectId, seconds since 1970: all ten fall on 17 April - 1 May 2018, the days of the others).
 * Three Breitbart URLs carry neither; they stay undated and come last. Ties (same day) go by outlet, then event, so
 * no event's articles arrive as a block.
 */
export function newsWcl50Stream(order: 'published' | 'file' = 'published'): LabelledArticle[] {
  const articles = loadNewsWcl50().map((doc) => ({ ...fromCorpus(doc, doc.id.split('_').pop() ?? null), topic: 0 }));
  if (order === 'file') return articles;
  const dates = newsWcl50Dates();
  const keyed = articles.map((labelled) => {
    const [event = '', outlet = ''] = (labelled.article.id.split('/').pop() ?? '').split('_');
    const publishedAt = dates.get(`${event}_${outlet}`) ?? null;
    return { labelled: { ...labelled, article: { ...labelled.article, publishedAt } }, at: publishedAt ?? '\uffff', outlet: WCL_OUTLETS.indexOf(outlet), event: Number(event) };
  });
  keyed.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.outlet - b.outlet || a.event - b.event));
  return keyed.map((k) => k.labelled);
}

/** "event_outlet" -> ISO publication time, from each article's URL (see newsWcl50Stream). */
function newsWcl50Dates(): Map<string, string> {
  const dates = new Map<string, string>();
  const lines = readFileSync(sharedDataDir('newswcl50', 'urls.tsv'), 'utf8').trim().split(/\r?\n/).slice(1);
  for (const line of lines) {
    const [event, outlet, url = ''] = line.split('\t');
    const day = /\/(20\d\d)\/(\d\d)\/(\d\d)\//.exec(url);
    const objectId = /_([0-9a-f]{24})$/.exec(url);
    if (day) dates.set(`${event}_${outlet}`, `${day[1]}-${day[2]}-${day[3]}T12:00:00.000Z`);
    else if (objectId) dates.set(`${event}_${outlet}`, new Date(parseInt(objectId[1]!.slice(0, 8), 16) * 1000).toISOString());
  }
  return dates;
}

export interface StoryChainSet {
  readonly stream: LabelledArticle[];
  /** The same-story pairs, each as "url1\turl2" with url1 < url2. */
  readonly positives: ReadonlySet<string>;
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\t${b}` : `${b}\t${a}`;
}

export function storyChainSet(): StoryChainSet {
  const dir = 'business-energy-news-story-chains';
  const texts = parse(readFileSync(sharedDataDir(dir, 'gedikli-business_energy_news_dataset-2021-06-29-article_texts.csv')), {
    bom: true, columns: true, skip_empty_lines: true,
  }) as Record<string, string>[];
  const pairs = parse(readFileSync(sharedDataDir(dir, 'gedikli-business_energy_news_dataset-2021-06-29.csv')), {
    bom: true, columns: true, delimiter: ';', skip_empty_lines: true, relax_quotes: true,
  }) as Record<string, string>[];
  const stream = texts
    .map((row, order) => ({ row, order, ms: Date.parse(`${row.date!.replace(' ', 'T')}Z`) }))
    .sort((a, b) => a.ms - b.ms || a.order - b.order)
    .map(({ row, ms }) => ({
      article: {
        id: row.url!, title: row.title!, text: row.text!,
        publishedAt: Number.isFinite(ms) ? new Date(ms).toISOString() : null, outlet: row.paperurl ?? null,
      },
      gold: row.url!,
      topic: 0,
    }));
  const positives = new Set(pairs.filter((p) => p.relation === '1').map((p) => pairKey(p.url1!, p.url2!)));
  return { stream, positives };
}
