import { describe, expect, it } from 'vitest';
import { checkClaim } from '../../../src/corroborate/stance.js';
import { contentStemCounts, inverseDocumentFrequency, readStanceBody, stanceEvidence, stanceFeatures } from '../../../src/corroborate/stance-features.js';
import { buildTopicSpace, topicCosine } from '../../../src/corroborate/topic-space.js';
import { STANCE_ARTICLES, STANCE_CLAIM } from './stance-fixture.js';

const articles = Object.entries(STANCE_ARTICLES).map(([id, text]) => ({ id, body: readStanceBody(text) }));
const byId = new Map(checkClaim(STANCE_CLAIM, articles).map((s) => [s.articleId, s]));

describe('claim stance', () => {
  it('tells the articles about the claim from those about something else', () => {
    expect(byId.get('unrelated')!.stance).toBe('unrelated');
    expect(byId.get('unrelated2')!.stance).toBe('unrelated');
    for (const id of ['agree', 'disagree', 'discuss']) expect(byId.get(id)!.stance, id).not.toBe('unrelated');
  });

  it('reads a refutation as disagreeing and a hedged report as discussing', () => {
    expect(byId.get('disagree')!.stance).toBe('disagree');
    expect(byId.get('discuss')!.stance).toBe('discuss');
    // The article that states the resignation leans further towards agreeing than the one calling it a hoax.
    expect(byId.get('agree')!.probabilities.agree).toBeGreaterThan(byId.get('disagree')!.probabilities.agree);
    expect(byId.get('disagree')!.probabilities.disagree).toBeGreaterThan(byId.get('agree')!.probabilities.disagree);
    // Stating it in the outlet's voice leans further towards agreeing than reporting unconfirmed sources.
    expect(byId.get('agree')!.probabilities.agree).toBeGreaterThan(byId.get('discuss')!.probabilities.agree);
  });

  it('gives probabilities that sum to one, and the same answer every time', () => {
    for (const s of byId.values()) expect(Object.values(s.probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(checkClaim(STANCE_CLAIM, articles)).toEqual([...byId.values()]);
  });

  it('shows the sentence about the claim with the cues that weigh for a side', () => {
    const evidence = byId.get('disagree')!.evidence;
    expect(evidence[0]!.text).toContain('are false');
    expect(evidence[0]!.cues).toContainEqual({ kind: 'refute', text: 'false' });
    expect(byId.get('unrelated')!.evidence).toEqual([]);
  });

  it('does not read "claiming four lives" as a hedge, but "claims that" as one', () => {
    const body = readStanceBody('The quake struck on Monday, claiming four lives. Officials claim that the toll may rise.');
    const cues = stanceEvidence('quake claiming four lives', body, () => 1, 5).flatMap((e) => e.cues.map((c) => c.text));
    expect(cues).not.toContain('claiming');
    expect(cues).toContain('claim');
  });

  it('weighs rare shared words above common ones', () => {
    const bodies = ['The council met on Monday.', 'The council met again on Tuesday.', 'The council discussed Ostin and the bridge.'].map(readStanceBody);
    const idf = inverseDocumentFrequency(bodies);
    expect(idf('ostin')).toBeGreaterThan(idf('council'));
    const plain = stanceFeatures('Ostin council', bodies[0]!, idf);
    expect(plain.cover).toBeLessThan(0.5); // shares only the common word
    expect(stanceFeatures('Ostin council', bodies[2]!, idf).cover).toBe(1);
  });
});

describe('topic space', () => {
  it('brings together words that occur in the same articles, though the texts share none', () => {
    const texts = [
      'Three-boobed woman says surgeons gave her a third breast.',
      'The woman with a third breast implant says the surgery cost her twenty thousand dollars.',
      'Her breast implant surgery was a hoax, a Tampa clinic said of the three-boobed woman.',
      'Rail workers strike over pay as trains are cancelled.',
      'The rail operator cancelled trains during the pay strike.',
      'Union leaders said rail strike talks would resume.',
    ];
    const bodies = texts.map(readStanceBody);
    const space = buildTopicSpace(bodies, inverseDocumentFrequency(bodies), 2);
    const claim = space.project(contentStemCounts('three-boobed'));
    const implant = space.project(readStanceBody('A breast implant surgery.').counts);
    const strike = space.project(readStanceBody('Trains cancelled in the rail strike.').counts);
    expect(topicCosine(claim, implant)).toBeGreaterThan(0.5);
    expect(topicCosine(claim, implant)).toBeGreaterThan(topicCosine(claim, strike) + 0.4);
  });

  it('is deterministic and empty for an empty set', () => {
    const bodies = ['alpha beta gamma', 'beta gamma delta', 'gamma delta alpha'].map(readStanceBody);
    const w = inverseDocumentFrequency(bodies);
    expect([...buildTopicSpace(bodies, w).project(bodies[0]!.counts)]).toEqual([...buildTopicSpace(bodies, w).project(bodies[0]!.counts)]);
    expect(buildTopicSpace([], w).project(bodies[0]!.counts).length).toBe(0);
  });
});
