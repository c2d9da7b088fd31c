/** Deepest nesting the bound walks (as findNonJson accepts); deeper values take the exact path. */
const MAX_DEPTH = 1000;
/** The longest number JSON.stringify writes, e.g. -2.2250738585072014e-308. */
const MAX_NUMBER_CHARS = 24;
/** Strings longer than this are bounded at 6 bytes a character instead of scanned. */
const SCAN_LIMIT = 4096;

/**
 * Whether JSON.stringify(value) surely fits in `limit` UTF-8 bytes, decided without building the
 * string: true when it does; false when it may not, or when `value` is not plainly JSON (undefined,
 * a function, NaN, a class instance, nesting deeper than MAX_DEPTH, which includes every cycle).
 * Callers then take the exact (slower) path, so the answer only needs to be safe.
 */
export function surelyFitsJson(value: unknown, limit: number): boolean {
  // A first walk charges 6 bytes for every string character; only when that is too coarse do
  // strings get scanned.
  const coarse = jsonSizeBound(value, false);
  if (coarse < 0) return false;
  return coarse <= limit || jsonSizeBound(value, true) <= limit;
}

/** An upper bound on the UTF-8 size of JSON.stringify(value); -1 when it is not plainly JSON. */
export function jsonSizeBound(value: unknown, scanStrings = true): number {
  try {
    return boundOf(value, 0, scanStrings);
  } catch {
    return -1; // the stack ran out: let the exact path decide
  }
}

function boundOf(v: unknown, depth: number, scan: boolean): number {
  if (typeof v === 'string') return stringBound(v, scan);
  if (typeof v === 'number') return Number.isFinite(v) ? numberBound(v) : -1;
  if (v === null) return 4;
  if (typeof v === 'boolean') return 5;
  if (typeof v !== 'object' || depth >= MAX_DEPTH) return -1;
  // Brackets, plus one separator per member (one too many: the bound may be loose by a byte).
  let total = 2;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const b = boundOf(v[i], depth + 1, scan);
      if (b < 0) return -1;
      total += b + 1;
    }
    return total;
  }
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return -1;
  const o = v as Record<string, unknown>;
  for (const key in o) {
    const b = boundOf(o[key], depth + 1, scan);
    if (b < 0) return -1;
    total += stringBound(key, scan) + b + 2;
  }
  return total;
}

/** Quotes plus 1 byte per plain ASCII character; at most 6 (an escape, or UTF-8) for any other. */
function stringBound(s: string, scan: boolean): number {
  const n = s.length;
  if (!scan || n > SCAN_LIMIT) return 6 * n + 2;
  let total = n + 2;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) total += 5;
  }
  return total;
}

function numberBound(n: number): number {
  if (!Number.isInteger(n) || n >= 1e15 || n <= -1e15) return MAX_NUMBER_CHARS;
  let digits = n < 0 ? 2 : 1;
  for (let a = Math.abs(n), power = 10; a >= power; power *= 10) digits++;
  return digits;
}
