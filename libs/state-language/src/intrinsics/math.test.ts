import { invalidArgs, runRows } from './run-rows.test-util.js';

runRows('States.MathAdd', [
  { expr: 'States.MathAdd($.a, $.b)', input: { a: 111, b: -1 }, result: 110 },
  { expr: 'States.MathAdd($.a, $.b)', input: { a: -9, b: 3 }, result: -6 },
  // Java Math.round, recorded against AWS: halves go towards +infinity.
  ...(
    [
      [1.49, 1.5, 3],
      [1.5, 1.51, 4],
      [-1.49, -1.5, -2],
      [-1.5, -1.51, -3],
      [0.5, 0, 1],
      [2.5, 0, 3],
      [-0.5, 0.5, 1],
      [-0.5, 0, 0],
      [-2.5, 0, -2],
      [-3.5, 0, -3],
    ] as const
  ).map(([a, b, result]) => ({ expr: 'States.MathAdd($.a, $.b)', input: { a, b }, result })),
  { expr: 'States.MathAdd(2147483646, 1)', result: 2147483647 },
  { expr: 'States.MathAdd(-2147483647, -1)', result: -2147483648 },
  { expr: 'States.MathAdd(States.MathAdd($.x, 1), 2)', input: { x: 5 }, result: 8 },
  { expr: 'States.MathAdd(2147483647, 1)', cause: invalidArgs('States.MathAdd(2147483647, 1)') },
  { expr: 'States.MathAdd(-2147483648, -1)', cause: invalidArgs('States.MathAdd(-2147483648, -1)') },
  { expr: 'States.MathAdd(3000000000, -1)', cause: invalidArgs('States.MathAdd(3000000000, -1)') },
  { expr: "States.MathAdd('1', 2)", cause: invalidArgs("States.MathAdd('1', 2)") },
  { expr: 'States.MathAdd(null, 1)', cause: invalidArgs('States.MathAdd(null, 1)') },
  { expr: 'States.MathAdd(true, 1)', cause: invalidArgs('States.MathAdd(true, 1)') },
  { expr: 'States.MathAdd($.a, 1)', input: { a: [1] }, cause: invalidArgs('States.MathAdd($.a, 1)') },
  { expr: 'States.MathAdd(1, 2, 3)', cause: invalidArgs('States.MathAdd(1, 2, 3)') },
]);

runRows('States.MathRandom', [
  // Without a seed: start + floor(env.random() * (end - start)).
  { expr: 'States.MathRandom(1, 999)', random: 0, result: 1 },
  { expr: 'States.MathRandom(1, 999)', random: 0.5, result: 500 },
  { expr: 'States.MathRandom(1, 999)', random: 0.999999999, result: 998 },
  { expr: 'States.MathRandom($.a, $.b)', input: { a: 12.5, b: 44.51 }, random: 0.5, result: 28 },
  { expr: 'States.MathRandom($.a, $.b)', input: { a: -99999, b: -9999 }, random: 0.25, result: -77499 },
  { expr: 'States.MathRandom(1.6, 5.4)', random: 0, result: 1 },
  // With a seed: java.util.Random(seed).nextInt(end - start) + start (values from a JVM), whatever env.random() says.
  { expr: 'States.MathRandom(0, 100, 42)', random: 0.9, result: 30 },
  { expr: 'States.MathRandom(1, 101, 42)', result: 31 },
  { expr: 'States.MathRandom(0, 999, 1)', result: 105 },
  { expr: 'States.MathRandom(0, 16, 3)', result: 11 },
  { expr: 'States.MathRandom(0, 100, -10)', result: 83 },
  { expr: 'States.MathRandom(0, 100, 2.9)', result: 8 },
  { expr: 'States.MathRandom(2147483640, 2147483647, 1)', result: 2147483644 },
  { expr: 'States.MathRandom(1, 1)', cause: invalidArgs('States.MathRandom(1, 1)') },
  { expr: 'States.MathRandom(10, 5)', cause: invalidArgs('States.MathRandom(10, 5)') },
  { expr: 'States.MathRandom(1.4, 1.6)', cause: invalidArgs('States.MathRandom(1.4, 1.6)') },
  { expr: "States.MathRandom('a', 10)", cause: invalidArgs("States.MathRandom('a', 10)") },
  { expr: "States.MathRandom(1, 10, 'seed')", cause: invalidArgs("States.MathRandom(1, 10, 'seed')") },
  { expr: 'States.MathRandom(1, 10, null)', cause: invalidArgs('States.MathRandom(1, 10, null)') },
  { expr: 'States.MathRandom(1, 3000000000)', cause: invalidArgs('States.MathRandom(1, 3000000000)') },
  { expr: 'States.MathRandom(1)', cause: invalidArgs('States.MathRandom(1)') },
  { expr: 'States.MathRandom(1, 10, 5, 99)', cause: invalidArgs('States.MathRandom(1, 10, 5, 99)') },
  {
    expr: 'States.MathRandom(1, 10)',
    random: 1,
    cause:
      "There was an error while evaluating the intrinsic function: States.MathRandom(1, 10). The environment's random() returned 1, expected a number in [0, 1)",
  },
]);
