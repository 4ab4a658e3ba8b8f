import { describe, expect, it } from 'vitest';
import type { LinkJob } from '../../../src/app/link-job.js';
import { runLinkJob } from '../../../src/app/link-job.js';
import { copy, other, wire } from '../../store/store-contract.js';

/** Linking one article (src/app/link-job.ts), with the profiles of recently linked texts kept for the next jobs. */

const long = (text: string) => `${text} ${text.replace(/\./g, ' again.')}`;

function job(articleText: string, sourceText: string): LinkJob {
  return {
    article: { id: 'copy', text: long(articleText), publishedAt: '2024-03-05T12:00:00.000Z', signals: [] },
    candidates: [{ id: 'wire', text: long(sourceText), publishedAt: '2024-03-05T08:00:00.000Z', signals: [] }],
    parents: [],
  };
}

describe('link job', () => {
  it('links a copy to its source, and gives the same answer when its profiles come from the cache', () => {
    const first = runLinkJob(job(copy, wire));
    expect(first.add.map((e) => [e.from, e.to])).toEqual([['wire', 'copy']]);
    expect(runLinkJob(job(copy, wire))).toEqual(first);
  });

  it('profiles a text again when an article id comes back with a new text', () => {
    expect(runLinkJob(job(copy, wire)).add).toHaveLength(1);
    // Same ids, the source now unrelated: a stale profile would still find the copy.
    expect(runLinkJob(job(copy, other)).add).toEqual([]);
    expect(runLinkJob(job(copy, wire)).add).toHaveLength(1);
  });
});
