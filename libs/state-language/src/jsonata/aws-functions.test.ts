import { runRows, threwCause, undefinedCause } from './rows.test-util.js';

// The functions Step Functions adds to JSONata: $partition, $range, $hash, $parse (the env-driven
// ones are in env-functions.test.ts). Bad arguments fail with States.QueryEvaluationError.

const bad = (expr: string, detail: string) => ({ expr, cause: threwCause(expr, detail) });

runRows('$partition', [
  {
    expr: '$partition([1, 2, 3, 4, 5, 6, 7, 8, 9], 3)',
    result: [
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ],
  },
  { expr: '$partition([1, 2, 3, 4, 5], 2)', result: [[1, 2], [3, 4], [5]] },
  { expr: '$partition($states.input.items, 4)', input: { items: ['a', 'b'] }, result: [['a', 'b']] },
  { expr: "$partition('solo', 2)", result: [['solo']] },
  {
    expr: '$partition($states.input.missing, 2)',
    cause: undefinedCause('$partition($states.input.missing, 2)'),
  },
  bad(
    '$partition([1, 2], 0)',
    'The size argument of function $partition must be a positive integer, but was: 0',
  ),
  bad(
    '$partition([1, 2], -1)',
    'The size argument of function $partition must be a positive integer, but was: -1',
  ),
  bad(
    '$partition([1, 2], 1.5)',
    'The size argument of function $partition must be a positive integer, but was: 1.5',
  ),
  bad('$partition([1, 2])', 'T0410: Argument 2 of function "partition" does not match function signature'),
  bad(
    '$partition([1, 2], $states.input.missing)',
    'The size argument of function $partition must be a positive integer, but was: undefined',
  ),
  bad('$partition([], 2)', 'The array argument of function $partition must not be empty'),
  bad(
    "$partition([1, 2], '2')",
    'T0410: Argument 2 of function "partition" does not match function signature',
  ),
]);

runRows('$range', [
  { expr: '$range(0, 10, 2)', result: [0, 2, 4, 6, 8, 10] },
  { expr: '$range(10, 0, -5)', result: [10, 5, 0] },
  { expr: '$range(-3, -1, 1)', result: [-3, -2, -1] },
  { expr: '$range(0, 999, 1) ~> $count', result: 1000 },
  { expr: '$count($range(0, 2, 1))', result: 3 },
  { expr: '$range(5, 1, 1)', cause: undefinedCause('$range(5, 1, 1)') },
  bad('$range(0, 10, 0)', 'The step argument of function $range must not be 0'),
  bad('$range(0.5, 10, 1)', 'The start argument of function $range must be an integer, but was: 0.5'),
  bad('$range(0, 10.5, 1)', 'The end argument of function $range must be an integer, but was: 10.5'),
  bad('$range(0, 10, 1.5)', 'The step argument of function $range must be an integer, but was: 1.5'),
  bad('$range(0, 1000, 1)', 'The function $range can generate at most 1000 items, but 1001 were requested'),
  bad('$range(0, 10)', 'T0410: Argument 3 of function "range" does not match function signature'),
  bad(
    '$range(0, $states.input.missing, 1)',
    'The end argument of function $range must be an integer, but was: undefined',
  ),
  bad("$range('0', 10, 1)", 'T0410: Argument 1 of function "range" does not match function signature'),
]);

runRows('$hash', [
  { expr: "$hash('input data', 'MD5')", result: '812f45842bc6d66ee14572ce20db8e86' },
  { expr: "$hash('input data', 'SHA-1')", result: 'aaff4a450a104cd177d28d18d74485e8cae074b7' },
  {
    expr: "$hash('input data', 'SHA-256')",
    result: 'b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3',
  },
  {
    expr: "$hash('', 'SHA-384')",
    result:
      '38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b',
  },
  {
    expr: "$hash('abc', 'SHA-512')",
    result:
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
  },
  { expr: "$hash('é', 'MD5')", result: '66ddcd97cfdeabb2f6fb8a999b4bc76f' },
  {
    expr: "$hash($states.input.missing, 'MD5')",
    cause: undefinedCause("$hash($states.input.missing, 'MD5')"),
  },
  bad(
    "$hash('abc', 'sha-256')",
    'The algorithm argument of function $hash must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, but was: sha-256',
  ),
  bad(
    "$hash('abc', 'SHA-3')",
    'The algorithm argument of function $hash must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, but was: SHA-3',
  ),
  bad("$hash('abc')", 'T0410: Argument 2 of function "hash" does not match function signature'),
  bad(
    "$hash('abc', $states.input.missing)",
    'The algorithm argument of function $hash must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, but was: undefined',
  ),
  bad("$hash(1, 'MD5')", 'T0410: Argument 1 of function "hash" does not match function signature'),
]);

runRows('$parse', [
  { expr: `$parse('{"a": [1, {"b": null}]}')`, result: { a: [1, { b: null }] } },
  { expr: "$parse('[1]')", result: [1] },
  { expr: "$parse('null')", result: null },
  { expr: '$parse($states.input.json).a', input: { json: '{"a": 5}' }, result: 5 },
  { expr: '$parse($states.input.missing)', cause: undefinedCause('$parse($states.input.missing)') },
  bad(
    "$parse('{a: 1}')",
    `The argument of function $parse is not a valid JSON string: ${jsonError('{a: 1}')}`,
  ),
  bad("$parse('')", `The argument of function $parse is not a valid JSON string: ${jsonError('')}`),
  bad('$parse(1)', 'T0410: Argument 1 of function "parse" does not match function signature'),
  {
    expr: '$parse($states.input.deep)',
    input: { deep: '['.repeat(1001) + ']'.repeat(1001) },
    cause: threwCause(
      '$parse($states.input.deep)',
      'The argument of function $parse is not a valid JSON string: nested deeper than 1000 levels',
    ),
  },
]);

runRows('$eval', [bad("$eval('1 + 1')", 'T1006: Attempted to invoke a non-function')]);

function jsonError(text: string): string {
  try {
    JSON.parse(text);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}
