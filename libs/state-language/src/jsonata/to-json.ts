import type { Json, JsonObject } from '../json.js';
import { JsonataFunctionError } from './function-error.js';

/** A jsonata lambda, a built-in or registered function, a regex matcher or a host function. */
export function isJsonataFunction(value: unknown): boolean {
  if (typeof value === 'function') return true;
  if (typeof value !== 'object' || value === null) return false;
  const marked = value as { _jsonata_function?: unknown; _jsonata_lambda?: unknown };
  return marked._jsonata_function === true || marked._jsonata_lambda === true;
}

/** Values JSON cannot hold: dropped from objects, null in arrays, as JSON.stringify does. */
function isAbsent(value: unknown): boolean {
  return value === undefined || isJsonataFunction(value);
}

/**
 * A JSONata result as plain Json: sequences become plain arrays, absent members are handled as
 * JSON.stringify would, -0 becomes 0. NaN and ±Infinity have no JSON form and throw D1001, as
 * jsonata's own `$string` does. The result shares nothing with the input, so callers may keep it.
 * Precondition: `value` itself is not absent (the evaluator reports that first).
 */
export function toJson(value: unknown): Json {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return finiteNumber(value);
    case 'object':
      if (value === null) return null;
      if (Array.isArray(value)) return value.map((item: unknown) => (isAbsent(item) ? null : toJson(item)));
      return objectToJson(value as Record<string, unknown>);
    default:
      return null;
  }
}

function finiteNumber(value: number): number {
  if (!Number.isFinite(value)) throw new JsonataFunctionError(`Number out of range: ${value}`, 'D1001');
  return value === 0 ? 0 : value;
}

function objectToJson(value: Record<string, unknown>): JsonObject {
  const result: JsonObject = {};
  for (const key of Object.keys(value)) {
    const member = value[key];
    if (isAbsent(member)) continue;
    // A key "__proto__" (legal in JSON input) must stay a plain own property.
    Object.defineProperty(result, key, {
      value: toJson(member),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}
