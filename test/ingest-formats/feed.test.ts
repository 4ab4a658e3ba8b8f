import { describe, expect, it } from 'vitest';
import { looksLikeFeed, readFeed } from '../../src/ingest/formats/feed.js';
import { collect, documents, failures, outline } from './helpers.js';

const LONG = 'The council voted on Tuesday to close the old bridge after engineers found cracks in two of its piers. '
  + 'Repairs are expected to take at least eighteen months, and a ferry will run in the meantime, officials said.';

const read = (xml: string, input = 'feed.xml') => collect(readFeed(xml, { input }));
const htmlOf = (item: Awaited<ReturnType<typeof read>>[number] | undefined) =>
  item?.kind === 'document' && item.document.body.kind === 'html' ? item.document.body.html : '';

describe('readFeed: RSS 2.0', () => {
  const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>River Gazette</title>
  <link>https://gazette.example/</link>
  <language>en-gb</language>
  <item>
    <title>Bridge closes &amp; ferry starts</title>
    <link>https://gazette.example/bridge</link>
    <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
    <dc:creator>Ann Lee</dc:creator>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>${LONG}</p><p>Second paragraph &amp; more.</p>]]></content:encoded>
  </item>
  <item>
    <title>Plain text story</title>
    <link>/plain</link>
    <author>desk@gazette.example (News Desk)</author>
    <description>${LONG}</description>
  </item>
  <item>
    <title>Escaped HTML description</title>
    <guid isPermaLink="true">https://gazette.example/escaped</guid>
    <description>&lt;p&gt;${LONG}&lt;/p&gt;</description>
  </item>
</channel>
</rss>`;

  it('yields documents with all hints and entry locators', async () => {
    const items = await read(rss);
    expect(outline(items)).toEqual(['document feed.xml#entry=1', 'document feed.xml#entry=2', 'document feed.xml#entry=3']);
    const [first, second, third] = documents(items);
    expect(first?.hints).toEqual({
      title: 'Bridge closes & ferry starts', url: 'https://gazette.example/bridge', published: 'Tue, 05 Mar 2024 10:00:00 GMT',
      author: 'Ann Lee', outlet: 'River Gazette', language: 'en-gb',
    });
    expect(first?.body.kind).toBe('html');
    expect(htmlOf(items[0])).toContain('<title>Bridge closes &amp; ferry starts</title>');
    expect(htmlOf(items[0])).toContain('<p>Second paragraph &amp; more.</p>');
    expect(second).toMatchObject({
      body: { kind: 'record', text: LONG },
      hints: { url: 'https://gazette.example/plain', author: 'News Desk', outlet: 'River Gazette' },
    });
    expect(third).toMatchObject({ body: { kind: 'html' }, hints: { url: 'https://gazette.example/escaped' } });
    expect(htmlOf(items[2])).toContain(`<p>${LONG}</p>`);
  });

  it('turns entries that are only links or teasers into link items carrying the hints', async () => {
    const items = await read(`<rss version="2.0"><channel><title>Links Only</title>
      <item><title>One</title><link>https://e.com/1</link></item>
      <item><title>Two</title><link>https://e.com/2</link><description>A two-line summary of the story.</description><pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate></item>
      <item><title>Three</title><link>https://e.com/3</link><description>${LONG} And then [&#8230;]</description></item>
      <item><title>Four</title><description>No link, but a short body is all there is.</description></item>
      <item><title>Five</title></item>
    </channel></rss>`);
    expect(outline(items)).toEqual([
      'link feed.xml#entry=1', 'link feed.xml#entry=2', 'link feed.xml#entry=3', 'document feed.xml#entry=4',
      'failure feed.xml#entry=5 CC_FEED_ENTRY',
    ]);
    expect(items[1]).toEqual({
      kind: 'link', url: 'https://e.com/2', origin: { input: 'feed.xml', locator: 'feed.xml#entry=2' },
      hints: { title: 'Two', url: 'https://e.com/2', published: 'Wed, 06 Mar 2024 08:00:00 GMT', outlet: 'Links Only' },
    });
    expect(failures(items)[0]?.message).toBe('entry 5: no content and no usable link');
  });

  it('resolves relative links against the feed URL when the input is one', async () => {
    const items = await read('<rss><channel><title>T</title><item><link>/a/b</link></item></channel></rss>', 'https://news.example/feed.xml');
    expect(items[0]).toMatchObject({ kind: 'link', url: 'https://news.example/a/b', origin: { locator: 'https://news.example/feed.xml#entry=1' } });
  });
});

describe('readFeed: Atom', () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
  <title>Atom Daily</title>
  <link rel="alternate" href="https://atom.example/"/>
  <author><name>Feed Author</name></author>
  <entry>
    <title type="html">Wind &lt;em&gt;record&lt;/em&gt;</title>
    <link rel="self" href="https://atom.example/1.atom"/>
    <link rel="alternate" type="text/html" href="https://atom.example/wind"/>
    <published>2024-03-05T10:00:00Z</published>
    <updated>2024-03-06T10:00:00Z</updated>
    <author><name>Eva</name></author><author><name>Max</name></author>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${LONG}</p><p>Turbines &amp; <b>storage</b>.</p></div></content>
  </entry>
  <entry xml:lang="en">
    <title>Escaped html content</title>
    <link href="solar"/>
    <updated>2024-03-07T00:00:00Z</updated>
    <content type="html">&lt;p&gt;${LONG}&lt;/p&gt;&lt;p&gt;Tom &amp;amp; Jerry&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Text content</title>
    <link href="https://atom.example/text"/>
    <content type="text">${LONG} 3 &lt; 4.</content>
  </entry>
  <entry>
    <title>Summary only</title>
    <link href="https://atom.example/summary"/>
    <summary>Just a line.</summary>
  </entry>
</feed>`;

  it('reads xhtml, escaped html and text content, alternate links, and feed-level defaults', async () => {
    const items = await read(atom, 'atom.xml');
    expect(outline(items)).toEqual(['document atom.xml#entry=1', 'document atom.xml#entry=2', 'document atom.xml#entry=3', 'link atom.xml#entry=4']);
    const [wind, solar, text] = documents(items.slice(0, 3));
    expect(wind?.hints).toEqual({
      title: 'Wind record', url: 'https://atom.example/wind', published: '2024-03-05T10:00:00Z',
      author: 'Eva, Max', outlet: 'Atom Daily', language: 'de',
    });
    expect(htmlOf(items[0])).toContain('<div xmlns="http://www.w3.org/1999/xhtml"><p>');
    expect(htmlOf(items[0])).toContain('<p>Turbines &amp; <b>storage</b>.</p></div>');
    expect(solar?.hints).toEqual({
      title: 'Escaped html content', url: 'https://atom.example/solar', published: '2024-03-07T00:00:00Z',
      author: 'Feed Author', outlet: 'Atom Daily', language: 'en',
    });
    expect(htmlOf(items[1])).toContain('<p>Tom &amp; Jerry</p>');
    expect(text?.body).toEqual({ kind: 'record', text: `${LONG} 3 < 4.` });
    expect(items[3]).toMatchObject({ kind: 'link', url: 'https://atom.example/summary', hints: { title: 'Summary only' } });
  });

  it('keeps CDATA inside html content verbatim', async () => {
    const items = await read(`<feed xmlns="http://www.w3.org/2005/Atom"><title>C</title><entry><title>T</title>
      <link href="https://c.example/1"/><content type="html"><![CDATA[<p>${LONG} &amp; so on</p>]]></content></entry></feed>`);
    expect(htmlOf(items[0])).toContain(`<p>${LONG} &amp; so on</p>`);
  });
});

describe('readFeed: RSS 1.0 (RDF)', () => {
  it('reads items that are siblings of the channel, with dc: fields', async () => {
    const items = await read(`<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel rdf:about="https://rdf.example/"><title>RDF Times</title><link>https://rdf.example/</link><dc:language>fr</dc:language></channel>
  <item rdf:about="https://rdf.example/a">
    <title>First RDF item</title><link>https://rdf.example/a</link>
    <dc:date>2024-03-05T09:00:00+01:00</dc:date><dc:creator>Luc</dc:creator>
    <content:encoded>&lt;p&gt;${LONG}&lt;/p&gt;</content:encoded>
  </item>
  <item rdf:about="https://rdf.example/b"><title>Second</title><description>Teaser only.</description></item>
</rdf:RDF>`, 'rdf.xml');
    expect(outline(items)).toEqual(['document rdf.xml#entry=1', 'link rdf.xml#entry=2']);
    expect(documents(items.slice(0, 1))[0]?.hints).toEqual({
      title: 'First RDF item', url: 'https://rdf.example/a', published: '2024-03-05T09:00:00+01:00',
      author: 'Luc', outlet: 'RDF Times', language: 'fr',
    });
    expect(items[1]).toMatchObject({ kind: 'link', url: 'https://rdf.example/b' });
  });
});

describe('readFeed: bad input', () => {
  it('fails XML that is not well-formed once, naming line and column', async () => {
    const items = await read('<rss version="2.0">\n<channel>\n<title>Broken</title>\n<item><title>x</titel></item>\n</channel></rss>');
    expect(failures(items)).toEqual([{
      input: 'feed.xml', code: 'CC_FEED_INVALID',
      message: "not well-formed XML at line 4, column 15: Expected closing tag 'title' (opened in line 4, col 7) instead of closing tag 'titel'.",
    }]);
  });

  it('fails well-formed XML that is not a feed, and an empty input', async () => {
    expect(failures(await read('<html><body><p>hi</p></body></html>'))).toEqual([{
      input: 'feed.xml', code: 'CC_FEED_INVALID', message: 'well-formed XML, but the root element is <html>, not <rss>, <rdf:RDF> or <feed>',
    }]);
    expect(failures(await read('<rss version="2.0"></rss>'))[0]?.message).toBe('the <rss> element has no <channel>');
    expect(failures(await read('  '))[0]?.code).toBe('CC_EMPTY_INPUT');
  });

  it('reads thousands of entries lazily from one parse', async () => {
    const entries = Array.from({ length: 3000 }, (_, i) => `<item><title>T${i + 1}</title><link>https://e.com/${i + 1}</link></item>`);
    const iterator = readFeed(`<rss><channel><title>Big</title>${entries.join('')}</channel></rss>`, { input: 'big.xml' });
    const first = iterator.next();
    expect(first.value).toMatchObject({ kind: 'link', url: 'https://e.com/1' });
    const rest = [...iterator];
    expect(rest).toHaveLength(2999);
    expect(rest[2998]).toMatchObject({ kind: 'link', origin: { locator: 'big.xml#entry=3000' }, hints: { title: 'T3000' } });
  });
});

describe('looksLikeFeed', () => {
  it('recognises RSS, RDF and Atom by their first kilobyte, and nothing else', () => {
    expect(looksLikeFeed('<?xml version="1.0"?>\n<rss version="2.0"><channel>')).toBe(true);
    expect(looksLikeFeed('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">')).toBe(true);
    expect(looksLikeFeed('<feed xml:lang="en" xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(looksLikeFeed('<feed><entry/></feed>')).toBe(false);
    expect(looksLikeFeed('<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml">')).toBe(false);
    expect(looksLikeFeed(`${' '.repeat(2000)}<rss>`)).toBe(false);
  });
});
