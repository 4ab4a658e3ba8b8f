import type { StoryProfile } from '../model/story.js';
import type { StoryCandidateQuery, StoryIndex, StoryIndexUpdate, TermStatistics } from '../ports/story-index.js';
import { TermCounts } from './term-counts.js';
import { TermTable } from './term-table.js';

const DAY_MS = 86_400_000;

export interface MemoryStoryIndexOptions {
  /**
   * Document frequencies to start from, as a store that already holds a corpus has them (a benchmark passes those
   * of its training split). Without them the first articles are weighed against almost no statistics.
   */
  readonly prior?: TermStatistics;
}

/**
 * The StoryIndex port in memory, for tests and benchmarks: story nodes holding the profiles, maps for assignments,
 * and an inverted index from key to the stories registered under it, newest last. A lookup reads only the tails of
 * the posting lists of the query's keys, so its cost does not grow with the number of stories. Merged stories are followed
 * through a union-find style redirect (with path compression), so postings never need rewriting.
 */
export class MemoryStoryIndex implements StoryIndex {
  private documents: number;
  private readonly frequencies = new TermCounts();
  private readonly articleStory = new Map<string, string>();
  /** Every story id ever used, as a node that points to the story it merged into (null while it is live). */
  private readonly nodes = new Map<string, StoryNode>();
  /**
   * Posting lists by key (term-table.ts: the lists of a long stream's keys and time buckets outgrow a Map's cache
   * reach as the vocabulary does). They hold nodes, so a lookup follows merges by reference, with no id lookup per
   * posting read.
   */
  private readonly postingKeys = new TermTable();
  private readonly postings: StoryNode[][] = [];
  /** Each live story's articles (merged stories' appended when they merge; membersOf orders them). */
  private readonly members = new Map<string, string[]>();
  /** The document number each article was assigned with: the order of a story's members, as in the stored index. */
  private readonly articleSequence = new Map<string, number>();
  private sequence = 0;
  /** countHits' stamp counter: each query and each of its key groups takes the next number. */
  private stamp = 0;

  constructor(options: MemoryStoryIndexOptions = {}) {
    this.documents = options.prior?.documents ?? 0;
    for (const [term, df] of options.prior?.frequencies ?? []) this.frequencies.load(term, df);
  }

  async termStatistics(terms: readonly string[]): Promise<TermStatistics> {
    return this.termStatisticsNow(terms);
  }

  async candidates(query: StoryCandidateQuery): Promise<StoryProfile[]> {
    return this.candidatesNow(query);
  }

  async storyOf(articleId: string): Promise<string | null> {
    const story = this.articleStory.get(articleId);
    return story === undefined ? null : this.resolve(story);
  }

  async profile(storyId: string): Promise<StoryProfile | null> {
    const node = this.nodes.get(storyId);
    return node === undefined ? null : live(node).profile;
  }

  async apply(update: StoryIndexUpdate): Promise<void> {
    this.documents++;
    this.frequencies.add(update.terms, 1);
    for (const merge of update.merges) {
      const from = this.node(merge.from);
      from.profile = null;
      from.into = this.node(merge.into);
      const absorbed = this.members.get(merge.from) ?? [];
      const into = this.members.get(merge.into);
      if (into === undefined) this.members.set(merge.into, absorbed);
      else into.push(...absorbed);
      this.members.delete(merge.from);
    }
    // One sequence number per document, as the stored index's document number: a split's two stories share it.
    const sequence = this.sequence++;
    this.articleSequence.set(update.articleId, sequence);
    for (const story of [update, ...(update.regroups ?? [])]) {
      const node = this.node(story.storyId);
      node.profile = story.profile;
      node.updated = sequence;
      this.post(node, story.keys);
    }
    this.place(update.articleId, update.storyId);
    for (const regroup of update.regroups ?? []) for (const articleId of regroup.articleIds) this.place(articleId, regroup.storyId);
  }

  /** The articles of a story, in the order they were assigned (those of stories merged into it included). */
  membersOf(storyId: string): string[] {
    const order = (id: string) => this.articleSequence.get(id) ?? 0;
    return [...(this.members.get(this.resolve(storyId)) ?? [])].sort((a, b) => order(a) - order(b));
  }

  /** An article (newly assigned, or moved by a split) now in `storyId`: out of its previous story's members, into these. */
  private place(articleId: string, storyId: string): void {
    const previous = this.articleStory.get(articleId);
    if (previous !== undefined) {
      const list = this.members.get(this.resolve(previous));
      const at = list?.indexOf(articleId) ?? -1;
      if (at >= 0) list!.splice(at, 1);
    }
    this.articleStory.set(articleId, storyId);
    const list = this.members.get(storyId);
    if (list === undefined) this.members.set(storyId, [articleId]);
    else list.push(articleId);
  }

  private post(node: StoryNode, keys: readonly string[]): void {
    for (const key of keys) {
      const slot = this.postingKeys.slot(key);
      const list = this.postings[slot];
      if (list === undefined) this.postings[slot] = [node];
      else if (list[list.length - 1] !== node) list.push(node);
    }
  }

  /** Every live story, in the order they were last updated. */
  stories(): StoryProfile[] {
    const current = [...this.nodes.values()].filter((node) => node.profile !== null);
    return current.sort((a, b) => a.updated - b.updated).map((node) => node.profile!);
  }

  /** Each assigned article's current story. */
  assignments(): Map<string, string> {
    return new Map(this.assignmentEntries());
  }

  /** The same, one pair at a time, in assignment order: a digest of a million assignments builds no map. */
  *assignmentEntries(): IterableIterator<[string, string]> {
    for (const [article, story] of this.articleStory) yield [article, this.resolve(story)];
  }

  /** With every term's slot as its id (slots are made for new terms: id-vector.ts). */
  private termStatisticsNow(terms: readonly string[]): TermStatistics {
    const frequencies = this.frequencies.frequencies(terms, true);
    return { documents: this.documents, frequencies, slots: this.frequencies.slotsOf(terms)! };
  }

  private candidatesNow(query: StoryCandidateQuery): StoryProfile[] {
    const window = query.windowDays * DAY_MS;
    const ranked: [StoryProfile, number, number][] = [];
    for (const node of this.countHits(query.keyGroups, query.postingsPerKey)) {
      const profile = node.profile;
      if (profile === null) continue;
      if (query.atMs !== null && profile.firstMs !== null && profile.lastMs !== null &&
        (profile.lastMs < query.atMs - window || profile.firstMs > query.atMs + window)) continue;
      ranked.push([profile, node.hits, node.updated]);
    }
    ranked.sort((a, b) => b[1] - a[1] || b[2] - a[2] || (a[0].story.id < b[0].story.id ? -1 : 1));
    return ranked.slice(0, query.limit).map(([profile]) => profile);
  }

  /**
   * countGroupHits (posting-buckets.ts) over the node lists: the same reads in the same order and the same counts,
   * kept on the live nodes themselves (a group's "seen" and the query's count are stamps on the node) instead of a
   * Set a group and a Map of ids. Reading postings was a tenth of an assignment (CPU profile, 30k stored, 200 a
   * day), most of it those string-keyed sets and maps. Returns each story read, with its count in `hits`.
   */
  private countHits(keyGroups: readonly (readonly string[])[], postingsPerKey: number): StoryNode[] {
    const query = ++this.stamp;
    const read: StoryNode[] = [];
    for (const group of keyGroups) {
      const seenMark = ++this.stamp;
      let count = 0;
      for (const key of group) {
        const slot = this.postingKeys.find(key);
        const list = slot < 0 ? undefined : this.postings[slot];
        if (list === undefined) continue;
        // Lists are kept newest last.
        for (let i = list.length - 1; i >= 0 && count < postingsPerKey; i--, count++) {
          const story = live(list[i]!);
          if (story.seen === seenMark) continue;
          story.seen = seenMark;
          if (story.counted !== query) {
            story.counted = query;
            story.hits = 0;
            read.push(story);
          }
          story.hits++;
        }
      }
    }
    return read;
  }

  private resolve(storyId: string): string {
    const node = this.nodes.get(storyId);
    return node === undefined ? storyId : live(node).id;
  }

  private node(storyId: string): StoryNode {
    let node = this.nodes.get(storyId);
    if (node === undefined) this.nodes.set(storyId, (node = { id: storyId, into: null, profile: null, updated: 0, seen: 0, counted: 0, hits: 0 }));
    return node;
  }
}

/**
 * A story id: the story it merged into (null while live), and while live its profile and the document that last
 * updated it. Held on the node, not in maps of every story: a lookup reads its candidates straight off the posting
 * lists' nodes, where at 1M stored two maps of ~470k stories cost a cache miss per read, a few dozen an article.
 */
interface StoryNode {
  readonly id: string;
  into: StoryNode | null;
  profile: StoryProfile | null;
  updated: number;
  /** countHits' stamps: the last key group that read this story, the last query that counted it, and its count there. */
  seen: number;
  counted: number;
  hits: number;
}

/** The live story a node stands for, following merges (union-find with path compression). */
function live(node: StoryNode): StoryNode {
  let root = node;
  while (root.into !== null) root = root.into;
  for (let at = node; at !== root; ) {
    const next = at.into!;
    at.into = root;
    at = next;
  }
  return root;
}
