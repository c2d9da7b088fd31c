import { cloneJson, type Json } from '../json.js';
import { States, StatesError } from '../errors/states-errors.js';
import { evaluationPrefix, invalidArguments, toStatesError } from './failure.js';
import { findIntrinsicFunction, hasValidArity } from './functions/registry.js';
import { parseIntrinsic } from './parse.js';
import type { CallNode, IntrinsicEnv, IntrinsicNode } from './types.js';

/**
 * Evaluates an intrinsic invocation such as `States.Format('{}', $.name)`. Every failure is a
 * StatesError (States.Runtime, as on AWS); errors thrown by `env.resolvePath` pass through unchanged.
 * The result shares no structure with the values the paths resolved to.
 */
export function evaluateIntrinsic(text: string, env: IntrinsicEnv): Json {
  const parsed = parseIntrinsic(text);
  if (!parsed.ok) throw new StatesError(States.Runtime, `${evaluationPrefix(text)} ${parsed.message}`);
  const result = evaluateCall(parsed.call, env);
  try {
    return cloneJson(result);
  } catch (e) {
    // A result too long for a JavaScript string (States.Array of large values, nested).
    if (e instanceof RangeError)
      throw new StatesError(States.DataLimitExceeded, `${evaluationPrefix(text)} ${e.message}`);
    throw e;
  }
}

function evaluateCall(node: CallNode, env: IntrinsicEnv): Json {
  const fn = findIntrinsicFunction(node.name);
  if (fn === undefined) {
    throw new StatesError(
      States.Runtime,
      `${evaluationPrefix(node.source)} Unknown intrinsic function ${node.name}`,
    );
  }
  if (!hasValidArity(fn, node.args.length)) invalidArguments(node.name, node.source);
  const args = node.args.map((arg) => evaluateArgument(arg, node, env));
  try {
    return fn.evaluate({ node, args, env });
  } catch (e) {
    throw toStatesError(e, node.source);
  }
}

function evaluateArgument(arg: IntrinsicNode, call: CallNode, env: IntrinsicEnv): Json {
  switch (arg.kind) {
    case 'string':
    case 'literal':
      return arg.value;
    case 'path':
      return resolvePath(arg.path, call, env);
    case 'call':
      return evaluateCall(arg, env);
    default:
      return assertNever(arg);
  }
}

function resolvePath(path: string, call: CallNode, env: IntrinsicEnv): Json {
  try {
    const value = env.resolvePath(path);
    if (value === undefined) throw new Error(`The path '${path}' resolved to no value`);
    return value;
  } catch (e) {
    throw toStatesError(e, call.source);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected intrinsic node ${JSON.stringify(value)}`);
}
