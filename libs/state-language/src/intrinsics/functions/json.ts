import { nestsDeeperThan, type Json } from '../../json.js';
import { fail, objectArg, stringArg, type IntrinsicFunction } from '../call.js';

/** States.StringToJson(text): parsed JSON; a blank string gives null, as on AWS. */
export const statesStringToJson: IntrinsicFunction = {
  minArgs: 1,
  maxArgs: 1,
  evaluate(call) {
    const text = stringArg(call, 0).trim();
    if (text === '') return null;
    if (nestsDeeperThan(text)) return fail(call); // as Jackson's nesting limit
    try {
      return JSON.parse(text, (_key, value: unknown) => (Object.is(value, -0) ? 0 : value)) as Json;
    } catch {
      return fail(call);
    }
  },
};

/** States.JsonToString(value): compact JSON text. */
export const statesJsonToString: IntrinsicFunction = {
  minArgs: 1,
  maxArgs: 1,
  evaluate: (call) => JSON.stringify(call.args[0]),
};

/**
 * States.JsonMerge(a, b, deep): shallow merge, b's keys win. AWS supports only shallow mode: `true`
 * for deep fails, any other third argument merges shallowly (as AWS does for e.g. `'false'`).
 */
export const statesJsonMerge: IntrinsicFunction = {
  minArgs: 3,
  maxArgs: 3,
  evaluate(call) {
    const left = objectArg(call, 0);
    const right = objectArg(call, 1);
    if (call.args[2] === true) fail(call);
    return { ...left, ...right };
  },
};
