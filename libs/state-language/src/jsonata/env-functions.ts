import jsonata from 'jsonata';
import { contextOf, nowMillisOf } from './evaluation-context.js';
import { seededRandom } from './seeded-random.js';

/*
 * Functions whose stock JSONata versions read the host clock or Math.random. These use the time and
 * randomness the caller put in JsonataEnv, so replaying an execution gives the same results.
 */

/** `$random([seed])`: the caller's random number, or a fixed number for a seed. */
export function random(this: jsonata.Focus, seed?: number): number {
  return seed === undefined ? contextOf(this).env.random() : seededRandom(seed);
}

/** `$uuid()`: the caller's v4 uuid. */
export function uuid(this: jsonata.Focus): string {
  return contextOf(this).env.uuid();
}

/** `$shuffle(array)`: jsonata's inside-out Fisher-Yates, drawing from the caller's randomness. */
export function shuffle(this: jsonata.Focus, array?: unknown[]): unknown[] | undefined {
  if (array === undefined || array.length <= 1) return array;
  const { env } = contextOf(this);
  const result: unknown[] = new Array(array.length);
  for (let i = 0; i < array.length; i++) {
    const j = Math.floor(env.random() * (i + 1));
    if (i !== j) result[i] = result[j];
    result[j] = array[i];
  }
  return result;
}

/** `$millis()`: the event time in epoch milliseconds. */
export function millis(this: jsonata.Focus): number {
  return nowMillisOf(this);
}

type BuiltinFunction = { implementation: (this: jsonata.Focus, ...args: unknown[]) => unknown };
let fromMillis: BuiltinFunction | undefined;

/** `$now([picture [, timezone]])`: the event time formatted by jsonata's own `$fromMillis`. */
export function now(this: jsonata.Focus, picture?: string, timezone?: string): unknown {
  fromMillis ??= jsonata('$fromMillis').evaluate(undefined) as BuiltinFunction;
  return fromMillis.implementation.call(this, nowMillisOf(this), picture, timezone);
}
