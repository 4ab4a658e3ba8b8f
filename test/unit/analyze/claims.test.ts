import { beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/analyze/claims.js';
import { findPlaces } from '../../../src/analyze/places.js';
import type { Claim } from '../../../src/model/claim.js';
import { demoArticles } from '../../../bench/lib/demo-events.js';

const OPTIONS = { articleId: 'art1', publishedAt: '2024-06-06T10:00:00Z' };
const only = (sentence: string): Claim => {
  const claims = extractClaims(sentence, OPTIONS);
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe('extractClaims: one claim per sentence, with ids and spans', () => {
  const text = 'Harbour fire\n\nFire destroyed three ships on Quay 7 on Tuesday. The coast guard said the channel will reopen next week.';
  const claims = extractClaims(text, OPTIONS);

  it('skips a verbless headline and numbers claims by sentence', () => {
    expect(claims.map((c) => c.id)).toEqual(['art1#1.0', 'art1#2.0']);
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('fills every part with spans into the article text', () => {
    const [fire, reopen] = claims;
    expect(fire!.actor?.text).toBe('Fire');
    expect(fire!.action).toMatchObject({ text: 'destroyed', lemma: 'destroi' });
    expect(fire!.objects.map((o) => [o.text, o.preposition])).toEqual([['three ships', null], ['on Quay 7', 'on'], ['on Tuesday', 'on']]);
    expect(fire!.quantities.map((q) => [q.value, q.unit])).toEqual([[3, 'ship']]);
    expect(fire!.dates.map((d) => d.value)).toEqual(['2024-06-04']);
    expect(fire!.places.map((p) => p.text)).toEqual(['Quay 7']);
    expect(fire!.status.kind).toBe('done');
    expect(fire!.modality.kind).toBe('reported');
    for (const ref of [fire!.actor!, fire!.action!, ...fire!.objects, ...fire!.quantities, ...fire!.dates, ...fire!.places]) {
      expect(text.slice(ref.start, ref.end)).toBe(ref.text);
    }
    expect(reopen!.attribution).toMatchObject({ kind: 'source', source: { text: 'The coast guard' }, verb: { text: 'said' } });
    expect(reopen!.actor?.text).toBe('the channel');
    expect(reopen!.action?.text).toBe('will reopen');
    expect(reopen!.status.kind).toBe('planned');
    expect(reopen!.dates.map((d) => [d.value, d.granularity])).toEqual([['2024-W24', 'week']]);
  });

  it('is deterministic and JSON-serialisable', () => {
    expect(extractClaims(text, OPTIONS)).toEqual(claims);
    expect(JSON.parse(JSON.stringify(claims))).toEqual(claims);
  });
});

describe('extractClaims: actors', () => {
  it('skips openers, appositives and the attribution clause', () => {
    expect(only('On Monday, the two leaders signed the accord.').actor?.text).toBe('the two leaders');
    expect(only('José Müller, the foreign minister, rejected the plan.').actor?.text).toBe('José Müller');
    expect(only('Officials said the ferry had struck a reef.').actor?.text).toBe('the ferry');
    expect(only('"The ferry struck a reef," the captain told reporters.').actor?.text).toBe('The ferry');
  });

  it('makes the speaker the actor of a directive', () => {
    const c = only('The coast guard urged small craft to stay out of the basin.');
    expect([c.actor?.text, c.action?.text]).toEqual(['The coast guard', 'urged']);
  });

  it('reads short regular past forms as verbs ("died", "sued"), not "shed" or "need"', () => {
    expect(only('Twelve people died in the fire on Quay 7.').action?.text).toBe('died');
    expect(only('The owners sued the harbour board on Friday.').status.kind).toBe('done');
    expect(extractClaims('Storage shed near the quay', OPTIONS)).toHaveLength(0);
  });

  it('keeps the verb group whole', () => {
    expect(only('The inquiry has been delayed again.').action?.text).toBe('has been delayed');
    expect(only('Neither side did not attend.').action?.text).toBe('did not attend');
    expect(only('Both countries agreed to reopen the crossing.').action).toMatchObject({ text: 'agreed to reopen', lemma: 'reopen' });
  });
});

describe('extractClaims: negation', () => {
  it('marks negated statements and the cue', () => {
    expect(only('The ministry did not confirm the toll.')).toMatchObject({ negated: true, negation: { text: 'not' } });
    expect(only('No injuries were reported at the pier.')).toMatchObject({ negated: true, negation: { text: 'No' } });
    expect(only('The crew never left the bridge.').negated).toBe(true);
    expect(only("The ferry didn't sail.").negated).toBe(true);
  });

  it('marks a denial as negating what is denied', () => {
    expect(only('The navy denied that its ships entered the strait.')).toMatchObject({ negated: true, negation: { text: 'denied' } });
  });

  it('does not read quantity bounds or "not only" as negation', () => {
    expect(only('No more than 40 boats took part.').negated).toBe(false);
    expect(only('The fire destroyed not only the tanker but the tug.').negated).toBe(false);
    expect(only('The patrols began on Monday.').negated).toBe(false);
  });
});

describe('extractClaims: clauses and quotations', () => {
  it('splits "; " and ", and" + a new subject into two claims that tile the sentence', () => {
    const text = 'Fire broke out on Quay 7, and three ships were destroyed; the harbour is closed.';
    const claims = extractClaims(text, OPTIONS);
    expect(claims.map((c) => c.id)).toEqual(['art1#0.0', 'art1#0.1', 'art1#0.2']);
    expect(claims.map((c) => c.actor?.text)).toEqual(['Fire', 'three ships', 'the harbour']);
    expect(claims.map((c) => c.status.kind)).toEqual(['done', 'done', 'ongoing']);
    expect(claims[0]!.start).toBe(0);
    expect(claims[2]!.end).toBe(text.length);
  });

  it('does not split lists or a shared subject', () => {
    expect(extractClaims('Tugs, barges, and two ferries were damaged.', OPTIONS)).toHaveLength(1);
    expect(extractClaims('The leaders met on Monday, and signed the accord.', OPTIONS)).toHaveLength(1);
  });

  it('gives a split clause its own speaker when it names one, else the sentence\'s', () => {
    const claims = extractClaims('Reports suggest the fire began in a pump room; officials said it was too early to tell.', OPTIONS);
    expect(claims.map((c) => c.attribution.kind)).toEqual(['reports', 'source']);
  });

  it('gives a quotation the speaker named in the next sentence', () => {
    const claims = extractClaims('"The strait has divided us for too long. From today it is shared," Marand told reporters.', OPTIONS);
    expect(claims).toHaveLength(2);
    expect(claims.map((c) => c.attribution.kind === 'none' ? null : c.attribution.source.text)).toEqual(['Marand', 'Marand']);
    expect(claims.map((c) => c.modality.kind)).toEqual(['attributed', 'attributed']);
  });

  it('reads a dateline as a place and leaves it out of the grammar', () => {
    const c = only('PORT AVEL, March 4 (Meridian Wire) - Veloria and Tarsany signed an accord on Monday.');
    expect(c.actor?.text).toBe('Veloria and Tarsany');
    expect(c.places[0]).toMatchObject({ text: 'PORT AVEL', cue: 'dateline' });
  });

  it('throws on misuse: an empty article id or a publication date that is not a date', () => {
    expect(() => extractClaims('The ship sank.', { articleId: '', publishedAt: null })).toThrow(/articleId/);
    expect(() => extractClaims('The ship sank.', { articleId: 'a', publishedAt: 'soon' })).toThrow(/publishedAt/);
  });
});

describe('findPlaces', () => {
  const places = (sentence: string) => findPlaces(sentence, 0).map((p) => [p.text, p.cue]);

  it('finds places after locative prepositions, with place words and markers', () => {
    expect(places('Four people died in Varro and the village of Selm.')).toEqual([['Varro', 'in'], ['Selm', 'village of']]);
    expect(places('The epicentre was near Varro, in the Halden valley.')).toEqual([['Varro', 'near'], ['Halden', 'valley']]);
    expect(places('Patrols will cover the Strait of Kesh from Port Avel.')).toEqual([['Strait of Kesh', 'strait'], ['Port Avel', 'port']]);
    expect(places('The leaders met at the Admiralty Hall.')).toEqual([['Admiralty Hall', 'hall']]);
  });

  it('does not take organisations, documents, people or demonyms for places', () => {
    expect(places('The figures came from the Caldrian Geological Survey.')).toEqual([]);
    expect(places('Both sides signed the Port Avel Accord.')).toEqual([]);
    expect(places('Prime Minister Jarek Sol-Varenne met Velorian officials.')).toEqual([]);
    expect(places('The bill goes to the Tarsan parliament.')).toEqual([]);
  });
});

describe('extractClaims over the demo corpus', () => {
  const texts: { locator: string; text: string; publishedAt: string | null }[] = [];
  beforeAll(async () => {
    for (const a of await demoArticles()) texts.push({ locator: a.locator, text: a.text, publishedAt: a.publishedAt });
  });

  it('extracts claims from every article with every span inside the text', () => {
    expect(texts.length).toBe(36);
    let total = 0;
    for (const { locator, text, publishedAt } of texts) {
      const claims = extractClaims(text, { articleId: locator, publishedAt });
      expect(claims.length, locator).toBeGreaterThan(0);
      expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
      for (const c of claims) {
        expect(text.slice(c.start, c.end)).toBe(c.text);
        const refs = [c.actor, c.action, c.negation, c.status.cue, ...c.objects, ...c.quantities, ...c.dates, ...c.places, ...c.modality.cues,
          ...(c.attribution.kind === 'none' ? [] : [c.attribution.source, c.attribution.verb])];
        for (const ref of refs) {
          if (ref === null) continue;
          expect(ref.start, `${c.id} ${ref.text}`).toBeGreaterThanOrEqual(0);
          expect(ref.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(ref.start, ref.end), c.id).toBe(ref.text);
        }
        for (const q of c.quantities) expect(Number.isFinite(q.value)).toBe(true);
        for (const d of c.dates) expect(d.value === null || /^\d{4}(?:-(?:W\d\d|\d\d(?:-\d\d)?))?$/.test(d.value)).toBe(true);
      }
      total += claims.length;
    }
    expect(total).toBeGreaterThan(300);
  });

  it('reports the planted status and modality differences of the demo', () => {
    const all = texts.flatMap(({ locator, text, publishedAt }) => extractClaims(text, { articleId: locator, publishedAt }));
    expect(all.some((c) => /announced plans to hold/.test(c.text) && c.status.kind === 'planned')).toBe(true);
    expect(all.some((c) => /\bhints? at\b|may signify/.test(c.text) && c.modality.kind === 'hedged')).toBe(true);
    expect(all.some((c) => /urged/.test(c.text) && c.attribution.kind === 'source' && /coast guard/i.test(c.attribution.source.text))).toBe(true);
  });
});
