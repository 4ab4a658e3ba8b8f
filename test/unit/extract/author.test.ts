import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/extract/html/extract-html.js';

const now = new Date('2025-06-01T00:00:00Z');
const authorOf = (body: string, head = '') =>
  extractHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}<p>Ein Absatz Text, damit die Seite einen Artikel hat, mit genug Wörtern für jeden Extraktor.</p></body></html>`, { url: 'https://www.example.org/a', now }).author;

describe('author', () => {
  it('skips an author box and reads the short byline', () => {
    const box = '<div class="author">Par Jeanne Martin Le 17/02/2024 A l’université, des centaines d’étudiants, enseignants et personnels se sont réunis</div>';
    expect(authorOf(`${box}<a class="author">Jeanne Martin</a>`)).toBe('Jeanne Martin');
  });

  it('ends the name where the date after it begins', () => {
    expect(authorOf('<span class="byline">By Anna Berg 8 January 2024, 3:51 pm 11 Edit</span>')).toBe('Anna Berg');
    expect(authorOf('<span class="author">Christian Weber, 07 Dezember</span>')).toBe('Christian Weber');
  });

  it('reads the name after a dated "posted on ... by"', () => {
    expect(authorOf('<div class="post-author">Posted on September 21, 2024 by Adi Levi</div>')).toBe('Adi Levi');
  });

  it('refuses link labels and phrases for names', () => {
    expect(authorOf('<a rel="author" href="/jo">Archiv anzeigen →</a><div class="post_author">Jessie</div>')).toBe('Jessie');
    expect(authorOf('<a rel="author" href="/me">Afficher mon profil complet</a>')).toBeNull();
  });

  it('drops the outlet beside a person and keeps it when it is the only author', () => {
    const outlet = '<meta property="og:site_name" content="Stadtanzeiger">';
    expect(authorOf('<span class="byline">Mara Klein, Stadtanzeiger</span>', outlet)).toBe('Mara Klein');
    expect(authorOf('<span class="byline">Stadtanzeiger</span>', outlet)).toBe('Stadtanzeiger');
    const both = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","author":{"@type":"Organization","name":"Stadtanzeiger"}}</script>';
    expect(authorOf('<span class="byline">Von Mara Klein</span>', `${outlet}${both}`)).toBe('Mara Klein');
  });
});
