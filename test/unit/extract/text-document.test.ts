import { describe, expect, it } from 'vitest';
import { parseMetadataLine } from '../../../src/extract/text/metadata-line.js';
import { parseTextDocument } from '../../../src/extract/text/text-document.js';

describe('parseMetadataLine', () => {
  it('recognises date, byline, source, url and language lines', () => {
    expect(parseMetadataLine('date 2023-01-02')).toEqual([{ field: 'published', value: '2023-01-02' }]);
    expect(parseMetadataLine('posted: 5 March 2024 14:00')).toEqual([{ field: 'published', value: '5 March 2024 14:00' }]);
    expect(parseMetadataLine('Updated 2024-03-06')).toEqual([{ field: 'updated', value: '2024-03-06' }]);
    expect(parseMetadataLine('By Jane Doe')).toEqual([{ field: 'author', value: 'Jane Doe' }]);
    expect(parseMetadataLine('By Ana Petrov | 5 March 2024')).toEqual([{ field: 'author', value: 'Ana Petrov' }, { field: 'published', value: '5 March 2024' }]);
    expect(parseMetadataLine('Source: Harbour Post')).toEqual([{ field: 'outlet', value: 'Harbour Post' }]);
    expect(parseMetadataLine('url: https://a.example/x')).toEqual([{ field: 'url', value: 'https://a.example/x' }]);
  });

  it('leaves prose alone', () => {
    expect(parseMetadataLine('By the end of the week the ministry had not answered.')).toEqual([]);
    expect(parseMetadataLine('Date night ideas for the summer')).toEqual([]);
    expect(parseMetadataLine('The summit was posted as a success.')).toEqual([]);
  });
});

describe('parseTextDocument', () => {
  it('takes the first line as title and the header lines under it as metadata', () => {
    const parsed = parseTextDocument('Leaders meet in Avel\ndate 2024-03-05\nBy Ana Petrov\nSource: Harbour Post\n\nFirst paragraph.\n\nSecond.');
    expect(parsed.title).toBe('Leaders meet in Avel');
    expect(parsed.body).toBe('\nFirst paragraph.\n\nSecond.');
    expect(parsed.metadata.map((m) => m.field)).toEqual(['published', 'author', 'outlet']);
    expect(parsed.signals).toEqual([]);
  });

  it('treats metadata above the title as scraping residue', () => {
    const parsed = parseTextDocument(' posted 2024-02-01\nLeaders meet in Avel\n\nBody text here.');
    expect(parsed.title).toBe('Leaders meet in Avel');
    expect(parsed.metadata).toEqual([{ field: 'published', value: '2024-02-01' }]);
    expect(parsed.signals).toEqual([{ kind: 'residue.metadata-line', evidence: ' posted 2024-02-01', confidence: 0.9 }]);
  });

  it('strips a Markdown heading marker from the title', () => {
    expect(parseTextDocument('# A *real* headline\n\nBody.').title).toBe('A *real* headline');
  });
});
