import { describe, expect, it } from 'vitest';
import { cleanResidue } from '../../../src/extract/residue/clean-residue.js';
import { isTagRun } from '../../../src/extract/residue/04-tag-run.js';

const title = 'Leaders meet in Avel';

describe('cleanResidue', () => {
  it('removes a tag run glued to the last sentence and keeps it as evidence', () => {
    const text = 'The talks lasted four hours.\n\nBoth sides called them useful.politicsWhat the Summit MeansVeloria TarsanyPresident Ilse Marand';
    const result = cleanResidue(text, { title });
    expect(result.text).toBe('The talks lasted four hours.\n\nBoth sides called them useful.');
    expect(result.signals).toEqual([{ kind: 'residue.tag-run', evidence: 'politicsWhat the Summit MeansVeloria TarsanyPresident Ilse Marand', confidence: 0.85 }]);
  });

  it('removes a tag run on a line of its own, and labelled tag lines', () => {
    expect(cleanResidue('Body sentence.\n\nworldSummitsVeloriaDiplomacy', { title }).text).toBe('Body sentence.');
    expect(cleanResidue('Body sentence.\n\nTags: summit, Veloria, diplomacy', { title }).signals[0]?.kind).toBe('residue.tag-run');
  });

  it('does not take names and brands for tag runs', () => {
    expect(isTagRun('Reporting by Ana McDonald and Luc DeVito')).toBe(false);
    expect(isTagRun('watch it on YouTube or PayPal')).toBe(false);
    const text = 'The minister spoke to Ana McDonald on YouTube';
    expect(cleanResidue(text, { title }).text).toBe(text);
  });

  it('removes a repeated title and a bare metadata line at the top, in either order', () => {
    const a = cleanResidue(' posted 2024-02-01\nLeaders Meet in Avel\nThe talks began.', { title });
    expect(a.text).toBe('The talks began.');
    expect(a.signals.map((s) => s.kind)).toEqual(['residue.repeated-title', 'residue.metadata-line']);
    expect(a.metadata).toEqual([{ field: 'published', value: '2024-02-01' }]);
    const b = cleanResidue('Leaders meet in Avel\nposted 2024-02-01\nThe talks began.', { title });
    expect(b.text).toBe('The talks began.');
    expect(b.signals.map((s) => s.kind)).toEqual(['residue.repeated-title', 'residue.metadata-line']);
  });

  it('removes share and cookie lines but keeps sentences that mention them', () => {
    const text = 'Share this article\nThe talks began.\nWe use cookies to improve your experience.\nThe bakery sold cookies to delegates, the mayor said.';
    const result = cleanResidue(text, { title });
    expect(result.text).toBe('The talks began.\nThe bakery sold cookies to delegates, the mayor said.');
    expect(result.signals.map((s) => s.evidence)).toEqual(['Share this article', 'We use cookies to improve your experience.']);
  });
});
