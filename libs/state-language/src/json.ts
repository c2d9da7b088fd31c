/** A JSON value as it travels through an execution. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep copy of a JSON value (structuredClone is slower for the small values we handle). */
export function cloneJson<T extends Json>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Deep equality of two JSON values, key order ignored. */
export function jsonEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => jsonEquals(v, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) && jsonEquals((a as JsonObject)[k], (b as JsonObject)[k]),
  );
}

/**
 * The deepest nesting of arrays and objects accepted in JSON data (Jackson's default, as in AWS's
 * services): deeper data would overflow recursive code (JSONPath, JSONata, the validator) and
 * PostgreSQL's json parser.
 */
export const MAX_JSON_NESTING = 1000;

/** Whether JSON text nests arrays and objects deeper than `max` levels: one pass, strings skipped. */
export function nestsDeeperThan(text: string, max: number = MAX_JSON_NESTING): boolean {
  // Each level takes two characters: shorter text cannot nest that deep.
  if (text.length <= 2 * max) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string, escapes included.
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 0x5c) i++;
        else if (s === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
