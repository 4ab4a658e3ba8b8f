import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataDir } from './baseline.js';

/**
 * The people and places ECB+'s annotators named per topic: the TAG_DESCRIPTOR of each HUMAN_PART_PER and LOC_*
 * instance ("t1b_tara_reid", "t1_pacific_coast_highway"), read as lower-case words ("tara reid"). The generated
 * contradiction set (contradiction-generator.ts) swaps only names that are in this list, so a planted person is a
 * person and a planted place a place, not whatever the claim stage took for one. Keys are rewrite-corpus groups
 * ("ecb/1"). Read from ../shared/data at run time.
 */
export interface Gazetteer {
  readonly persons: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
}

export function loadEcbPlusGazetteer(): Map<string, Gazetteer> {
  const root = sharedDataDir('ecbplus', 'docs');
  const out = new Map<string, Gazetteer>();
  for (const topic of readdirSync(root).filter((t) => /^\d+$/.test(t))) {
    const persons = new Set<string>();
    const places = new Set<string>();
    for (const file of readdirSync(join(root, topic)).filter((f) => f.endsWith('.xml'))) {
      const xml = readFileSync(join(root, topic, file), 'utf8');
      for (const m of xml.matchAll(/<(HUMAN_PART_PER|LOC_[A-Z]+) [^>]*TAG_DESCRIPTOR="([^"]+)"/g)) {
        const name = m[2]!.replace(/^t\d+b?_/, '').replace(/_/g, ' ').trim();
        if (name.length > 1) (m[1] === 'HUMAN_PART_PER' ? persons : places).add(name);
      }
    }
    out.set(`ecb/${topic}`, { persons, places });
  }
  return out;
}
