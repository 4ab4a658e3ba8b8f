import type { IngestItem } from '../../src/ingest/ingest-item.js';
import type { RawDocument } from '../../src/model/raw-document.js';

/** Everything a reader yields, in order. */
export async function collect(items: AsyncIterable<IngestItem> | Iterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The documents, or throws naming the first item that is not one (so a test failure shows what came instead). */
export function documents(items: readonly IngestItem[]): RawDocument[] {
  return items.map((item) => {
    if (item.kind !== 'document') throw new Error(`expected a document, got ${JSON.stringify(item)}`);
    return item.document;
  });
}

export function failures(items: readonly IngestItem[]): { input: string; code: string; message: string }[] {
  return items.flatMap((item) => (item.kind === 'failure' ? [item.failure] : []));
}

/** A compact picture of a run: the kind and locator of every item, to assert order and numbering at once. */
export function outline(items: readonly IngestItem[]): string[] {
  return items.map((item) => {
    if (item.kind === 'document') return `document ${item.document.origin.locator}`;
    if (item.kind === 'link') return `link ${item.origin.locator}`;
    return `failure ${item.failure.input} ${item.failure.code}`;
  });
}

/** An async stream of `bytes` in pieces of `size` bytes, to exercise chunk boundaries. */
export async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

export async function* asyncLines(lines: readonly string[]): AsyncGenerator<string> {
  for (const line of lines) yield line;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
