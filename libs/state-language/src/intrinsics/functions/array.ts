import type { Json } from '../../json.js';
import { arrayArg, check, numberArg, type IntrinsicFunction } from '../call.js';
import { javaHashSetOrder } from '../java-hash-set.js';
import { javaString } from '../java-repr.js';
import { isInt32, truncate } from '../numbers.js';

const MAX_RANGE_ITEMS = 1000;

/** States.Array(v...): its arguments as an array. */
export const statesArray: IntrinsicFunction = {
  minArgs: 0,
  maxArgs: Infinity,
  evaluate: (call) => [...call.args],
};

/** States.ArrayPartition(array, size): chunks of `size` (truncated to an integer, at least 1). */
export const statesArrayPartition: IntrinsicFunction = {
  minArgs: 2,
  maxArgs: 2,
  evaluate(call) {
    const array = arrayArg(call, 0);
    const size = truncate(numberArg(call, 1));
    check(call, size >= 1);
    const chunks: Json[] = [];
    for (let i = 0; i < array.length; i += size) chunks.push(array.slice(i, i + size));
    return chunks;
  },
};

/**
 * States.ArrayContains(array, value). AWS compares Java string forms (`String.valueOf`), so `true`
 * matches `"true"` and objects match only with the same key order; we do the same.
 */
export const statesArrayContains: IntrinsicFunction = {
  minArgs: 2,
  maxArgs: 2,
  evaluate(call) {
    const array = arrayArg(call, 0);
    const target = javaString(call.args[1]);
    return array.some((item) => javaString(item) === target);
  },
};

/** States.ArrayRange(first, last, step): inclusive range, arguments truncated, step ≠ 0, ≤ 1000 items. */
export const statesArrayRange: IntrinsicFunction = {
  minArgs: 3,
  maxArgs: 3,
  evaluate(call) {
    const [first, last, step] = [0, 1, 2].map((i) => truncate(numberArg(call, i)));
    check(call, step !== 0 && isInt32(first) && isInt32(last) && isInt32(step));
    const reachable = step > 0 ? last >= first : last <= first;
    const count = reachable ? Math.floor((last - first) / step) + 1 : 0;
    check(call, count <= MAX_RANGE_ITEMS);
    return Array.from({ length: count }, (_, i) => first + i * step);
  },
};

/**
 * States.ArrayGetItem(array, index): index truncated, must be ≥ 0 and in bounds. AWS returns null
 * (rather than failing) for any index into an empty array; we do the same.
 */
export const statesArrayGetItem: IntrinsicFunction = {
  minArgs: 2,
  maxArgs: 2,
  evaluate(call) {
    const array = arrayArg(call, 0);
    const index = truncate(numberArg(call, 1));
    check(call, index >= 0);
    if (array.length === 0) return null;
    check(call, index < array.length);
    return array[index];
  },
};

/** States.ArrayLength(array). */
export const statesArrayLength: IntrinsicFunction = {
  minArgs: 1,
  maxArgs: 1,
  evaluate: (call) => arrayArg(call, 0).length,
};

/** States.ArrayUnique(array): distinct items (deep equality) in AWS's `java.util.HashSet` order. */
export const statesArrayUnique: IntrinsicFunction = {
  minArgs: 1,
  maxArgs: 1,
  evaluate: (call) => javaHashSetOrder(arrayArg(call, 0)),
};
