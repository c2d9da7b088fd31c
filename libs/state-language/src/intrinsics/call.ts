import { isJsonObject, type Json, type JsonObject } from '../json.js';
import { invalidArguments } from './failure.js';
import type { CallNode, IntrinsicEnv } from './types.js';

/** One evaluated invocation handed to a function: its AST node, its argument values, the environment. */
export type IntrinsicCall = {
  readonly node: CallNode;
  readonly args: readonly Json[];
  readonly env: IntrinsicEnv;
};

/** An intrinsic function: its arity and how it evaluates (throwing StatesError on bad arguments). */
export type IntrinsicFunction = {
  readonly minArgs: number;
  /** `Infinity` for variadic functions. */
  readonly maxArgs: number;
  evaluate(call: IntrinsicCall): Json;
};

export function fail(call: IntrinsicCall): never {
  return invalidArguments(call.node.name, call.node.source);
}

export function stringArg(call: IntrinsicCall, index: number): string {
  const value = call.args[index];
  return typeof value === 'string' ? value : fail(call);
}

export function numberArg(call: IntrinsicCall, index: number): number {
  const value = call.args[index];
  return typeof value === 'number' && Number.isFinite(value) ? value : fail(call);
}

export function arrayArg(call: IntrinsicCall, index: number): Json[] {
  const value = call.args[index];
  return Array.isArray(value) ? value : fail(call);
}

export function objectArg(call: IntrinsicCall, index: number): JsonObject {
  const value = call.args[index];
  return isJsonObject(value) ? value : fail(call);
}

/** Fails unless `ok`; reads as a guard: `check(call, n > 0)`. */
export function check(call: IntrinsicCall, ok: boolean): void {
  if (!ok) fail(call);
}
