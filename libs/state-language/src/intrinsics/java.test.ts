import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Json } from '../json.js';
import { javaHashSetOrder } from './java-hash-set.js';
import { javaRandom } from './java-random.js';
import { javaString } from './java-repr.js';

// Expected values below were produced by a JVM (OpenJDK) running the equivalent Java.

const STRINGS: [Json, string][] = [
  [null, 'null'],
  ['text', 'text'],
  [true, 'true'],
  [1, '1'],
  [-7, '-7'],
  [3000000000, '3000000000'],
  [0.1, '0.1'],
  [0.001, '0.001'],
  [1.234e-5, '1.234E-5'],
  [12345678.5, '1.23456785E7'],
  [1.5e300, '1.5E300'],
  [[1, 'a', [null]], '[1, a, [null]]'],
  [{ a: 1, b: { c: [] } }, '{a=1, b={c=[]}}'],
];

for (const [value, expected] of STRINGS) {
  test(`javaString(${JSON.stringify(value)}) is ${expected}`, () =>
    assert.equal(javaString(value), expected));
}

test('javaHashSetOrder matches new ArrayList<>(new HashSet<>(list))', () => {
  const items: Json[] = [];
  for (let i = 0; i < 40; i++) items.push('k' + ((i * 7) % 23));
  for (let i = 0; i < 30; i++) items.push(i * 1000003);
  items.push(null, 1.5, -7, 3000000000, 'héllo', { a: 1 });
  assert.equal(
    javaString(javaHashSetOrder(items)),
    '[0, null, 5000015, 10000030, -7, 15000045, 27000081, 20000060, 22000066, 12000036, 2000006, 13000039, 18000054, k0, k1, ' +
      '24000072, k2, k3, k4, k5, k6, k7, k8, 29000087, k9, 4000012, 7000021, 21000063, 26000078, 16000048, 11000033, 6000018, ' +
      'k11, k10, k13, 1000003, k12, k15, k14, k17, 3000000000, k16, k19, 9000027, k18, 19000057, 23000069, {a=1}, 8000024, ' +
      '3000009, k20, k22, k21, héllo, 17000051, 25000075, 1.5, 14000042, 28000084]',
  );
});

test('javaRandom matches java.util.Random', () => {
  const draws = [42n, 0n, 1n, 3n, -10n].map((seed) => {
    const random = javaRandom(seed);
    return [random.nextInt(100), random.nextInt(999), random.nextInt(16)];
  });
  assert.deepStrictEqual(draws, [
    [30, 273, 10],
    [60, 241, 3],
    [85, 568, 6],
    [34, 632, 1],
    [83, 207, 7],
  ]);
  assert.equal(javaRandom(42n).nextDouble(), 0.7275636800328681);
});
