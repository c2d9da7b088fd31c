import type { Json } from '../json.js';

/**
 * Java's `hashCode()` of a JSON value deserialized to Java objects (null, Boolean, Integer/Long/Double,
 * String, List, Map). AWS de-duplicates States.ArrayUnique through a `java.util.HashSet`, so this hash
 * decides the order of its result.
 */
export function javaHashCode(value: Json): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1231 : 1237;
  if (typeof value === 'string') return stringHash(value);
  if (typeof value === 'number') return numberHash(value);
  if (Array.isArray(value))
    return value.reduce<number>((h, item) => (Math.imul(31, h) + javaHashCode(item)) | 0, 1);
  let h = 0;
  for (const [k, v] of Object.entries(value)) h = (h + (stringHash(k) ^ javaHashCode(v))) | 0;
  return h;
}

function stringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

const LONG_LIMIT = 2 ** 63;

function numberHash(n: number): number {
  if (Number.isInteger(n) && n >= -2147483648 && n <= 2147483647) return n | 0; // Integer
  if (Number.isInteger(n) && Math.abs(n) < LONG_LIMIT) return foldLong(BigInt.asUintN(64, BigInt(n))); // Long
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, n === 0 ? 0 : n); // Double (also stands in for BigInteger)
  return foldLong(view.getBigUint64(0));
}

/** `(int) (bits ^ (bits >>> 32))` */
function foldLong(bits: bigint): number {
  return Number(BigInt.asIntN(32, bits ^ (bits >> 32n)));
}
