import jsonata from 'jsonata';
import { partition, range } from './array-functions.js';
import { millis, now, random, shuffle, uuid } from './env-functions.js';
import { describeJsonataError } from './function-error.js';
import { hash } from './hash-function.js';
import { parse } from './parse-function.js';

export type Compiled =
  | { readonly ok: true; readonly expression: jsonata.Expression }
  | { readonly ok: false; readonly error: string };

/**
 * Compiled expressions by source. Parsing costs far more than evaluating, and a Map state runs the
 * same expressions for every item. Bounded: past the limit the oldest entry goes.
 */
const cache = new Map<string, Compiled>();
const CACHE_LIMIT = 2000;

/** The compiled expression with Step Functions' functions registered, or the syntax error as `code: message`. */
export function compileJsonata(source: string): Compiled {
  const cached = cache.get(source);
  if (cached !== undefined) return cached;
  const compiled = compile(source);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(source, compiled);
  return compiled;
}

function compile(source: string): Compiled {
  let expression: jsonata.Expression;
  try {
    expression = jsonata(source);
  } catch (e) {
    return { ok: false, error: describeJsonataError(e) };
  }
  registerStepFunctionsFunctions(expression);
  return { ok: true, expression };
}

/** The functions AWS adds, and the stock ones replaced so they read time and randomness from the env. */
function registerStepFunctionsFunctions(expression: jsonata.Expression): void {
  expression.registerFunction('partition', partition, '<an:a>');
  expression.registerFunction('range', range, '<nnn:a>');
  expression.registerFunction('hash', hash, '<ss:s>');
  expression.registerFunction('parse', parse, '<s:x>');
  expression.registerFunction('random', random, '<n?:n>');
  expression.registerFunction('uuid', uuid, '<:s>');
  expression.registerFunction('shuffle', shuffle, '<a:a>');
  expression.registerFunction('now', now, '<s?s?:s>');
  expression.registerFunction('millis', millis, '<:n>');
}
