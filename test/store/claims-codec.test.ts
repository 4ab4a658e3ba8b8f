import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/analyze/claims.js';
import { claimsExtractorVersion } from '../../src/analyze/claims-fingerprint.js';
import type { Claim } from '../../src/model/claim.js';
import { decodeClaims, encodeClaims } from '../../src/store/claims-codec.js';

const text = [
  'PORT AVEL, March 4 (Meridian Wire) - Three ships ran aground near Halvik on Tuesday, the coast guard said.',
  'About 1.5 million litres of fuel may have leaked, according to officials.',
  '"We will hold an inquiry by June," Mayor Ilse Marand told reporters.',
].join('\n\n');
const claims = extractClaims(text, { articleId: 'a1', publishedAt: '2024-03-06T10:00:00Z' });

describe('stored claims (claims-codec.ts)', () => {
  it('restores exactly the extracted claims, keys in place, from the article text', () => {
    expect(claims.length).toBeGreaterThanOrEqual(3);
    const decoded = decodeClaims(encodeClaims(claims, text), text);
    expect(decoded).toEqual(claims);
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(claims));
  });

  it('leaves out the text every span quotes, and keeps a text that is not its span', () => {
    const encoded = encodeClaims(claims, text);
    expect(encoded.length).toBeLessThan(JSON.stringify(claims).length * 0.9);
    expect(encoded).not.toContain('Three ships ran aground');
    const odd: Claim[] = [{ ...claims[0]!, text: 'a rewritten claim text' }];
    const back = decodeClaims(encodeClaims(odd, text), text);
    expect(back[0]!.text).toBe('a rewritten claim text');
    expect(back[0]!.actor).toEqual(claims[0]!.actor);
  });
});

describe('claims extractor version (claims-fingerprint.ts)', () => {
  it('names the format and a hash of what the extractor makes of its probe, the same every time', () => {
    const version = claimsExtractorVersion();
    expect(version).toMatch(/^claims\/1:[0-9a-f]{16}$/);
    expect(claimsExtractorVersion()).toBe(version);
  });
});
