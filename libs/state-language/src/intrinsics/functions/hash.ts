import { createHash } from 'node:crypto';
import { check, fail, stringArg, type IntrinsicFunction } from '../call.js';
import { javaString } from '../java-repr.js';

const MAX_INPUT_CHARS = 10_000;

/** AWS's algorithm names (exact spelling) to node:crypto's. */
const ALGORITHMS: ReadonlyMap<string, string> = new Map([
  ['MD5', 'md5'],
  ['SHA-1', 'sha1'],
  ['SHA-256', 'sha256'],
  ['SHA-384', 'sha384'],
  ['SHA-512', 'sha512'],
]);

/**
 * States.Hash(data, algorithm): lowercase hex digest of the UTF-8 data. Non-string data is hashed
 * in its Java string form, as AWS does; data is limited to 10,000 characters.
 */
export const statesHash: IntrinsicFunction = {
  minArgs: 2,
  maxArgs: 2,
  evaluate(call) {
    const data = javaString(call.args[0]);
    const algorithm = ALGORITHMS.get(stringArg(call, 1)) ?? fail(call);
    check(call, data.length <= MAX_INPUT_CHARS);
    return createHash(algorithm).update(data, 'utf8').digest('hex');
  },
};
