import { describe, expect, it } from 'vitest';
import { DEFAULT_FIELD_MAP, fieldMapWith } from '../../src/ingest/field-map.js';
import { lookupField, publishedValue } from '../../src/ingest/formats/field-values.js';
import { placeOf, wholeInput } from '../../src/ingest/formats/ingest-items.js';
import { recordToItem } from '../../src/ingest/formats/record-to-document.js';

const place = placeOf('dump.jsonl', 'line', 7);

function map(record: unknown, fieldMap = DEFAULT_FIELD_MAP) {
  return recordToItem(record, place, fieldMap);
}

describe('recordToItem: field mapping', () => {
  it('maps every target from the default names, with the locator of the place', () => {
    expect(map({
      title: 'Dam breaks upstream', text: 'The dam broke at 4 a.m.', url: 'https://example.com/a',
      published: '2024-03-05T10:00:00Z', author: 'Ann Lee', outlet: 'Daily Example', language: 'en',
    })).toEqual({
      kind: 'document',
      document: {
        origin: { input: 'dump.jsonl', locator: 'dump.jsonl#line=7' },
        body: { kind: 'record', text: 'The dam broke at 4 a.m.' },
        hints: {
          title: 'Dam breaks upstream', url: 'https://example.com/a', published: '2024-03-05T10:00:00Z',
          author: 'Ann Lee', outlet: 'Daily Example', language: 'en',
        },
      },
    });
  });

  it('falls back through the candidate names: headline, body, link, publishedAt, byline, source.name', () => {
    const item = map({
      headline: 'Storm', body: 'Rain all day.', link: 'https://e.com/s', publishedAt: '2024-01-02',
      byline: 'Bo', source: { id: 'x', name: 'Wire' }, lang: 'de',
    });
    expect(item).toMatchObject({ kind: 'document', document: {
      body: { kind: 'record', text: 'Rain all day.' },
      hints: { title: 'Storm', url: 'https://e.com/s', published: '2024-01-02', author: 'Bo', outlet: 'Wire', language: 'de' },
    } });
  });

  it('prefers earlier candidates: text over content, title over headline', () => {
    expect(map({ content: 'second', text: 'first', headline: 'H2', title: 'H1' })).toMatchObject({
      document: { body: { text: 'first' }, hints: { title: 'H1' } },
    });
  });

  it('skips a blank earlier candidate and uses the next one', () => {
    expect(map({ text: '   ', content: 'Real text.' })).toMatchObject({ document: { body: { text: 'Real text.' } } });
  });

  it('joins author arrays of strings and of objects with a name, without duplicates', () => {
    expect(map({ text: 't', authors: ['Ann', 'Bo', 'Ann'] })).toMatchObject({ document: { hints: { author: 'Ann, Bo' } } });
    expect(map({ text: 't', author: [{ '@type': 'Person', name: 'Cy' }, { name: 'Di' }] }))
      .toMatchObject({ document: { hints: { author: 'Cy, Di' } } });
    expect(map({ text: 't', author: { name: 'Ed' } })).toMatchObject({ document: { hints: { author: 'Ed' } } });
  });

  it('reads outlet and publisher objects by their name', () => {
    expect(map({ text: 't', publisher: { name: 'The Paper' } })).toMatchObject({ document: { hints: { outlet: 'The Paper' } } });
  });

  it('turns unix seconds and milliseconds into ISO 8601, and keeps written dates as written', () => {
    expect(map({ text: 't', published: 1709632800 })).toMatchObject({ document: { hints: { published: '2024-03-05T10:00:00.000Z' } } });
    expect(map({ text: 't', timestamp: 1709632800000 })).toMatchObject({ document: { hints: { published: '2024-03-05T10:00:00.000Z' } } });
    expect(publishedValue('1709632800')).toBe('2024-03-05T10:00:00.000Z');
    expect(publishedValue('20240305')).toBe('20240305');
    expect(publishedValue('Tue, 05 Mar 2024 10:00:00 GMT')).toBe('Tue, 05 Mar 2024 10:00:00 GMT');
  });

  it('applies --field overrides instead of the defaults', () => {
    const fieldMap = fieldMapWith({ text: 'story', title: 'meta.heading', outlet: 'meta.site' });
    expect(map({ story: 'Override text.', text: 'ignored', meta: { heading: 'Nested', site: 'Site' } }, fieldMap))
      .toMatchObject({ document: { body: { text: 'Override text.' }, hints: { title: 'Nested', outlet: 'Site' } } });
    expect(map({ text: 'no story field' }, fieldMap)).toMatchObject({
      kind: 'failure', failure: { code: 'CC_RECORD_INVALID', message: 'line 7: no usable text field (tried story, html, raw_html, rawHtml)' },
    });
  });

  it('passes a text field holding page markup on as HTML, wrapped into a page with the title', () => {
    const item = map({ title: 'A & B', text: '<p>First paragraph.</p><p>Second.</p>' });
    expect(item).toMatchObject({ kind: 'document', document: { body: { kind: 'html' } } });
    const html = item.kind === 'document' && item.document.body.kind === 'html' ? item.document.body.html : '';
    expect(html).toContain('<title>A &amp; B</title>');
    expect(html).toContain('<article>\n<p>First paragraph.</p><p>Second.</p>\n</article>');
  });

  it('keeps text with only inline tags, or not starting with a tag, as record text', () => {
    expect(map({ text: '<b>Berlin</b> — the city said on Monday.' })).toMatchObject({ document: { body: { kind: 'record' } } });
    expect(map({ text: 'Intro. <p>para</p>' })).toMatchObject({ document: { body: { kind: 'record' } } });
  });

  it('uses the html field when there is no text, and keeps a whole page unwrapped', () => {
    const page = '<!DOCTYPE html><html><body><p>Page</p></body></html>';
    expect(map({ raw_html: page })).toMatchObject({ document: { body: { kind: 'html', html: page } } });
  });

  it('joins paragraph arrays and reads WordPress { rendered } values', () => {
    expect(map({ content: ['One.', 'Two.'] })).toMatchObject({ document: { body: { text: 'One.\n\nTwo.' } } });
    expect(map({ title: { rendered: 'WP title' }, content: { rendered: 'WP text' } }))
      .toMatchObject({ document: { body: { text: 'WP text' }, hints: { title: 'WP title' } } });
  });

  it('names the fields tried and the unusable one when there is no text', () => {
    expect(map({ title: 'only a title', body: 42 })).toEqual({
      kind: 'failure',
      failure: {
        input: 'dump.jsonl#line=7', code: 'CC_RECORD_INVALID',
        message: 'line 7: no usable text field (tried text, body, content, articleBody, article_body, maintext, description, '
          + 'html, raw_html, rawHtml); "body" is a number',
      },
    });
  });

  it('rejects values that are not objects, saying what they are', () => {
    expect(map([1, 2])).toMatchObject({ failure: { message: 'line 7: expected a JSON object, got an array' } });
    expect(map('text')).toMatchObject({ failure: { message: 'line 7: expected a JSON object, got a string' } });
    expect(map(null)).toMatchObject({ failure: { message: 'line 7: expected a JSON object, got null' } });
  });

  it('labels a single-record input without a place prefix', () => {
    expect(recordToItem({}, wholeInput('one.json'), DEFAULT_FIELD_MAP)).toMatchObject({
      failure: { input: 'one.json', message: expect.stringMatching(/^no usable text field/) },
    });
  });
});

describe('lookupField', () => {
  it('prefers a literal dotted key, then the nested path, then a case-insensitive match', () => {
    expect(lookupField({ 'source.name': 'flat', source: { name: 'nested' } }, 'source.name')).toBe('flat');
    expect(lookupField({ source: { name: 'nested' } }, 'source.name')).toBe('nested');
    expect(lookupField({ Title: 'Capital' }, 'title')).toBe('Capital');
    expect(lookupField({ source: 'plain' }, 'source.name')).toBeUndefined();
  });
});
