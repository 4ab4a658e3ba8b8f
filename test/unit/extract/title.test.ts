import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/extract/html/extract-html.js';

const now = new Date('2025-06-01T00:00:00Z');
const titleOf = (head: string, body: string) =>
  extractHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Ein Absatz Text, damit die Seite einen Artikel hat, mit genug Wörtern für jeden Extraktor.</p></body></html>`, { url: 'https://www.example.de/artikel', now }).title;

describe('headline', () => {
  it('keeps a headline the parser split at an entity whole beside its kicker', () => {
    const head = '<meta property="og:title" content="Firma in Sorge - Zahlen und Berater">';
    const body = '<h1 class="entry-title"><span class="roofline">Immobilienkrise </span>Firma in Sorge &#8211; Zahlen und Berater</h1>';
    expect(titleOf(head, body)).toBe('Firma in Sorge – Zahlen und Berater');
  });

  it('takes an <h1> that shares a hyphenated word with the declared title', () => {
    const head = '<title>Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten | Vergleichsportal</title>';
    expect(titleOf(head, '<h1>Wie hoch sind die Zinsen für einen Privatkredit?</h1>')).toBe('Wie hoch sind die Zinsen für einen Privatkredit?');
  });

  it('takes an <h1> that shares a part of a German compound with the declared title', () => {
    const head = '<title>Geschichte - Knabenchor Musterstadt</title>';
    expect(titleOf(head, '<h1>Chorgeschichte</h1>')).toBe('Chorgeschichte');
  });

  it('still refuses a section <h1> that only shares an inflected word', () => {
    const head = '<title>pix-bavaria</title>';
    expect(titleOf(head, '<h1>Bavarian pictures</h1>')).toBe('pix-bavaria');
  });
});
