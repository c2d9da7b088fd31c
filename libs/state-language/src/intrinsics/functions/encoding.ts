import { check, stringArg, type IntrinsicFunction } from '../call.js';

const MAX_INPUT_CHARS = 10_000;

/** States.Base64Encode(text): Base64 of the UTF-8 bytes; input up to 10,000 characters. */
export const statesBase64Encode: IntrinsicFunction = {
  minArgs: 1,
  maxArgs: 1,
  evaluate(call) {
    const text = stringArg(call, 0);
    check(call, text.length <= MAX_INPUT_CHARS);
    return Buffer.from(text, 'utf8').toString('base64');
  },
};

/**
 * States.Base64Decode(base64): the decoded bytes as UTF-8 text; input up to 10,000 characters.
 * Like AWS's MIME decoder it is lenient: characters outside the alphabet are skipped, padding optional.
 */
export const statesBase64Decode: IntrinsicFunction = {
  minArgs: 1,
  maxArgs: 1,
  evaluate(call) {
    const text = stringArg(call, 0);
    check(call, text.length <= MAX_INPUT_CHARS);
    return Buffer.from(text, 'base64').toString('utf8');
  },
};
