import { check, numberArg, type IntrinsicCall, type IntrinsicFunction } from '../call.js';
import { javaRandom } from '../java-random.js';
import { INT32_MAX, isInt32, javaRound, truncate } from '../numbers.js';

/**
 * States.MathRandom(start, end[, seed]): an integer in [start, end), bounds truncated to 32-bit
 * integers with start < end. With a seed the result is `start + new java.util.Random(seed).nextInt(end - start)`,
 * the same for the same seed; without one it comes from the environment's randomness.
 */
export const statesMathRandom: IntrinsicFunction = {
  minArgs: 2,
  maxArgs: 3,
  evaluate(call) {
    const start = truncate(numberArg(call, 0));
    const end = truncate(numberArg(call, 1));
    check(call, isInt32(start) && isInt32(end) && start < end);
    const bound = end - start;
    return start + (call.args.length === 3 ? seeded(call, bound) : unseeded(call, bound));
  },
};

function seeded(call: IntrinsicCall, bound: number): number {
  const random = javaRandom(BigInt(truncate(numberArg(call, 2))));
  return bound <= INT32_MAX ? random.nextInt(bound) : Math.floor(random.nextDouble() * bound);
}

function unseeded(call: IntrinsicCall, bound: number): number {
  const r = call.env.random();
  if (!(r >= 0 && r < 1))
    throw new Error(`The environment's random() returned ${r}, expected a number in [0, 1)`);
  return Math.floor(r * bound);
}

/** States.MathAdd(a, b): the sum of the operands rounded with Java's Math.round; all 32-bit integers. */
export const statesMathAdd: IntrinsicFunction = {
  minArgs: 2,
  maxArgs: 2,
  evaluate(call) {
    const a = javaRound(numberArg(call, 0));
    const b = javaRound(numberArg(call, 1));
    check(call, isInt32(a) && isInt32(b) && isInt32(a + b));
    return a + b;
  },
};
