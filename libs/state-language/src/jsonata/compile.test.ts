import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bindingsFor } from './bindings.js';
import { compileJsonata } from './compile.js';
import { describeJsonataError } from './function-error.js';
import { fakeEnv } from './rows.test-util.js';

test('compiled expressions are cached by source', () => {
  const first = compileJsonata('$states.input.a + 1');
  assert.equal(compileJsonata('$states.input.a + 1'), first);
  assert.notEqual(compileJsonata('$states.input.a + 2'), first);
});

test('syntax errors are cached too', () => {
  const first = compileJsonata('(');
  assert.deepStrictEqual(first, { ok: false, error: 'S0203: Expected ")" before end of expression' });
  assert.equal(compileJsonata('('), first);
});

test('the cache is bounded: old entries are compiled again', () => {
  const first = compileJsonata('1 + 1');
  for (let i = 0; i < 2100; i++) compileJsonata(`${i}`);
  assert.notEqual(compileJsonata('1 + 1'), first);
});

const BUDGET_ROWS: { expr: string; maxSteps: number; error?: string; result?: unknown }[] = [
  {
    expr: '($f := function($x){ $f($x) }; $f(1))',
    maxSteps: 1000,
    error: 'U1001: Evaluation exceeded 1000 steps; check for non-terminating recursion',
  },
  { expr: '$sum([1..100])', maxSteps: 1000, result: 5050 },
];

for (const row of BUDGET_ROWS) {
  test(`evaluation budget of ${row.maxSteps} steps: ${row.expr}`, () => {
    const compiled = compileJsonata(row.expr);
    assert.ok(compiled.ok);
    const run = () =>
      compiled.expression.evaluate(undefined, bindingsFor(fakeEnv(), row.maxSteps)) as unknown;
    if (row.error === undefined) return assert.equal(run(), row.result);
    assert.throws(run, (e: unknown) => describeJsonataError(e) === row.error);
  });
}

const DESCRIBE_ROWS: { error: unknown; text: string }[] = [
  {
    error: { code: 'T1006', message: 'Attempted to invoke a non-function' },
    text: 'T1006: Attempted to invoke a non-function',
  },
  { error: { code: 'X1' }, text: 'X1' },
  { error: new RangeError('Maximum call stack size exceeded'), text: 'Maximum call stack size exceeded' },
  { error: 'plain', text: 'plain' },
  { error: null, text: 'null' },
];

for (const row of DESCRIBE_ROWS) {
  test(`describeJsonataError -> ${row.text}`, () => assert.equal(describeJsonataError(row.error), row.text));
}
