import { CrosscheckError } from '../model/crosscheck-error.js';
import { parseDateValue } from '../extract/dates.js';

/** commander option parsers; a bad value is a usage error (exit 1) that names the value. */

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new CrosscheckError('CC_USAGE', `expected a positive whole number, got "${value}"`);
  return n;
}

export function nonNegativeInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new CrosscheckError('CC_USAGE', `expected a whole number (0 or more), got "${value}"`);
  return n;
}

export function parseSince(value: string): string {
  // Bounded far in the future: --since may name a date after the newest article without being an error.
  const iso = parseDateValue(value, { now: new Date(Date.UTC(9999, 0, 1)) });
  if (!iso) throw new CrosscheckError('CC_USAGE', `expected a date such as 2024-03-05, got "${value}"`);
  return iso;
}
