import { MAX_JSON_NESTING, nestsDeeperThan } from '../json.js';
import { JsonataFunctionError } from './function-error.js';

/**
 * `$parse(jsonString)`: the JSON value the string holds (Step Functions' replacement for `$eval`).
 * Arrays come back as plain arrays, so `$parse('[1]')` stays `[1]`.
 */
export function parse(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  if (nestsDeeperThan(text))
    throw new JsonataFunctionError(
      `The argument of function $parse is not a valid JSON string: nested deeper than ${MAX_JSON_NESTING} levels`,
    );
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new JsonataFunctionError(`The argument of function $parse is not a valid JSON string: ${reason}`);
  }
}
