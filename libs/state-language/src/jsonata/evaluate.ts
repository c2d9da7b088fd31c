import { States, StatesError } from '../errors/states-errors.js';
import { isJsonObject, type Json, type JsonObject } from '../json.js';
import { bindingsFor } from './bindings.js';
import { compileJsonata } from './compile.js';
import { describeJsonataError } from './function-error.js';
import type { JsonataEnv } from './jsonata-env.js';
import {
  jsonataTypeOf,
  returnedUndefinedMessage,
  threwMessage,
  unexpectedTypeMessage,
  unsupportedResultMessage,
  type JsonataTypeName,
} from './messages.js';
import { isJsonataTemplate, jsonataExpressionOf } from './template.js';
import { isJsonataFunction, toJson } from './to-json.js';

/**
 * Evaluates one `{% expr %}` string. `field` names the ASL field for error messages ('Arguments',
 * 'Output/result', 'Condition', …). Every failure is a StatesError(States.QueryEvaluationError).
 */
export function evaluateJsonataString(template: string, env: JsonataEnv, field: string): Json {
  if (!isJsonataTemplate(template))
    throw new Error(`evaluateJsonataString expects a {% … %} template, got: ${template}`);
  const expression = jsonataExpressionOf(template);
  const fail = (message: string) => new StatesError(States.QueryEvaluationError, message);
  const compiled = compileJsonata(expression);
  if (!compiled.ok) throw fail(threwMessage(expression, field, compiled.error));
  let result: unknown;
  try {
    result = compiled.expression.evaluate(undefined, bindingsFor(env));
  } catch (e) {
    throw fail(threwMessage(expression, field, describeJsonataError(e)));
  }
  if (result === undefined) throw fail(returnedUndefinedMessage(expression, field));
  if (isJsonataFunction(result)) throw fail(unsupportedResultMessage(expression, field));
  try {
    return toJson(result);
  } catch (e) {
    throw fail(threwMessage(expression, field, describeJsonataError(e)));
  }
}

/**
 * Evaluates a JSON value recursively: each string that is a `{% %}` template is replaced by its
 * result; keys and other values stay. Nested fields are named `field/key` (`Output/result`, as AWS
 * does) and `field/index` in arrays. Containers without templates are returned as they are.
 */
export function evaluateJsonataValue(value: Json, env: JsonataEnv, field: string): Json {
  if (typeof value === 'string')
    return isJsonataTemplate(value) ? evaluateJsonataString(value, env, field) : value;
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item, index) => {
      const evaluated = evaluateJsonataValue(item, env, `${field}/${index}`);
      changed ||= evaluated !== item;
      return evaluated;
    });
    return changed ? items : value;
  }
  if (isJsonObject(value)) return evaluateObject(value, env, field);
  return value;
}

function evaluateObject(value: JsonObject, env: JsonataEnv, field: string): JsonObject {
  let changed = false;
  const result: JsonObject = {};
  for (const key of Object.keys(value)) {
    const member = value[key];
    const evaluated = evaluateJsonataValue(member, env, `${field}/${key}`);
    changed ||= evaluated !== member;
    Object.defineProperty(result, key, {
      value: evaluated,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return changed ? result : value;
}

/**
 * Evaluates a template whose result must have one JSON type (Items: 'array', Condition: 'boolean',
 * TimeoutSeconds: 'number', …); a mismatch fails with AWS's "unexpected result type" cause.
 */
export function evaluateJsonataExpecting(
  template: string,
  env: JsonataEnv,
  field: string,
  expected: JsonataTypeName,
): Json {
  const result = evaluateJsonataString(template, env, field);
  if (jsonataTypeOf(result) !== expected) {
    throw new StatesError(
      States.QueryEvaluationError,
      unexpectedTypeMessage(jsonataExpressionOf(template), field, expected, result),
    );
  }
  return result;
}
