/** A bench option's value as a positive whole number, or an error that names the option and what it got. */
export function positiveInteger(value: string | undefined, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${option} needs a positive whole number, got ${value === undefined ? 'nothing' : `"${value}"`}`);
  return n;
}

/** The positive whole number after `option` (checked as positiveInteger does), or `fallback` when the option is absent. */
export function integerOption<T>(args: readonly string[], option: string, fallback: T): number | T {
  return args.includes(option) ? positiveInteger(args[args.indexOf(option) + 1], option) : fallback;
}

/**
 * A comma-separated list of positive whole numbers (`--sizes 10000,100000`), or `none` for an empty list; `fallback`
 * when the option is absent.
 */
export function integerList(args: readonly string[], option: string, fallback: readonly number[]): number[] {
  if (!args.includes(option)) return [...fallback];
  const value = args[args.indexOf(option) + 1];
  if (value === 'none') return [];
  return (value ?? '').split(',').map((part) => positiveInteger(part, option));
}
