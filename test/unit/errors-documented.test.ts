import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/model/error-codes.js';

describe('error codes', () => {
  const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
  const documented = new Set([...doc.matchAll(/^\| `(CC_[A-Z0-9_]+)` \|/gm)].map((m) => m[1]));

  it('documents every code in docs/errors.md', () => {
    const missing = Object.keys(ERROR_CODES).filter((code) => !documented.has(code));
    expect(missing).toEqual([]);
  });

  it('documents no code that does not exist', () => {
    const unknown = [...documented].filter((code) => !(code! in ERROR_CODES));
    expect(unknown).toEqual([]);
  });

  it('uses only codes that follow the CC_ naming rule', () => {
    for (const code of Object.keys(ERROR_CODES)) expect(code).toMatch(/^CC_[A-Z0-9_]+$/);
  });
});
