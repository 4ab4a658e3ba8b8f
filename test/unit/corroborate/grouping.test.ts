import { describe, expect, it } from 'vitest';
import { corroborate } from '../../../src/corroborate/corroborate.js';
import { isCrosscheckError } from '../../../src/model/crosscheck-error.js';
import { article } from './story-fixture.js';

const DAY1 = '2031-05-06T08:00:00.000Z';
const DAY1_LATER = '2031-05-06T11:00:00.000Z';

describe('claim groups', () => {
  it('groups paraphrases from independent families and counts them as corroboration', () => {
    const r = corroborate([
      article('a', 'fa', DAY1, 'The harbour authority closed the northern pier at Venmark on Friday after a crane collapsed onto the quay.'),
      article('b', 'fb', DAY1_LATER, 'After a crane collapsed onto the quay, the northern pier at Venmark was closed by the harbour authority on Friday.'),
    ]);
    expect(r.groups).toHaveLength(1);
    const [group] = r.groups;
    expect(group!.status).toBe('corroborated');
    expect(group!.independentSources).toBe(2);
    expect(group!.articleIds).toEqual(['a', 'b']);
    expect(group!.quotes.map((q) => q.articleId)).toEqual(['a', 'b']);
    expect(group!.firstSeen).toBe(DAY1);
    expect(group!.id).toBe(r.groups[0]!.claimIds[0]);
  });

  it('groups copies of a short quote in a large story, where its common words do not block', () => {
    // Over 40 claims that all name the harbour, so "harbour" no longer blocks: the line keeps two stems of three.
    const filler = Array.from({ length: 12 }, (_, i) => `The harbour office listed ${i + 3} berths for repair in the eastern basin. ` +
      `The harbour pilots reported ${i + 2} delays at the northern lock. The harbour board met with ${i + 4} owners on the quay.`).join('\n\n');
    // Three content stems (harbour, wait, long), one of them too common to block.
    const quote = 'The harbour has waited too long.';
    const r = corroborate(['a', 'b', 'c'].map((id, i) => article(id, 'wire', i === 0 ? DAY1 : DAY1_LATER, `${quote}\n\n${filler}`)));
    const quoted = r.groups.filter((g) => g.text.includes('waited too long'));
    expect(quoted).toHaveLength(1);
    expect(quoted[0]!.articleIds).toEqual(['a', 'b', 'c']);
    expect(quoted[0]!.independentSources).toBe(1);
  });

  it('keeps different propositions apart', () => {
    const r = corroborate([
      article('a', 'fa', DAY1, 'The city council approved the new harbour budget on Tuesday after a long debate.'),
      article('b', 'fb', DAY1_LATER, 'The evening ferry to Orlen was cancelled because of the storm over the bay.'),
    ]);
    expect(r.groups).toHaveLength(2);
    for (const g of r.groups) expect(g.status).toBe('single-source');
  });

  it('aligns two claims that differ only in a figure, so the difference can be typed', () => {
    const r = corroborate([
      article('a', 'fa', DAY1, 'Under the agreement, each country will commit three patrol ships to a joint squadron based in Tavi.'),
      article('b', 'fb', DAY1_LATER, 'Under the agreement, each country will commit two patrol ships to a joint squadron based in Tavi.'),
    ]);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]!.status).toBe('disputed');
  });

  it('counts copies of one source once, however many articles print them', () => {
    const text = 'The mayor of Dalmor announced on Monday that the old tram depot would become a public library.';
    const r = corroborate([article('a', 'wire', DAY1, text), article('b', 'wire', DAY1_LATER, text), article('c', 'wire', DAY1_LATER, text)]);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]!.status).toBe('single-source');
    expect(r.groups[0]!.independentSources).toBe(1);
    expect(r.groups[0]!.articleIds).toHaveLength(3);
    expect(r.groups[0]!.quotes).toHaveLength(1);
  });

  it('never puts two claims of one article in one group', () => {
    const r = corroborate([
      article('a', 'fa', DAY1, 'The harbour authority closed the northern pier at Venmark on Friday. The harbour authority closed the northern pier at Venmark on Friday.'),
    ]);
    expect(r.groups).toHaveLength(2);
  });

  it('calls a claim only ever made in hedged form speculative, with no independent source', () => {
    const r = corroborate([
      article('a', 'fa', DAY1, 'The dock strike could spread to the container terminals at Venmark next month.'),
      article('b', 'fb', DAY1_LATER, 'The dock strike may spread to the container terminals at Venmark next month.'),
    ]);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]!.status).toBe('speculative');
    expect(r.groups[0]!.independentSources).toBe(0);
    expect(r.groups[0]!.modality).toBe('hedged');
  });

  it('counts only stated claims: a hedged restatement adds no source', () => {
    const r = corroborate([
      article('a', 'fa', DAY1, 'The harbour authority closed the northern pier at Venmark on Friday after a crane collapsed.'),
      article('b', 'fb', DAY1_LATER, 'The harbour authority reportedly closed the northern pier at Venmark on Friday after a crane collapsed.'),
    ]);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]!.independentSources).toBe(1);
    expect(r.groups[0]!.status).toBe('single-source');
    expect(r.groups[0]!.modality).toBe('reported');
  });

  it('orders established facts first: corroborated, disputed, single-source, speculative', () => {
    const r = corroborate([
      article('a', 'fa', DAY1, 'The rail strike could spread to the northern lines at Orlen next week. ' +
        'The city council approved the new harbour budget on Tuesday after a long debate. ' +
        'The harbour authority closed the northern pier at Venmark on Friday after a crane collapsed onto the quay.'),
      article('b', 'fb', DAY1_LATER, 'After a crane collapsed onto the quay, the northern pier at Venmark was closed by the harbour authority on Friday.'),
    ]);
    expect(r.groups.map((g) => g.status)).toEqual(['corroborated', 'single-source', 'speculative']);
  });

  it('compares times as instants and shows the earliest stated wording', () => {
    const r = corroborate([
      article('a', 'fa', '2031-05-06T09:30:00+02:00', 'The harbour authority reportedly closed the northern pier at Venmark on Friday after a crane collapsed.'),
      article('b', 'fb', '2031-05-06T08:00:00.000Z', 'The harbour authority closed the northern pier at Venmark on Friday after a crane collapsed.'),
    ]);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]!.firstSeen).toBe('2031-05-06T09:30:00+02:00');
    expect(r.groups[0]!.articleIds).toEqual(['a', 'b']);
    expect(r.groups[0]!.text).not.toContain('reportedly');
  });

  it('names who says it and the outlets', () => {
    const r = corroborate([
      article('a', 'fa', DAY1, 'The pier will stay closed until the end of the month, the harbour authority said.', 'Venmark Post'),
      article('b', 'fb', DAY1_LATER, 'The pier will stay closed until the end of the month, the harbour authority said on Friday.', 'Coastal Times'),
    ]);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]!.attributedTo).toEqual(['the harbour authority']);
    expect(r.groups[0]!.outlets).toEqual(['Venmark Post', 'Coastal Times']);
    expect(r.groups[0]!.modality).toBe('attributed');
  });

  it('throws CC_CORROBORATION_INPUT on misuse', () => {
    const a = article('a', 'fa', DAY1, 'The harbour authority closed the northern pier on Friday.');
    for (const bad of [[a, a], [{ ...a, familyId: '' }], [{ ...a, publishedAt: 'yesterday' }]]) {
      try {
        corroborate(bad);
        expect.unreachable();
      } catch (error) {
        expect(isCrosscheckError(error) && error.code).toBe('CC_CORROBORATION_INPUT');
      }
    }
  });

  it('returns nothing for no articles', () => {
    expect(corroborate([])).toEqual({ groups: [], contradictions: [], updates: [] });
  });
});
