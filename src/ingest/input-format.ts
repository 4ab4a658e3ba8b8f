/**
 * Which reader an input needs: by its name first (after a .gz suffix), then by its first bytes when the name
 * says nothing (stdin, a URL, a file without extension). Content beats a missing or generic name, never a specific
 * one: a .txt that starts with "<" is still read as text.
 */
export type InputFormat = 'text' | 'html' | 'json' | 'jsonl' | 'csv' | 'tsv' | 'feed' | 'warc';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  txt: 'text', text: 'text', md: 'text', markdown: 'text',
  html: 'html', htm: 'html', xhtml: 'html', shtml: 'html',
  json: 'json', jsonl: 'jsonl', ndjson: 'jsonl', jsonlines: 'jsonl',
  csv: 'csv', tsv: 'tsv',
  rss: 'feed', atom: 'feed', rdf: 'feed', feed: 'feed',
  warc: 'warc',
};

/** Extensions that name a container we read by content: .xml may be a feed or XHTML. */
const SNIFFED = new Set(['xml', '']);

export function isGzipName(name: string): boolean {
  return /\.gz$/i.test(name);
}

export function extensionOf(name: string): string {
  const base = name.replace(/\.gz$/i, '').split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The format for a name, or null when the name does not say (or says a type we do not read). */
export function formatFromName(name: string): InputFormat | null | 'unknown' {
  const extension = extensionOf(name);
  if (SNIFFED.has(extension)) return null;
  return BY_EXTENSION[extension] ?? 'unknown';
}

/**
 * Is this a file that holds exactly one document, whatever its content (text or HTML by its name, gzipped or not)?
 * Such a file can be read where it is extracted; containers (JSON, feeds, WARC) yield many records, or links.
 */
export function isSingleDocumentFile(name: string): boolean {
  const format = formatFromName(name);
  return format === 'text' || format === 'html';
}

/** The format a text's opening suggests; null when it is prose (read as a text document). */
export function formatFromContent(head: string): InputFormat | null {
  const start = head.replace(/^\uFEFF/, '').trimStart().slice(0, 1024);
  if (start.startsWith('WARC/')) return 'warc';
  if (/^<\?xml/i.test(start) || /^<(rss|feed|rdf:RDF)\b/i.test(start)) {
    return /<(rss|feed|rdf:RDF)\b/i.test(start) ? 'feed' : /<html\b/i.test(start) ? 'html' : 'feed';
  }
  if (/^<!doctype html|^<html\b|^<head\b|^<body\b|^<(div|article|p|main)\b/i.test(start)) return 'html';
  if (start.startsWith('[')) return 'json';
  if (start.startsWith('{')) {
    // One object per line is JSON Lines; one object over many lines is a JSON document.
    const firstLine = start.split('\n')[0]!.trim();
    return firstLine.endsWith('}') && start.includes('\n{') ? 'jsonl' : 'json';
  }
  return null;
}

/** Is this the gzip magic number? */
export function isGzipBytes(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}
