import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIELD_MAP } from '../../src/ingest/field-map.js';
import { readJsonDocument, readJsonLines } from '../../src/ingest/formats/json-records.js';
import { asyncLines, collect, documents, failures, outline } from './helpers.js';

const ctx = { input: 'news.jsonl', fieldMap: DEFAULT_FIELD_MAP };

describe('readJsonLines', () => {
  it('yields one document per line with 1-based line locators, counting blank lines', async () => {
    const items = await collect(readJsonLines(asyncLines([
      '{"title":"One","text":"First story.","url":"https://e.com/1","source":{"name":"Wire"}}',
      '',
      '{"headline":"Two","body":"Second story.","authors":["A","B"],"published_at":1709632800}',
    ]), ctx));
    expect(outline(items)).toEqual(['document news.jsonl#line=1', 'document news.jsonl#line=3']);
    const [one, two] = documents(items);
    expect(one).toEqual({
      origin: { input: 'news.jsonl', locator: 'news.jsonl#line=1' },
      body: { kind: 'record', text: 'First story.' },
      hints: { title: 'One', url: 'https://e.com/1', outlet: 'Wire' },
    });
    expect(two?.hints).toEqual({ title: 'Two', author: 'A, B', published: '2024-03-05T10:00:00.000Z' });
  });

  it('fails a line of the wrong type alone and reads the lines around it', async () => {
    const items = await collect(readJsonLines(asyncLines([
      '{"title":"A","text":"a"}', '["not","an","object"]', '"just a string"', '42', '{"title":"B","text":"b"}',
    ]), ctx));
    expect(outline(items)).toEqual([
      'document news.jsonl#line=1', 'failure news.jsonl#line=2 CC_RECORD_INVALID', 'failure news.jsonl#line=3 CC_RECORD_INVALID',
      'failure news.jsonl#line=4 CC_RECORD_INVALID', 'document news.jsonl#line=5',
    ]);
    expect(failures(items).map((f) => f.message)).toEqual([
      'line 2: expected a JSON object, got an array',
      'line 3: expected a JSON object, got a string',
      'line 4: expected a JSON object, got a number',
    ]);
  });

  it('fails a broken line in the middle with CC_JSON_INVALID and the column, and goes on', async () => {
    const items = await collect(readJsonLines(asyncLines([
      '{"text":"a"}', '{"text":"b",', '{"text": "c" "d"}', '{"text":"e"}',
    ]), ctx));
    expect(outline(items)).toEqual([
      'document news.jsonl#line=1', 'failure news.jsonl#line=2 CC_JSON_INVALID',
      'failure news.jsonl#line=3 CC_JSON_INVALID', 'document news.jsonl#line=4',
    ]);
    expect(failures(items)[1]?.message).toBe("line 3: not valid JSON at column 14: Expected ',' or '}' after property value");
    expect(failures(items)[0]?.message).toMatch(/^line 2: not valid JSON/);
  });

  it('fails an object without text, naming the fields tried', async () => {
    const [item] = await collect(readJsonLines(asyncLines(['{"title":"no body","url":"https://e.com"}']), ctx));
    expect(item).toEqual({ kind: 'failure', failure: {
      input: 'news.jsonl#line=1', code: 'CC_RECORD_INVALID',
      message: 'line 1: no usable text field (tried text, body, content, articleBody, article_body, maintext, description, html, raw_html, rawHtml)',
    } });
  });

  it('reads a BOM and CRLF line ends from a real readline stream', async () => {
    const stream = Readable.from([Buffer.from('\uFEFF{"text":"bom"}\r\n{"te'), Buffer.from('xt":"split chunk"}\r\n')]);
    const items = await collect(readJsonLines(createInterface({ input: stream, crlfDelay: Infinity }), ctx));
    expect(documents(items).map((d) => d.body.kind === 'record' && d.body.text)).toEqual(['bom', 'split chunk']);
  });
});

describe('readJsonDocument', () => {
  const doc = (text: string) => collect(readJsonDocument(text, { input: 'a.json', fieldMap: DEFAULT_FIELD_MAP }));

  it('reads an array with 0-based index locators', async () => {
    const items = await doc('[{"title":"A","text":"a"}, 5, {"title":"C","content":"c"}]');
    expect(outline(items)).toEqual(['document a.json#index=0', 'failure a.json#index=1 CC_RECORD_INVALID', 'document a.json#index=2']);
    expect(failures(items)[0]?.message).toBe('index 1: expected a JSON object, got a number');
  });

  it.each(['articles', 'items', 'data', 'results', 'documents'])('reads the array wrapped under "%s"', async (key) => {
    const items = await doc(JSON.stringify({ status: 'ok', total: 2, [key]: [{ text: 'x' }, { text: 'y' }] }));
    expect(outline(items)).toEqual(['document a.json#index=0', 'document a.json#index=1']);
  });

  it('reads an array wrapped one level down, as the Guardian API does (response.results)', async () => {
    const items = await doc('{"response":{"status":"ok","results":[{"webTitle":"G","fields":{"bodyText":"Body."}}]}}');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'failure', failure: { input: 'a.json#index=0', code: 'CC_RECORD_INVALID' } });
    const mapped = await collect(readJsonDocument('{"response":{"results":[{"webTitle":"G","fields":{"bodyText":"Body."}}]}}',
      { input: 'a.json', fieldMap: { ...DEFAULT_FIELD_MAP, title: ['webTitle'], text: ['fields.bodyText'] } }));
    expect(documents(mapped)[0]).toMatchObject({ body: { text: 'Body.' }, hints: { title: 'G' } });
  });

  it('reads a single record object, located at the input itself', async () => {
    const items = await doc('{"title":"Solo","text":"Alone.","items":["tag1","tag2"]}');
    expect(documents(items)).toEqual([{
      origin: { input: 'a.json', locator: 'a.json' }, body: { kind: 'record', text: 'Alone.' }, hints: { title: 'Solo' },
    }]);
  });

  it('fails a document that does not parse with its line and column', async () => {
    const items = await doc('[\n  {"text": "a"},\n  {"text": "b" "c"}\n]');
    expect(failures(items)).toEqual([{
      input: 'a.json', code: 'CC_JSON_INVALID',
      message: "not valid JSON at line 3, column 16: Expected ',' or '}' after property value",
    }]);
  });

  it('fails an object that is neither a record nor a wrapper, a scalar, and an empty document', async () => {
    expect(failures(await doc('{"meta":{"count":0}}'))[0]).toMatchObject({
      code: 'CC_RECORD_INVALID', message: expect.stringContaining('nor a wrapper with an array under articles, items, data, results, documents'),
    });
    expect(failures(await doc('"hello"'))[0]).toMatchObject({ code: 'CC_RECORD_INVALID', message: 'expected a JSON array or object, got a string' });
    expect(failures(await doc(' \n'))[0]).toMatchObject({ code: 'CC_EMPTY_INPUT' });
  });
});
