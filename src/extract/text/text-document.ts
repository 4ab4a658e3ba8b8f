import type { Signal } from '../../model/signal.js';
import type { MetadataLine } from './metadata-line.js';
import { parseMetadataLine } from './metadata-line.js';

/**
 * A plain-text or Markdown article: the first non-empty line is the title, metadata lines directly under it are the
 * file's header, and the rest is the body. Metadata lines ABOVE the title are not a header anyone writes on purpose:
 * they are a scraper's residue (SCENARIOS.md 3, " posted 2024-02-01"), so they become metadata and a signal.
 */

export interface ParsedTextDocument {
  readonly title: string | null;
  readonly body: string;
  readonly metadata: readonly MetadataLine[];
  readonly signals: readonly Signal[];
}

/** How many metadata lines can stand above the title before we stop treating them as residue. */
const MAX_LEADING_METADATA = 3;

export function parseTextDocument(text: string): ParsedTextDocument {
  const lines = text.split('\n');
  const metadata: MetadataLine[] = [];
  const signals: Signal[] = [];
  let index = skipBlank(lines, 0);

  let leading = 0;
  while (index < lines.length && leading < MAX_LEADING_METADATA) {
    const found = parseMetadataLine(lines[index]!);
    if (found.length === 0) break;
    metadata.push(...found);
    signals.push({ kind: 'residue.metadata-line', evidence: lines[index]!, confidence: 0.9 });
    index = skipBlank(lines, index + 1);
    leading++;
  }

  const titleLine = lines[index];
  const title = titleLine === undefined ? null : stripMarkdownHeading(titleLine) || null;
  index = skipBlank(lines, index + 1);

  while (index < lines.length) {
    const found = parseMetadataLine(lines[index]!);
    if (found.length === 0) break;
    metadata.push(...found);
    index++;
  }

  return { title, body: lines.slice(index).join('\n'), metadata, signals };
}

function skipBlank(lines: readonly string[], from: number): number {
  let index = from;
  while (index < lines.length && lines[index]!.trim() === '') index++;
  return index;
}

function stripMarkdownHeading(line: string): string {
  return line.replace(/^\s*#{1,6}\s+/, '').replace(/\s+#+\s*$/, '').replace(/^\*\*(.+)\*\*$/, '$1').trim();
}
