import type { Dirent } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { IngestFailure } from './ingest-item.js';
import { extensionOf } from './input-format.js';
import { fileError } from './read-file.js';

/** One thing to read, after directories are walked. */
export type InputUnit =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'stdin' }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'failure'; readonly failure: IngestFailure };

/** Extensions taken from inside directories; other files there (images, PDFs, notes) are skipped and counted. */
const READABLE = new Set(['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'shtml', 'json', 'jsonl', 'ndjson',
  'jsonlines', 'csv', 'tsv', 'xml', 'rss', 'atom', 'rdf', 'feed', 'warc']);

export interface Expansion {
  readonly units: InputUnit[];
  /** Files inside directories that are not of a readable type. */
  readonly skipped: string[];
}

/**
 * Turns the command line's inputs into units, walking directories recursively in name order (so every run sees
 * the same order, and ids and versions come out the same). Hidden files and folders are skipped, and so are
 * symbolic links to folders, which could loop. Only paths are listed here; nothing is read.
 */
export async function expandInputs(inputs: readonly string[]): Promise<Expansion> {
  const units: InputUnit[] = [];
  const skipped: string[] = [];
  for (const input of inputs) {
    if (input === '-') units.push({ kind: 'stdin' });
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) units.push({ kind: 'url', url: input });
    else await expandPath(input, units, skipped);
  }
  return { units, skipped };
}

async function expandPath(path: string, units: InputUnit[], skipped: string[]): Promise<void> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) await walk(path, units, skipped);
    else units.push({ kind: 'file', path });
  } catch (error) {
    const failure = fileError(error);
    units.push({ kind: 'failure', failure: { input: path, code: failure.code, message: failure.message } });
  }
}

async function walk(dir: string, units: InputUnit[], skipped: string[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const failure = fileError(error);
    units.push({ kind: 'failure', failure: { input: dir, code: failure.code, message: failure.message } });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, units, skipped);
    else if (entry.isSymbolicLink()) await linked(path, units, skipped);
    else if (entry.isFile()) {
      if (READABLE.has(extensionOf(entry.name))) units.push({ kind: 'file', path });
      else skipped.push(path);
    }
  }
}

async function linked(path: string, units: InputUnit[], skipped: string[]): Promise<void> {
  try {
    const target = await stat(path);
    if (target.isFile() && READABLE.has(extensionOf(path))) units.push({ kind: 'file', path });
    else skipped.push(path);
  } catch {
    // A dangling link inside a folder is reported, not silently dropped: the user may expect that article.
    await lstat(path);
    units.push({ kind: 'failure', failure: { input: path, code: 'CC_UNREADABLE', message: 'a symbolic link to nothing' } });
  }
}
