import { JsonataFunctionError } from './function-error.js';

/** At most this many items from `$range`, as for States.ArrayRange. */
export const MAX_RANGE_ITEMS = 1000;

/**
 * `$partition(array, size)`: chunks of `size` items, the last one possibly shorter. The result is a
 * plain array, so a single chunk stays wrapped (AWS: `$partition([0], 1)` is `[[0]]`).
 */
export function partition(array: unknown[] | undefined, size: number | undefined): unknown[] | undefined {
  if (array === undefined) return undefined;
  if (size === undefined || !Number.isInteger(size) || size <= 0) {
    throw new JsonataFunctionError(
      `The size argument of function $partition must be a positive integer, but was: ${size}`,
    );
  }
  if (array.length === 0) {
    throw new JsonataFunctionError('The array argument of function $partition must not be empty');
  }
  const chunks: unknown[][] = [];
  for (let i = 0; i < array.length; i += size) chunks.push(array.slice(i, i + size));
  return chunks;
}

/**
 * `$range(start, end, step)`: start, start+step, … up to and including end (a negative step counts
 * down). The result is a JSONata sequence, so one item collapses to a number (AWS:
 * `$range(1, 9, 9)` is `1`) and no items to undefined.
 */
export function range(start: number, end: number, step: number): number[] {
  for (const [name, value] of [
    ['start', start],
    ['end', end],
    ['step', step],
  ] as const) {
    if (!Number.isInteger(value)) {
      throw new JsonataFunctionError(
        `The ${name} argument of function $range must be an integer, but was: ${value}`,
      );
    }
  }
  if (step === 0) throw new JsonataFunctionError('The step argument of function $range must not be 0');
  const count = Math.max(0, Math.floor((end - start) / step) + 1);
  if (count > MAX_RANGE_ITEMS) {
    throw new JsonataFunctionError(
      `The function $range can generate at most ${MAX_RANGE_ITEMS} items, but ${count} were requested`,
    );
  }
  const items = Array.from({ length: count }, (_, i) => start + i * step);
  return asSequence(items);
}

/** Marks an array as a JSONata sequence (what jsonata's own `createSequence` does). */
function asSequence<T>(items: T[]): T[] {
  Object.defineProperty(items, 'sequence', {
    value: true,
    enumerable: false,
    writable: true,
    configurable: true,
  });
  return items;
}
