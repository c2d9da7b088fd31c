import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JsonObject } from '@durastep/state-language';
import { formEncode, type ArrayFormat } from '../../src/tasks/form-encoding.js';

const body: JsonObject = { a: ['x', 'y'], n: 1, t: true, z: null, s: 'a&b=c d' };
const cases: [ArrayFormat | undefined, string][] = [
  [undefined, 'a%5B0%5D=x&a%5B1%5D=y&n=1&t=true&z=&s=a%26b%3Dc%20d'],
  ['INDICES', 'a%5B0%5D=x&a%5B1%5D=y&n=1&t=true&z=&s=a%26b%3Dc%20d'],
  ['BRACKETS', 'a%5B%5D=x&a%5B%5D=y&n=1&t=true&z=&s=a%26b%3Dc%20d'],
  ['REPEAT', 'a=x&a=y&n=1&t=true&z=&s=a%26b%3Dc%20d'],
  ['COMMAS', 'a=x%2Cy&n=1&t=true&z=&s=a%26b%3Dc%20d'],
];
for (const [format, expected] of cases)
  test(`formEncode with ArrayFormat ${format ?? '(default)'}`, () =>
    assert.equal(formEncode(body, format), expected));

test('formEncode nests objects with brackets', () => {
  assert.equal(
    decodeURIComponent(formEncode({ user: { name: 'Ann', tags: ['a'] } })),
    'user[name]=Ann&user[tags][0]=a',
  );
});
