import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FIELD_MAP, fieldMapWith } from '../../src/ingest/field-map.js';
import { detectDelimiter, readCsv } from '../../src/ingest/formats/csv-records.js';
import { chunked, collect, documents, failures, outline, utf8 } from './helpers.js';

const ctx = { input: 'news.csv', fieldMap: DEFAULT_FIELD_MAP };
const texts = (items: Awaited<ReturnType<typeof collect>>) =>
  documents(items.filter((item) => item.kind === 'document')).map((d) => (d.body.kind === 'record' ? d.body.text : d.body.kind));

describe('readCsv', () => {
  it('maps a header row and data rows, with quoted commas, doubled quotes and multi-line fields', async () => {
    const csv = 'title,text,url,published,author,source\n'
      + 'Dam breaks,"Water rose, then fell.",https://e.com/1,2024-03-05,Ann,Wire\n'
      + '"Quote ""test""","Line one\nline two",https://e.com/2,1709632800,"Lee, Bo",Daily\n';
    const items = await collect(readCsv(csv, ctx));
    expect(outline(items)).toEqual(['document news.csv#row=1', 'document news.csv#row=2']);
    expect(documents(items)).toEqual([
      {
        origin: { input: 'news.csv', locator: 'news.csv#row=1' },
        body: { kind: 'record', text: 'Water rose, then fell.' },
        hints: { title: 'Dam breaks', url: 'https://e.com/1', published: '2024-03-05', author: 'Ann', outlet: 'Wire' },
      },
      {
        origin: { input: 'news.csv', locator: 'news.csv#row=2' },
        body: { kind: 'record', text: 'Line one\nline two' },
        hints: { title: 'Quote "test"', url: 'https://e.com/2', published: '2024-03-05T10:00:00.000Z', author: 'Lee, Bo', outlet: 'Daily' },
      },
    ]);
  });

  it('detects ";" from the header (the business-energy export) and reads capitalised headers', async () => {
    const csv = '\uFEFFId;Headline;Body;Date;Source\r\n1;Gas price falls;"Prices fell 3,5 %; traders cheered.";05.03.2024;Energie Heute\r\n'
      + '2;Wind record;Turbines produced more than ever.;06.03.2024;Wind News\r\n';
    const items = await collect(readCsv(csv, ctx));
    expect(texts(items)).toEqual(['Prices fell 3,5 %; traders cheered.', 'Turbines produced more than ever.']);
    expect(documents(items)[0]?.hints).toEqual({ title: 'Gas price falls', published: '05.03.2024', outlet: 'Energie Heute' });
  });

  it('detects tabs, and keeps "," inside a ";" file as text', () => {
    expect(detectDelimiter('title\ttext\turl')).toBe('\t');
    expect(detectDelimiter('title;text;"a,b,c"')).toBe(';');
    expect(detectDelimiter('"x;y;z",title,text')).toBe(',');
    expect(detectDelimiter('text')).toBe(',');
  });

  it('applies field overrides to CSV columns', async () => {
    const items = await collect(readCsv('story,site.name\nOverride body,Site\n',
      { input: 'x.csv', fieldMap: fieldMapWith({ text: 'story', outlet: 'site.name' }) }));
    expect(documents(items)[0]).toMatchObject({ body: { text: 'Override body' }, hints: { outlet: 'Site' } });
  });

  it('fails ragged rows alone with CC_CSV_INVALID naming row and line, and reads the rest', async () => {
    const csv = 'title,text\nA,first\nB,second,extra\nC\nD,"multi\nline"\nE,fifth\n';
    const items = await collect(readCsv(csv, ctx));
    expect(outline(items)).toEqual([
      'document news.csv#row=1', 'failure news.csv#row=2 CC_CSV_INVALID', 'failure news.csv#row=3 CC_CSV_INVALID',
      'document news.csv#row=4', 'document news.csv#row=5',
    ]);
    expect(failures(items).map((f) => f.message)).toEqual([
      'row 2 (line 3): 3 fields, but the header has 2',
      'row 3 (line 4): 1 fields, but the header has 2',
    ]);
    expect(texts(items)).toEqual(['first', 'multi\nline', 'fifth']);
  });

  it('recovers from an unbalanced quote in the middle: the swallowed rows fail as one, later rows come through', async () => {
    const csv = 'title,text\nA,first\nB,"never closed\nC,third\n"D",fourth\nE,fifth\n';
    const items = await collect(readCsv(csv, ctx));
    expect(outline(items)).toEqual(['document news.csv#row=1', 'failure news.csv#row=2 CC_CSV_INVALID', 'document news.csv#row=3']);
    expect(failures(items)[0]?.message).toBe('row 2 (line 3): 3 fields, but the header has 2');
    expect(texts(items)).toEqual(['first', 'fifth']);
  });

  it('fails the input naming the line when a quote never closes, after yielding the rows before it', async () => {
    const csv = 'title,text\nA,first\nB,second\nC,"unclosed\nD,fourth\nE,fifth\n';
    const items = await collect(readCsv(csv, ctx));
    expect(outline(items)).toEqual(['document news.csv#row=1', 'document news.csv#row=2', 'failure news.csv CC_CSV_INVALID']);
    expect(failures(items)[0]?.message).toBe('a quoted field in the row starting on line 4 is never closed; nothing after line 3 can be read');
  });

  it('fails rows without text as CC_RECORD_INVALID and the input once when no column can hold text', async () => {
    const items = await collect(readCsv('title,text\nHas text,yes\nNo text,\n', ctx));
    expect(outline(items)).toEqual(['document news.csv#row=1', 'failure news.csv#row=2 CC_RECORD_INVALID']);
    expect(failures(items)[0]?.message).toMatch(/^row 2: no usable text field \(tried text, .*\); "text" is empty$/);

    const none = await collect(readCsv('title,url\nA,https://e.com\nB,https://e.com/b\n', ctx));
    expect(failures(none)).toEqual([{
      input: 'news.csv', code: 'CC_RECORD_INVALID',
      message: 'the header has no text column (tried text, body, content, articleBody, article_body, maintext, description, html, raw_html, rawHtml); its columns are title, url',
    }]);
  });

  it('streams bytes split inside multi-byte characters and CRLFs, keeping line numbers right', async () => {
    const csv = 'title;text\r\nKöln;"Über\r\ndie Brücke"\r\nZürich;Straße\r\nBad;row;here\r\n';
    const items = await collect(readCsv(chunked(utf8(csv), 3), ctx));
    expect(texts(items)).toEqual(['Über\ndie Brücke', 'Straße']);
    expect(documents(items.slice(0, 2)).map((d) => d.hints.title)).toEqual(['Köln', 'Zürich']);
    expect(failures(items)[0]?.message).toBe('row 3 (line 5): 3 fields, but the header has 2');
  });

  it('reads a Node stream of Buffers, as the file reader passes it', async () => {
    const items = await collect(readCsv(Readable.from([Buffer.from('text\none\n'), Buffer.from('two\n')]), ctx));
    expect(texts(items)).toEqual(['one', 'two']);
  });

  it('streams a large file in constant chunks with exact row numbers', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `Title ${i + 1},"Body ${i + 1}, with a comma"`);
    const items = await collect(readCsv(chunked(utf8(`title,text\n${rows.join('\n')}\n`), 4096), ctx));
    expect(items).toHaveLength(5000);
    expect(documents(items)[4999]).toMatchObject({ origin: { locator: 'news.csv#row=5000' }, hints: { title: 'Title 5000' } });
  });

  it('fails bytes that are not UTF-8 for the input, keeping the rows before them', async () => {
    const bytes = new Uint8Array([...utf8('text\nok\n'), 0x66, 0xe9, 0x65, 0x0a]);
    const items = await collect(readCsv(chunked(bytes, 8), ctx));
    expect(outline(items)).toEqual(['document news.csv#row=1', 'failure news.csv CC_INVALID_UTF8']);
    const latin = await collect(readCsv(chunked(bytes, 8), { ...ctx, encoding: 'windows-1252' }));
    expect(texts(latin)).toEqual(['ok', 'fée']);
  });

  it('reports an empty input, and reads a file that starts with blank lines', async () => {
    expect(failures(await collect(readCsv('', ctx)))).toEqual([{ input: 'news.csv', code: 'CC_EMPTY_INPUT', message: 'the CSV input is empty' }]);
    expect(failures(await collect(readCsv('\n \n', ctx)))[0]?.code).toBe('CC_EMPTY_INPUT');
    const items = await collect(readCsv(chunked(utf8('\n\ntitle;text\nA;first\n'), 2), ctx));
    expect(documents(items)).toEqual([{
      origin: { input: 'news.csv', locator: 'news.csv#row=1' }, body: { kind: 'record', text: 'first' }, hints: { title: 'A' },
    }]);
    expect(await collect(readCsv('title,text\n', ctx))).toEqual([]);
  });
});
