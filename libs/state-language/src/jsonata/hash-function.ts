import { createHash } from 'node:crypto';
import { JsonataFunctionError } from './function-error.js';

/** The algorithms `$hash` accepts (the States.Hash list), mapped to node:crypto names. */
const ALGORITHMS: Readonly<Record<string, string>> = {
  MD5: 'md5',
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

/** `$hash(value, algorithm)`: lowercase hex digest of the UTF-8 string. */
export function hash(value: string | undefined, algorithm: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const name = algorithm === undefined ? undefined : ALGORITHMS[algorithm];
  if (name === undefined) {
    const supported = Object.keys(ALGORITHMS).join(', ');
    throw new JsonataFunctionError(
      `The algorithm argument of function $hash must be one of ${supported}, but was: ${algorithm}`,
    );
  }
  return createHash(name).update(value, 'utf8').digest('hex');
}
