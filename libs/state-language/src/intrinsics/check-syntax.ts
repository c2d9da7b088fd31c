import { findIntrinsicFunction, hasValidArity } from './functions/registry.js';
import { parseIntrinsic } from './parse.js';
import type { CallNode } from './types.js';

const CALL_PREFIX = /^States\.[A-Za-z0-9_]+\(/;

/** Whether a `.$` field's text is an intrinsic invocation (rather than a path): `States.<Name>(`. */
export function isIntrinsicCall(text: string): boolean {
  return CALL_PREFIX.test(text);
}

/** Syntax + arity check without evaluating (for definition validation): null when fine, else a message. */
export function checkIntrinsicSyntax(text: string): string | null {
  const parsed = parseIntrinsic(text);
  return parsed.ok ? checkCall(parsed.call) : parsed.message;
}

function checkCall(call: CallNode): string | null {
  const fn = findIntrinsicFunction(call.name);
  if (fn === undefined) return `Unknown intrinsic function '${call.name}'`;
  if (!hasValidArity(fn, call.args.length)) {
    return `${call.name} takes ${describeArity(fn.minArgs, fn.maxArgs)} but was given ${call.args.length}`;
  }
  for (const arg of call.args) {
    const problem = arg.kind === 'call' ? checkCall(arg) : null;
    if (problem !== null) return problem;
  }
  return null;
}

function describeArity(min: number, max: number): string {
  const plural = (n: number) => `${n} argument${n === 1 ? '' : 's'}`;
  if (max === Infinity) return `at least ${plural(min)}`;
  return min === max ? plural(min) : `${min} to ${plural(max)}`;
}
