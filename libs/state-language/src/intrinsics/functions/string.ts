import { stringArg, type IntrinsicFunction } from '../call.js';

/**
 * States.StringSplit(text, delimiters): splits at every character of `delimiters` and drops empty
 * tokens, like Java's StringTokenizer (AWS: `'a,,b'` → `["a","b"]`, `''` → `[]`).
 */
export const statesStringSplit: IntrinsicFunction = {
  minArgs: 2,
  maxArgs: 2,
  evaluate(call) {
    const text = stringArg(call, 0);
    const delimiters = new Set(stringArg(call, 1));
    const tokens: string[] = [];
    let current = '';
    for (const char of text) {
      if (!delimiters.has(char)) current += char;
      else if (current !== '') {
        tokens.push(current);
        current = '';
      }
    }
    if (current !== '') tokens.push(current);
    return tokens;
  },
};

/** States.UUID(): a v4 UUID from the environment. */
export const statesUuid: IntrinsicFunction = {
  minArgs: 0,
  maxArgs: 0,
  evaluate: (call) => call.env.uuid(),
};
