import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonSizeBound, surelyFitsJson } from './json-size-bound.js';

const exact = (v: unknown) => Buffer.byteLength(JSON.stringify(v), 'utf8');

test('the bound is never below the UTF-8 size of the JSON text', () => {
  const values: unknown[] = [
    null,
    true,
    false,
    0,
    -0,
    7,
    -12345,
    999999999999999,
    1e15,
    -1e21,
    0.1,
    -2.2250738585072014e-308,
    Number.MAX_VALUE,
    '',
    'plain',
    'quote " and \\ backslash',
    'control \u0000\u001f\n\t',
    'é ü 漢字 😀',
    '\ud800 lone surrogate',
    'x'.repeat(5000) + '"',
    [],
    {},
    [1, 'a', null, [true, { b: [] }]],
    { 'key "quoted"': { nested: ['é', 1.5] }, n: -1 },
    Object.assign(Object.create(null) as object, { a: 1 }),
    { items: Array.from({ length: 100 }, (_, i) => ({ i })) },
  ];
  for (const v of values) {
    const bound = jsonSizeBound(v);
    assert.ok(bound >= exact(v), `${JSON.stringify(v).slice(0, 40)}: ${bound} < ${exact(v)}`);
  }
});

test('the bound is tight for ASCII payloads with integers (a byte per container)', () => {
  const v = { items: Array.from({ length: 100 }, (_, i) => ({ i, name: `item ${i}` })) };
  assert.equal(jsonSizeBound(v), exact(v) + 102);
});

test('values that are not plainly JSON have no bound', () => {
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  let deep: unknown = 1;
  for (let i = 0; i < 1001; i++) deep = [deep];
  for (const v of [
    undefined,
    () => 1,
    NaN,
    Infinity,
    10n,
    new Date(0),
    [1, undefined],
    { a: NaN },
    cyclic,
    deep,
  ])
    assert.equal(jsonSizeBound(v), -1);
  assert.equal(jsonSizeBound([, 1]), -1); // a hole is undefined
});

test('surelyFitsJson settles small payloads and defers large or odd ones', () => {
  assert.equal(surelyFitsJson({ payload: 'x'.repeat(64) }, 100), true);
  assert.equal(surelyFitsJson('x'.repeat(90), 100), true); // coarse 542 bytes, scanned 92
  assert.equal(surelyFitsJson('é'.repeat(90), 100), false);
  assert.equal(surelyFitsJson({ a: undefined }, 100), false);
});
