import { describe, expect, it } from 'vitest';
import type { CrosscheckError } from '../../../src/model/crosscheck-error.js';
import { charsetFromContentType, decodeText, looksBinary, sniffMarkupCharset } from '../../../src/text/decode.js';

// "Привет" in windows-1251, and "José Müller" in ISO-8859-1: written out byte by byte, no iconv needed.
const PRIVET_1251 = Uint8Array.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
const JOSE_LATIN1 = Uint8Array.from([0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]);
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function errorOf(run: () => unknown): CrosscheckError {
  try {
    run();
  } catch (error) {
    return error as CrosscheckError;
  }
  throw new Error('expected an error');
}

describe('decodeText', () => {
  it('decodes UTF-8 and strips a UTF-8 byte order mark', () => {
    expect(decodeText(new TextEncoder().encode('Ünïcödé'))).toBe('Ünïcödé');
    expect(decodeText(concat(Uint8Array.from([0xef, 0xbb, 0xbf]), ascii('hi')))).toBe('hi');
  });

  it('decodes UTF-16 with its BOM', () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00]))).toBe('hi');
  });

  it('decodes a declared windows-1251 and ISO-8859-1', () => {
    expect(decodeText(PRIVET_1251, { declared: 'windows-1251' })).toBe('Привет');
    expect(decodeText(JOSE_LATIN1, { declared: 'ISO-8859-1' })).toBe('José Müller');
  });

  it('finds the charset a page declares in <meta> and an XML declaration', () => {
    const page = concat(ascii('<html><head><meta charset="windows-1251"><title>'), PRIVET_1251, ascii('</title>'));
    expect(decodeText(page, { sniffMarkup: true })).toContain('<title>Привет</title>');
    const httpEquiv = concat(ascii('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>'), JOSE_LATIN1);
    expect(decodeText(httpEquiv, { sniffMarkup: true })).toContain('José Müller');
    expect(sniffMarkupCharset(ascii('<?xml version="1.0" encoding="windows-1251"?><rss/>'))).toBe('windows-1251');
  });

  it('lets a header charset beat the markup, and a BOM beat both', () => {
    const page = concat(ascii('<meta charset="utf-8"><p>'), JOSE_LATIN1);
    expect(decodeText(page, { declared: 'iso-8859-1', sniffMarkup: true })).toContain('José');
    expect(decodeText(concat(Uint8Array.from([0xef, 0xbb, 0xbf]), ascii('ok')), { declared: 'windows-1251' })).toBe('ok');
  });

  it('refuses undeclared bytes that are not UTF-8, naming the offset', () => {
    const error = errorOf(() => decodeText(concat(ascii('abc'), JOSE_LATIN1)));
    expect(error.code).toBe('CC_INVALID_UTF8');
    expect(error.message).toContain('offset 6');
  });

  it('uses --encoding only when nothing is declared', () => {
    expect(decodeText(PRIVET_1251, { fallback: 'windows-1251' })).toBe('Привет');
  });

  it('reports an unknown charset and a declaration the bytes contradict', () => {
    expect(errorOf(() => decodeText(ascii('x'), { declared: 'klingon-8' })).code).toBe('CC_UNKNOWN_CHARSET');
    expect(errorOf(() => decodeText(JOSE_LATIN1, { declared: 'utf-8' })).code).toBe('CC_CHARSET_MISMATCH');
  });

  it('reads the charset of a Content-Type header', () => {
    expect(charsetFromContentType('text/html; charset="Windows-1251"')).toBe('Windows-1251');
    expect(charsetFromContentType('text/html')).toBeUndefined();
  });
});

describe('looksBinary', () => {
  it('flags NUL bytes and control-heavy data, not text', () => {
    expect(looksBinary(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toBe(true);
    expect(looksBinary(Uint8Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))).toBe(true);
    expect(looksBinary(new TextEncoder().encode('Plain prose,\twith tabs\r\nand lines.'))).toBe(false);
    expect(looksBinary(Uint8Array.from([0xff, 0xfe, 0x68, 0x00]))).toBe(false);
  });
});
