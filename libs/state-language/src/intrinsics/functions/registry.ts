import type { IntrinsicFunction } from '../call.js';
import {
  statesArray,
  statesArrayContains,
  statesArrayGetItem,
  statesArrayLength,
  statesArrayPartition,
  statesArrayRange,
  statesArrayUnique,
} from './array.js';
import { statesBase64Decode, statesBase64Encode } from './encoding.js';
import { statesFormat } from './format.js';
import { statesHash } from './hash.js';
import { statesJsonMerge, statesJsonToString, statesStringToJson } from './json.js';
import { statesMathAdd, statesMathRandom } from './math.js';
import { statesStringSplit, statesUuid } from './string.js';

/** Every intrinsic AWS defines for JSONPath states, by full name. */
const FUNCTIONS: ReadonlyMap<string, IntrinsicFunction> = new Map([
  ['States.Format', statesFormat],
  ['States.StringToJson', statesStringToJson],
  ['States.JsonToString', statesJsonToString],
  ['States.Array', statesArray],
  ['States.ArrayPartition', statesArrayPartition],
  ['States.ArrayContains', statesArrayContains],
  ['States.ArrayRange', statesArrayRange],
  ['States.ArrayGetItem', statesArrayGetItem],
  ['States.ArrayLength', statesArrayLength],
  ['States.ArrayUnique', statesArrayUnique],
  ['States.Base64Encode', statesBase64Encode],
  ['States.Base64Decode', statesBase64Decode],
  ['States.Hash', statesHash],
  ['States.JsonMerge', statesJsonMerge],
  ['States.MathRandom', statesMathRandom],
  ['States.MathAdd', statesMathAdd],
  ['States.StringSplit', statesStringSplit],
  ['States.UUID', statesUuid],
]);

export function findIntrinsicFunction(name: string): IntrinsicFunction | undefined {
  return FUNCTIONS.get(name);
}

export function hasValidArity(fn: IntrinsicFunction, count: number): boolean {
  return count >= fn.minArgs && count <= fn.maxArgs;
}
