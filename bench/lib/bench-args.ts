/** A bench option's value as a positive whole number, or an error that names the option and what it got. */
export function positiveInteger(value: string | undefined, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${option} needs a positive whole number, got ${value === undefined ? 'nothing' : `"${value}"`}`);
  return n;
}
