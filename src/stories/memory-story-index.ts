import type { StoryProfile } from '../model/story.js';
import type { StoryCandidateQuery, StoryIndex, StoryIndexUpdate, TermStatistics } from '../ports/story-index.js';
import type { ArchivedProfile } from './profile-archive.js';
import { STORY_WINDOW_DAYS } from './join-model.js';
import { ProfileArchive } from './profile-archive.js';
import { TermCounts } from './term-counts.js';
import { TermTable } from './term-table.js';

const DAY_MS = 86_400_000;

export interface MemoryStoryIndexOptions {
  /**
   * Document frequencies to start from, as a store that already holds a corpus has them (a benchmark passes those
   * of its training split). Without them the first articles are weighed against almost no statistics.
   */
  readonly prior?: TermStatistics;
  /**
   * A story goes quiet, and its profile moves out of the heap (profile-archive.ts), once its last article is this
   * many days older than the newest one applied and QUIET_DOCUMENTS documents have been applied since it was last
   * touched. Default QUIET_DAYS; Infinity keeps every profile on the heap.
   */
  readonly quietDays?: number;
  /** The document half of that rule (default QUIET_DOCUMENTS); tests shorten both. */
  readonly quietDocuments?: number;
}

/**
 * 90 days: twice the window in which a dated article looks for stories (STORY_WINDOW_DAYS, 45), so a quiet story is
 * one no article in publication order can join; only an article dated that much out of order, or an undated one
 * whose keys lead to it, reads it back.
 */
export const QUIET_DAYS = 2 * STORY_WINDOW_DAYS;
/**
 * 5,000 documents: one article dated far in the future (bad metadata) makes every older story look quiet by days
 * alone; the documents keep the stories touched in the last 5,000 articles on the heap whatever the dates say
 * (25 days of the 200-a-day bench stream), so such a date costs read-backs of old stories, not of live ones.
 */
export const QUIET_DOCUMENTS = 5_000;

/**
 * The StoryIndex port in memory, for tests, benchmarks and a process that clusters a stream without a store: story
 * nodes holding the profiles, maps for assignments, and an inverted index from key to the stories registered under
 * it, newest last. A lookup reads only the tails of the posting lists of the query's keys, so its cost does not grow
 * with the number of stories. Merged stories are followed through a union-find style redirect (with path
 * compression), so postings never need rewriting. Stories that have gone quiet (QUIET_DAYS) keep their profiles
 * off the heap, read back only if an article out of the window's reach finds them.
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
  /** Quiet stories' profiles, off the heap. */
  private readonly archive = new ProfileArchive(this.frequencies);
  private readonly quietMs: number;
  private readonly quietDocuments: number;
  /** The latest `lastMs` of any story applied: the stream's "now". */
  private latestMs = -Infinity;
  /**
   * Live stories in the order they were last touched (applied or read back), each with the sequence it was queued
   * at; an entry is current while its node's `queuedAt` equals it. The front is checked for quiet stories as
   * documents arrive, so finding them costs a few steps a document, never a pass over every story.
   */
  private readonly touched: StoryNode[] = [];
  private readonly touchedAt: number[] = [];
  private touchedHead = 0;
  private quiet = 0;
  private readBacks = 0;

  constructor(options: MemoryStoryIndexOptions = {}) {
    this.quietMs = (options.quietDays ?? QUIET_DAYS) * DAY_MS;
    this.quietDocuments = options.quietDocuments ?? QUIET_DOCUMENTS;
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
    return node === undefined ? null : this.current(live(node));
  }

  async apply(update: StoryIndexUpdate): Promise<void> {
    this.documents++;
    this.frequencies.add(update.terms, 1);
    for (const merge of update.merges) {
      const from = this.node(merge.from);
      if (from.archived !== null) this.quiet--;
      from.profile = null;
      from.archived = null;
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
      this.hold(node, story.profile);
      node.updated = sequence;
      this.post(node, story.keys);
      if (story.profile.lastMs !== null && story.profile.lastMs > this.latestMs) this.latestMs = story.profile.lastMs;
    }
    this.place(update.articleId, update.storyId);
    for (const regroup of update.regroups ?? []) for (const articleId of regroup.articleIds) this.place(articleId, regroup.storyId);
    this.archiveQuiet();
  }

  /** Stories whose profiles are off the heap now. */
  get quietStories(): number {
    return this.quiet;
  }

  /** Whether the story's profile is off the heap now. */
  isQuiet(storyId: string): boolean {
    const node = this.nodes.get(storyId);
    return node !== undefined && live(node).archived !== null;
  }

  /** Quiet stories read back to be scored or shown since the index was made (a bench reports it). */
  get quietReads(): number {
    return this.readBacks;
  }

  /** How many live stories there are, without reading any profile. */
  storyCount(): number {
    let count = 0;
    for (const node of this.nodes.values()) if (isStory(node)) count++;
    return count;
  }

  /** The node's profile on the heap, as the story's current one, and the node at the back of the touched queue. */
  private hold(node: StoryNode, profile: StoryProfile): void {
    if (node.archived !== null) this.quiet--;
    node.profile = profile;
    node.archived = null;
    node.firstMs = profile.firstMs;
    node.lastMs = profile.lastMs;
    if (this.quietMs === Infinity) return;
    node.queuedAt = this.sequence;
    this.touched.push(node);
    this.touchedAt.push(this.sequence);
  }

  /** A live node's profile, read back (and held again) when it is quiet; null for a merged one. */
  private current(node: StoryNode): StoryProfile | null {
    if (node.archived === null) return node.profile;
    const profile = this.archive.get(node.archived);
    this.readBacks++;
    this.hold(node, profile);
    return profile;
  }

  /**
   * Moves the profiles of stories that went quiet (QUIET_DAYS, QUIET_DOCUMENTS) off the heap, from the front of the
   * touched queue. A story quiet by documents but not by days goes to the back, to be checked again after as many
   * documents; an undated one stays on the heap (no date says it is over).
   */
  private archiveQuiet(): void {
    const touched = this.touched;
    const touchedAt = this.touchedAt;
    let head = this.touchedHead;
    const oldest = this.sequence - this.quietDocuments;
    const before = this.latestMs - this.quietMs;
    while (head < touched.length && touchedAt[head]! <= oldest) {
      const node = touched[head]!;
      const at = touchedAt[head]!;
      head++;
      if (node.queuedAt !== at || node.profile === null) continue;
      if (node.lastMs === null) continue;
      if (node.lastMs < before) {
        node.archived = this.archive.put(node.profile);
        node.profile = null;
        this.quiet++;
      } else {
        node.queuedAt = this.sequence;
        touched.push(node);
        touchedAt.push(this.sequence);
      }
    }
    // Drop the consumed front once it is most of the arrays, so they stay as long as the stories touched lately.
    if (head > 4_096 && head * 2 > touched.length) {
      touched.splice(0, head);
      touchedAt.splice(0, head);
      head = 0;
    }
    this.touchedHead = head;
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
    const current = [...this.nodes.values()].filter(isStory);
    // Quiet profiles are read without being held again: a listing does not bring every old story back to the heap.
    return current.sort((a, b) => a.updated - b.updated).map((node) => node.profile ?? this.archive.get(node.archived!));
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
    const ranked: StoryNode[] = [];
    for (const node of this.countHits(query.keyGroups, query.postingsPerKey)) {
      if (!isStory(node)) continue;
      // The time window from the node's own copy of the span: a quiet story outside it is never read back.
      if (query.atMs !== null && node.firstMs !== null && node.lastMs !== null &&
        (node.lastMs < query.atMs - window || node.firstMs > query.atMs + window)) continue;
      ranked.push(node);
    }
    // A live story's id is its node's (profile.story.id).
    ranked.sort((a, b) => b.hits - a.hits || b.updated - a.updated || (a.id < b.id ? -1 : 1));
    return ranked.slice(0, query.limit).map((node) => this.current(node)!);
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
    if (node === undefined) {
      node = { id: storyId, into: null, profile: null, archived: null, firstMs: null, lastMs: null, updated: 0, queuedAt: -1, seen: 0, counted: 0, hits: 0 };
      this.nodes.set(storyId, node);
    }
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
  /** The profile while it is on the heap; null when the story is quiet (then `archived`) or merged (neither). */
  profile: StoryProfile | null;
  archived: ArchivedProfile | null;
  /** The profile's time span, kept here so the window is checked without reading a quiet profile back. */
  firstMs: number | null;
  lastMs: number | null;
  updated: number;
  /** The sequence of the node's current entry in the touched queue. */
  queuedAt: number;
  /** countHits' stamps: the last key group that read this story, the last query that counted it, and its count there. */
  seen: number;
  counted: number;
  hits: number;
}

/** Whether the node holds a story's profile, on the heap or off it (not a merged-away id). */
function isStory(node: StoryNode): boolean {
  return node.profile !== null || node.archived !== null;
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
