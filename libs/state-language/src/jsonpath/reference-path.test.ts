import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Json } from '../json.js';
import { isStatesError } from '../errors/states-errors.js';
import { isReferencePath, parseJsonPath, REFERENCE_PATH_CONFLICT, setAtReferencePath } from './index.js';

const referencePaths: { path: string; ok: boolean }[] = [
  { path: '$', ok: true },
  { path: '$.a.b', ok: true },
  { path: "$['a b'][0].c", ok: true },
  { path: '$$.Execution.Input', ok: true },
  { path: '$var.field', ok: true },
  { path: '$.a[-1]', ok: true },
  { path: '$.a[*]', ok: false },
  { path: '$..a', ok: false },
  { path: '$.a[0,1]', ok: false },
  { path: '$.a[1:]', ok: false },
  { path: "$['a','b']", ok: false },
  { path: '$.a[?(@.b)]', ok: false },
  { path: 'a.b', ok: false },
];

for (const row of referencePaths) {
  test(`isReferencePath ${row.path} → ${row.ok}`, () => assert.equal(isReferencePath(row.path), row.ok));
}

test('parseJsonPath reports definiteness and errors as values', () => {
  const definite = parseJsonPath('$.a[0]');
  assert.ok(definite.ok && definite.path.definite && definite.path.root.kind === 'input');
  const indefinite = parseJsonPath('$$.a[*]');
  assert.ok(indefinite.ok && !indefinite.path.definite && indefinite.path.root.kind === 'context');
  const variable = parseJsonPath('$x.y');
  assert.ok(variable.ok && variable.path.root.kind === 'variable' && variable.path.root.name === 'x');
  const bad = parseJsonPath('$.a[');
  assert.ok(!bad.ok && bad.message.includes('$.a['));
});

type Row = { target: Json; path: string; value: Json; result?: Json; error?: [string, string] };
const writes: Row[] = [
  { target: { a: 1 }, path: '$', value: 'r', result: 'r' },
  { target: 'text', path: '$', value: { r: 1 }, result: { r: 1 } },
  { target: { a: 1 }, path: '$.b', value: 2, result: { a: 1, b: 2 } },
  { target: { a: 1 }, path: '$.a', value: { n: 1 }, result: { a: { n: 1 } } },
  { target: {}, path: '$.x.y.z', value: true, result: { x: { y: { z: true } } } },
  { target: { x: { keep: 1 } }, path: '$.x.y', value: 0, result: { x: { keep: 1, y: 0 } } },
  { target: { 'a b': {} }, path: "$['a b'].c", value: 1, result: { 'a b': { c: 1 } } },
  { target: { list: [1, { a: 1 }] }, path: '$.list[1].b', value: 2, result: { list: [1, { a: 1, b: 2 }] } },
  { target: { list: [1, 2] }, path: '$.list[0]', value: 9, result: { list: [9, 2] } },
  { target: { list: [1, 2] }, path: '$.list[-1]', value: 9, result: { list: [1, 9] } },
  { target: [{ a: 1 }], path: '$[0].b', value: 2, result: [{ a: 1, b: 2 }] },
  {
    target: 'input1',
    path: '$.someTaskResult',
    value: 1,
    error: [REFERENCE_PATH_CONFLICT, 'Unable to apply ReferencePath $.someTaskResult to input "input1"'],
  },
  {
    target: null,
    path: '$.x',
    value: 1,
    error: [REFERENCE_PATH_CONFLICT, 'Unable to apply ReferencePath $.x to input null'],
  },
  {
    target: 5,
    path: '$.x',
    value: 1,
    error: [REFERENCE_PATH_CONFLICT, 'Unable to apply ReferencePath $.x to input 5'],
  },
  {
    target: [1, 2],
    path: '$.agg',
    value: 1,
    error: [REFERENCE_PATH_CONFLICT, 'Unable to apply step "agg" to input [1,2]'],
  },
  {
    target: { a: 'str' },
    path: '$.a.b',
    value: 1,
    error: [REFERENCE_PATH_CONFLICT, 'Unable to apply step "b" to input "str"'],
  },
  {
    target: { a: null },
    path: '$.a.b',
    value: 1,
    error: [REFERENCE_PATH_CONFLICT, 'Unable to apply step "b" to input null'],
  },
  {
    target: { a: [1] },
    path: '$.a[3]',
    value: 1,
    error: [REFERENCE_PATH_CONFLICT, 'Unable to apply step "[3]" to input [1]'],
  },
  {
    target: { a: {} },
    path: '$.a[0]',
    value: 1,
    error: [REFERENCE_PATH_CONFLICT, 'Unable to apply step "[0]" to input {}'],
  },
  {
    target: {},
    path: '$.a[*]',
    value: 1,
    error: [
      'States.Runtime',
      "Invalid path '$.a[*]' : '$.a[*]' is not a reference path: it can match more than one node",
    ],
  },
  {
    target: {},
    path: '$$.a',
    value: 1,
    error: ['States.Runtime', "Invalid path '$$.a' : only paths rooted at '$' can be written"],
  },
];

for (const row of writes) {
  test(`setAtReferencePath ${JSON.stringify(row.target)} ${row.path}`, () => {
    const before = JSON.stringify(row.target);
    if (row.error === undefined) {
      assert.deepEqual(setAtReferencePath(row.target, row.path, row.value), row.result);
      assert.equal(JSON.stringify(row.target), before, 'the target is not mutated');
      return;
    }
    const [error, cause] = row.error;
    assert.throws(
      () => setAtReferencePath(row.target, row.path, row.value),
      (e: unknown) => isStatesError(e) && e.error === error && e.cause === cause,
    );
  });
}
