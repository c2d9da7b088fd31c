import type { Json } from '../json.js';

/**
 * The text Java's `String.valueOf` gives a JSON value deserialized to Java collections, which is how
 * AWS renders States.Format arguments (`{Arg1=1, Arg2=[]}`) and compares States.ArrayContains items.
 */
export function javaString(value: Json): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return javaNumber(value);
  if (Array.isArray(value)) return `[${value.map(javaString).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${k}=${javaString(v)}`)
    .join(', ')}}`;
}

/** Integers in Java's long range print as Java integers; others as Java's `Double.toString`. */
export function javaNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 2 ** 63) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e-3 && abs < 1e7) return String(n);
  const [mantissa, exponent] = n.toExponential().split('e');
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exponent)}`;
}
