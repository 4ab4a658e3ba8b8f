import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/extract/html/extract-html.js';

const now = new Date('2025-06-01T00:00:00Z');
const published = (head: string, body: string, url = 'https://news.example/politik/ein-artikel') =>
  extractHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, { url, now }).published;
const paragraph = '<p>Der Stadtrat hat am Abend nach langer Debatte beschlossen, die Brücke über den Fluss bis zum Herbst zu sanieren.</p>';

describe('publication date', () => {
  it('reads publication meta tags before JSON-LD, as htmldate reads the head before JSON', () => {
    const head = '<meta property="article:published_time" content="2024-03-06T09:00:00Z">'
      + '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-01T09:00:00Z"}</script>';
    expect(published(head, paragraph)).toEqual({ iso: '2024-03-06T09:00:00.000Z', source: 'meta' });
  });

  it('reads microdata datePublished before a generic date meta tag', () => {
    const head = '<meta name="date" content="2024-03-01T10:00:00+01:00">';
    const body = `<div><time itemprop="datePublished" datetime="2024-03-07">07.03.2024</time></div>${paragraph}`;
    expect(published(head, body)?.iso).toBe('2024-03-07T00:00:00.000Z');
  });

  it('does not take an event listed in JSON-LD for the article', () => {
    const head = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2024-01-26T13:52:00Z"}]}</script>'
      + '<script type="application/ld+json">[{"@type":"Event","name":"Kochkurs","startDate":"2024-02-20T12:00:00+01:00"}]</script>';
    expect(published(head, paragraph)).toEqual({ iso: '2024-01-26T13:52:00.000Z', source: 'json-ld' });
  });

  it('trusts the date line under the headline over metadata naming another day', () => {
    const head = '<title>Brücke wird saniert | Stadtanzeiger</title><meta property="article:published_time" content="2024-01-26T12:32:06+02:00">';
    const body = `<h1>Brücke wird saniert</h1><p class="meta"><span>21.01.2024 - 13:30</span></p>${paragraph}`;
    expect(published(head, body)).toEqual({ iso: '2024-01-21T00:00:00.000Z', source: 'text' });
  });

  it('keeps the metadata when the date line names the same day in another time zone', () => {
    const head = '<title>Brücke wird saniert | Stadtanzeiger</title><meta property="article:published_time" content="2024-01-20T23:30:00Z">';
    const body = `<h1>Brücke wird saniert</h1><p><span>21.01.2024</span></p>${paragraph}`;
    expect(published(head, body)).toEqual({ iso: '2024-01-20T23:30:00.000Z', source: 'meta' });
  });

  it('reads the date line beside its only <h1> before dated page furniture', () => {
    const sidebar = '<aside><div class="event-datum">Online-Seminar 19.1.25</div></aside>';
    const nav = `<nav>${'<a href="/x">Rubrik</a> '.repeat(1500)}</nav>`;
    const body = `${nav}${sidebar}<h1>Neue Karte gibt Orientierung</h1>`
      + `<div><span class="label">Datum</span> <span class="value">25.01.2024</span></div>${paragraph}`;
    expect(published('<title>Pressemitteilungen</title>', body)?.iso).toBe('2024-01-25T00:00:00.000Z');
  });

  it('does not take a date named in prose after the headline for the date line', () => {
    const head = '<title>Angelmesse kommt nach Rostock</title><meta property="article:published_time" content="2024-01-11T08:50:50Z">';
    const body = '<h1>Angelmesse kommt nach Rostock</h1><p>Am 22. Mai 2024 wird sich im Park alles ums Angeln drehen, mit Ständen, Vorträgen und einem Wettbewerb.</p>';
    expect(published(head, body)?.iso).toBe('2024-01-11T08:50:50.000Z');
  });
});
