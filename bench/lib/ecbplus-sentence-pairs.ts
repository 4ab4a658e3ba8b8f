/**
 * The gold of the `ecbplus` section of the claims benchmark: which sentences of different ECB+ documents report one
 * event (Cybulska & Vossen 2014; ../shared/data/ecbplus, read at run time, never copied into the repository).
 *
 * - Sentences: only those the annotators validated for coreference (ECBplus_coreference_sentences.csv: Topic, File,
 *   Sentence Number; the corpus README asks evaluations to keep to them, since mentions elsewhere are incomplete).
 * - Event chains of a sentence: the cross-document instances (CROSS_DOC_COREF target, its instance_id) of the
 *   action mentions (ACTION_* and NEG_ACTION_* markables, the instance's own tag deciding, as the README says it
 *   overrides the mention's) with a token in that sentence. Times, places and participants do not count: two
 *   sentences naming the same person are not for that the same claim.
 * - A pair: two validated sentences of DIFFERENT documents of the same topic. Positive when they share at least
 *   one event chain; negative otherwise. Pairs across topics are left out (they are trivially apart); within a
 *   topic half the negatives are about the topic's other, similar event (the ecb vs ecbplus sub-topics), which is
 *   what makes the set hard.
 *
 * Each document is also returned whole (every sentence, the ecbplus source URL of sentence 0 dropped as
 * rewrite-corpus.ts drops it), so the system can read validated sentences in their article's context.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { sharedDataDir } from './baseline.js';
import { byNumber, detokenize, readEcbTokens } from './rewrite-corpus.js';

export interface EcbPairDocument {
  /** "ecb/1/1_10ecbplus", as rewrite-corpus.ts names it. */
  readonly id: string;
  readonly topic: number;
  /** The sub-topic, i.e. which of the topic's two real-world events. */
  readonly subtopic: 'ecb' | 'ecbplus';
  /** Every sentence with letters, detokenised, by corpus sentence number, in order. */
  readonly sentences: readonly { readonly number: number; readonly text: string }[];
}

export interface ValidatedSentence {
  /** "ecb/1/1_10ecbplus#3": document id and corpus sentence number. */
  readonly key: string;
  readonly doc: string;
  readonly topic: number;
  readonly subtopic: 'ecb' | 'ecbplus';
  readonly number: number;
  readonly text: string;
  /** The cross-document event chains (instance ids) with a mention in the sentence. */
  readonly chains: ReadonlySet<string>;
}

export interface EcbSentencePair {
  readonly a: ValidatedSentence;
  readonly b: ValidatedSentence;
  readonly positive: boolean;
  /** Both sentences are about the same sub-topic (event) of the topic. */
  readonly sameSubtopic: boolean;
}

export interface EcbPairTopic {
  readonly topic: number;
  readonly documents: readonly EcbPairDocument[];
  readonly sentences: readonly ValidatedSentence[];
  readonly pairs: readonly EcbSentencePair[];
}

const EVENT_TAG = /^(?:NEG_)?ACTION_/;

/** The topics (ascending) with their documents, validated sentences and cross-document pairs; `keep` selects topics. */
export function loadEcbSentencePairs(keep: (topic: number) => boolean = () => true): EcbPairTopic[] {
  const validated = validatedSentences();
  const root = sharedDataDir('ecbplus', 'docs');
  const topics = readdirSync(root).filter((t) => /^\d+$/.test(t)).map(Number).filter(keep).sort((a, b) => a - b);
  return topics.map((topic) => {
    const documents: EcbPairDocument[] = [];
    const sentences: ValidatedSentence[] = [];
    const files = readdirSync(join(root, String(topic))).filter((f) => f.endsWith('.xml')).sort(byNumber);
    for (const file of files) {
      const name = file.replace(/\.xml$/, '');
      const subtopic = name.endsWith('ecbplus') ? 'ecbplus' : 'ecb';
      const id = `ecb/${topic}/${name}`;
      const xml = readFileSync(join(root, String(topic), file), 'utf8');
      const doc = readDocument(xml, subtopic === 'ecbplus');
      documents.push({ id, topic, subtopic, sentences: doc.sentences });
      const wanted = validated.get(name) ?? new Set<number>();
      for (const s of doc.sentences) {
        if (!wanted.has(s.number)) continue;
        sentences.push({ key: `${id}#${s.number}`, doc: id, topic, subtopic, number: s.number, text: s.text, chains: doc.chains.get(s.number) ?? new Set() });
      }
    }
    const pairs: EcbSentencePair[] = [];
    for (let i = 0; i < sentences.length; i++) {
      for (let j = i + 1; j < sentences.length; j++) {
        const a = sentences[i]!;
        const b = sentences[j]!;
        if (a.doc === b.doc) continue;
        let positive = false;
        for (const c of a.chains) if (b.chains.has(c)) positive = true;
        pairs.push({ a, b, positive, sameSubtopic: a.subtopic === b.subtopic });
      }
    }
    return { topic, documents, sentences, pairs };
  });
}

/** File name without extension ("1_10ecbplus") -> its validated sentence numbers. */
function validatedSentences(): Map<string, Set<number>> {
  const rows = parse(readFileSync(sharedDataDir('ecbplus', 'ECBplus_coreference_sentences.csv')), {
    bom: true, columns: true, skip_empty_lines: true,
  }) as Record<string, string>[];
  const out = new Map<string, Set<number>>();
  for (const row of rows) {
    const name = `${row.Topic}_${row.File}`;
    const set = out.get(name) ?? new Set<number>();
    set.add(Number(row['Sentence Number']));
    out.set(name, set);
  }
  return out;
}

function readDocument(xml: string, plus: boolean): { sentences: { number: number; text: string }[]; chains: Map<number, Set<string>> } {
  const tokens = readEcbTokens(xml);
  const sentenceOf = new Map<number, number>();
  const bySentence = new Map<number, string[]>();
  for (const t of tokens) {
    sentenceOf.set(t.id, t.sentence);
    const list = bySentence.get(t.sentence) ?? [];
    list.push(t.text);
    bySentence.set(t.sentence, list);
  }
  const sentences = [...bySentence.entries()].sort((a, b) => a[0] - b[0])
    .filter(([n]) => !(plus && n === 0))
    .map(([number, list]) => ({ number, text: detokenize(list) }))
    .filter((s) => /\p{L}{2}/u.test(s.text));

  // Mentions (markables with token anchors) -> the sentences they touch.
  const mentionSentences = new Map<string, Set<number>>();
  for (const m of xml.matchAll(/<([A-Z_]+) m_id="(\d+)"\s*>([\s\S]*?)<\/\1>/g)) {
    const set = new Set<number>();
    for (const a of m[3]!.matchAll(/<token_anchor t_id="(\d+)"\s*\/>/g)) {
      const s = sentenceOf.get(Number(a[1]));
      if (s !== undefined) set.add(s);
    }
    mentionSentences.set(m[2]!, set);
  }
  // Instance descriptors (markables without anchors): m_id -> instance_id, for event instances only.
  const eventInstance = new Map<string, string>();
  for (const m of xml.matchAll(/<([A-Z_]+) m_id="(\d+)"[^>]*?instance_id="([^"]+)"[^>]*\/>/g)) {
    if (EVENT_TAG.test(m[1]!)) eventInstance.set(m[2]!, m[3]!);
  }
  const chains = new Map<number, Set<string>>();
  for (const r of xml.matchAll(/<CROSS_DOC_COREF [^>]*>([\s\S]*?)<\/CROSS_DOC_COREF>/g)) {
    const target = /<target m_id="(\d+)"\s*\/>/.exec(r[1]!)?.[1];
    const instance = target === undefined ? undefined : eventInstance.get(target);
    if (instance === undefined) continue;
    for (const s of r[1]!.matchAll(/<source m_id="(\d+)"\s*\/>/g)) {
      for (const n of mentionSentences.get(s[1]!) ?? []) {
        const set = chains.get(n) ?? new Set<string>();
        set.add(instance);
        chains.set(n, set);
      }
    }
  }
  return { sentences, chains };
}
