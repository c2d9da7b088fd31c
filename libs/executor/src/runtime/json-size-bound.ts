/** Deepest nesting the bound walks (as findNonJson accepts); deeper values take the exact path. */
const MAX_DEPTH = 1000;
/** The longest number JSON.stringify writes, e.g. -2.2250738585072014e-308. */
const MAX_NUMBER_CHARS = 24;
/** Strings longer than this are bounded at 6 bytes a character instead of scanned. */
const SCAN_LIMIT = 4096;

/**
 * An upper bound on the UTF-8 size of JSON.stringify(value), without building the string; -1 when
 * `value` is not plainly JSON (undefined, a function, NaN, a class instance, nesting deeper than
 * MAX_DEPTH, which includes every cycle). Callers take the exact (slower) path when the bound is -1
 * or over their limit, so the bound only needs to be safe, and tight for ordinary payloads.
 */
export function jsonSizeBound(value: unknown): number {
  try {
    return boundOf(value, 0);
  } catch {
    return -1; // the stack ran out: let the exact path decide
  }
}

function boundOf(v: unknown, depth: number): number {
  if (typeof v === 'string') return stringBound(v);
  if (typeof v === 'number') return Number.isFinite(v) ? numberBound(v) : -1;
  if (v === null) return 4;
  if (typeof v === 'boolean') return 5;
  if (typeof v !== 'object' || depth >= MAX_DEPTH) return -1;
  // Brackets, plus one separator per member (one too many: the bound may be loose by a byte).
  let total = 2;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const b = boundOf(v[i], depth + 1);
      if (b < 0) return -1;
      total += b + 1;
    }
    return total;
  }
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return -1;
  const o = v as Record<string, unknown>;
  for (const key in o) {
    const b = boundOf(o[key], depth + 1);
    if (b < 0) return -1;
    total += stringBound(key) + b + 2;
  }
  return total;
}

/** Quotes plus 1 byte per plain ASCII character; at most 6 (an escape, or UTF-8) for any other. */
function stringBound(s: string): number {
  const n = s.length;
  if (n > SCAN_LIMIT) return 6 * n + 2;
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
  for (let a = Math.abs(n); a >= 10; a = Math.floor(a / 10)) digits++;
  return digits;
}
