import assert from 'node:assert/strict';
import { test } from 'node:test';
import { States, StatesError } from '../errors/states-errors.js';
import { evaluateIntrinsic, type IntrinsicEnv } from './index.js';
import { fakeEnv } from './fake-env.test-util.js';
import { invalidArgs, runRows } from './run-rows.test-util.js';

const context = {
  Execution: { Name: 'exec-1', Input: { n: 2 } },
  StateMachine: { Id: 'arn:sm', Name: 'my-state-machine' },
};

runRows('arguments and nesting', [
  {
    expr: 'States.Array($, $.a, $.a.b, $.list[1])',
    input: { a: { b: 1 }, list: [0, 'one'] },
    result: [{ a: { b: 1 }, list: [0, 'one'] }, { b: 1 }, 1, 'one'],
  },
  { expr: 'States.Array($$.Execution.Name, $$.Execution.Input.n)', context, result: ['exec-1', 2] },
  {
    expr: 'States.Format($greeting, $who.name)',
    variables: { greeting: 'Hi {}', who: { name: 'Ada' } },
    result: 'Hi Ada',
  },
  { expr: "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), 0)", context, result: 'my' },
  {
    expr: "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), States.MathAdd(States.ArrayLength(States.StringSplit($$.StateMachine.Name, '-')), -1))",
    context,
    result: 'machine',
  },
  {
    expr: "States.Format('Formatting arguments fst={} and snd={}.', $$.Execution.Name, $$.StateMachine)",
    context,
    result: 'Formatting arguments fst=exec-1 and snd={Id=arn:sm, Name=my-state-machine}.',
  },
  { expr: " States.Array ( 1 ,\n\t'a' ) ".trim(), result: [1, 'a'] },
  // The innermost failing call is the one named in the cause.
  {
    expr: 'States.Array(States.MathAdd($.x, 1))',
    input: { x: 'a' },
    cause: invalidArgs('States.MathAdd($.x, 1)'),
  },
]);

test('errors from resolvePath pass through unchanged', () => {
  const env = fakeEnv({ input: {} });
  assert.throws(() => evaluateIntrinsic('States.Array($.missing)', env), {
    name: 'StatesError',
    error: States.Runtime,
    cause: "The JsonPath argument '$.missing' could not be found",
  });
});

test('non-ASL errors from the environment become States.Runtime failures', () => {
  const env: IntrinsicEnv = {
    resolvePath: () => {
      throw new TypeError('boom');
    },
    random: () => 0,
    uuid: () => {
      throw new RangeError('no uuid');
    },
  };
  const expectRuntime = (text: string, cause: string) =>
    assert.throws(
      () => evaluateIntrinsic(text, env),
      (e: unknown) => e instanceof StatesError && e.error === States.Runtime && e.cause === cause,
    );
  expectRuntime(
    'States.Array($.a)',
    'There was an error while evaluating the intrinsic function: States.Array($.a). boom',
  );
  expectRuntime(
    'States.Array(States.UUID())',
    'There was an error while evaluating the intrinsic function: States.UUID(). no uuid',
  );
});

test('the result shares no structure with the input', () => {
  const input = { a: { deep: [1] } };
  const result = evaluateIntrinsic('States.Array($.a)', fakeEnv({ input })) as [{ deep: number[] }];
  result[0].deep.push(2);
  assert.deepStrictEqual(input, { a: { deep: [1] } });
});

test('seeded MathRandom is deterministic, unseeded follows env.random()', () => {
  const seeded = (r: number) => evaluateIntrinsic('States.MathRandom(0, 1000, 7)', fakeEnv({ random: r }));
  assert.equal(seeded(0.1), seeded(0.9));
  assert.notEqual(
    evaluateIntrinsic('States.MathRandom(0, 1000)', fakeEnv({ random: 0.1 })),
    evaluateIntrinsic('States.MathRandom(0, 1000)', fakeEnv({ random: 0.9 })),
  );
});
