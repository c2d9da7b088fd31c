import { isJsonObject, type Json, type JsonObject } from '../json.js';
import { States, StatesError } from '../errors/states-errors.js';
import { evaluateIntrinsic, isIntrinsicCall } from '../intrinsics/index.js';
import { resolvePathForField, type PathScope } from '../jsonpath/index.js';

/** The JSONPath fields that hold a payload template. */
export type PayloadField =
  | 'Parameters'
  | 'ResultSelector'
  | 'ItemSelector'
  | 'Assign'
  | 'BatchInput'
  | 'Credentials'
  | 'ItemReader'
  | 'ResultWriter'
  | (string & {});

/** Where randomness comes from (States.MathRandom, States.UUID): the caller's event, never Math.random. */
export type RandomSource = { random(): number; uuid(): string };

/**
 * Evaluates a JSONPath payload template (Parameters, ResultSelector, ItemSelector, Assign, …).
 * A key ending in `.$` loses the suffix and takes the value its string names: a path (`$…` the
 * scope's input, `$$…` the context object, `$name…` a variable) or an intrinsic function call.
 * Other values are copied; nested objects and arrays are templates too.
 *
 * A path that matches nothing fails with States.Runtime: "The JSONPath '$.x' specified for the
 * field 'key.$' could not be found in the input '<input JSON>'".
 */
export function applyPayloadTemplate(
  template: Json,
  scope: PathScope,
  env: RandomSource,
  field: PayloadField,
): Json {
  if (Array.isArray(template)) return template.map((item) => applyPayloadTemplate(item, scope, env, field));
  if (!isJsonObject(template)) return template;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(template)) {
    if (key.endsWith('.$')) {
      setOwn(out, key.slice(0, -2), evaluateBinding(key, value, scope, env, field));
    } else {
      setOwn(out, key, applyPayloadTemplate(value, scope, env, field));
    }
  }
  return out;
}

function evaluateBinding(
  key: string,
  value: Json,
  scope: PathScope,
  env: RandomSource,
  field: PayloadField,
): Json {
  if (typeof value !== 'string') {
    throw new StatesError(
      States.Runtime,
      `The value of the field '${key}' in '${field}' must be a string holding a JSONPath or an intrinsic function`,
    );
  }
  if (isIntrinsicCall(value)) {
    return evaluateIntrinsic(value, {
      resolvePath: (path) => resolvePathForField(path, scope, key),
      random: () => env.random(),
      uuid: () => env.uuid(),
    });
  }
  return resolvePathForField(value, scope, key);
}

/** Defines a key even when it is `__proto__`, which plain assignment would not. */
function setOwn(target: JsonObject, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
