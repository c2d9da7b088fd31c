import { invalidArgs, runRows } from './run-rows.test-util.js';

const arr = [1, 2, 3, 4, 5, 6, 7, 8, 9];

runRows('States.Array', [
  { expr: 'States.Array()', result: [] },
  { expr: 'States.Array($.a, $.b)', input: { a: null, b: { x: [] } }, result: [null, { x: [] }] },
  { expr: "States.Array('a', 1, 1.5, -2, true, false, null)", result: ['a', 1, 1.5, -2, true, false, null] },
  { expr: 'States.Array(States.Array(1), $)', input: 'x', result: [[1], 'x'] },
]);

runRows('States.ArrayPartition', [
  { expr: 'States.ArrayPartition($.a, 4)', input: { a: arr }, result: [[1, 2, 3, 4], [5, 6, 7, 8], [9]] },
  { expr: 'States.ArrayPartition($.a, 1)', input: { a: [] }, result: [] },
  { expr: 'States.ArrayPartition($.a, 2147483647)', input: { a: [1, 2] }, result: [[1, 2]] },
  { expr: 'States.ArrayPartition($.a, 2.6)', input: { a: [1, 2, 3, 4, 5] }, result: [[1, 2], [3, 4], [5]] },
  {
    expr: 'States.ArrayPartition($.a, 0.6)',
    input: { a: [1] },
    cause: invalidArgs('States.ArrayPartition($.a, 0.6)'),
  },
  {
    expr: 'States.ArrayPartition($.a, 0)',
    input: { a: [1] },
    cause: invalidArgs('States.ArrayPartition($.a, 0)'),
  },
  {
    expr: 'States.ArrayPartition($.a, -1)',
    input: { a: [1] },
    cause: invalidArgs('States.ArrayPartition($.a, -1)'),
  },
  {
    expr: "States.ArrayPartition($.a, '2')",
    input: { a: [1] },
    cause: invalidArgs("States.ArrayPartition($.a, '2')"),
  },
  {
    expr: 'States.ArrayPartition($.a, null)',
    input: { a: [1] },
    cause: invalidArgs('States.ArrayPartition($.a, null)'),
  },
  { expr: "States.ArrayPartition('abc', 2)", cause: invalidArgs("States.ArrayPartition('abc', 2)") },
  {
    expr: 'States.ArrayPartition($.a, 2, 3)',
    input: { a: [1] },
    cause: invalidArgs('States.ArrayPartition($.a, 2, 3)'),
  },
]);

runRows('States.ArrayContains', [
  { expr: 'States.ArrayContains($.a, 5)', input: { a: arr }, result: true },
  { expr: 'States.ArrayContains($.a, 10)', input: { a: arr }, result: false },
  { expr: 'States.ArrayContains($.a, null)', input: { a: [] }, result: false },
  { expr: 'States.ArrayContains($.a, null)', input: { a: [1, null] }, result: true },
  { expr: 'States.ArrayContains($.a, $.b)', input: { a: [[1, 2, 3], 2], b: null }, result: false },
  { expr: 'States.ArrayContains($.a, $.b)', input: { a: [[1, 2, 3], 2], b: [1, 2, 3] }, result: true },
  { expr: 'States.ArrayContains($.a, $.b)', input: { a: [{ 1: 2, 2: [] }], b: [] }, result: false },
  {
    expr: 'States.ArrayContains($.a, $.b)',
    input: { a: [{ 1: 2, 2: [] }], b: { 1: 2, 2: [] } },
    result: true,
  },
  {
    expr: 'States.ArrayContains($.a, $.b)',
    input: { a: [{ a: 1 }], b: { a: 1, extra: null } },
    result: false,
  },
  { expr: 'States.ArrayContains($.a, false)', input: { a: [true, false] }, result: true },
  { expr: 'States.ArrayContains($.a, false)', input: { a: [0, 1, -1] }, result: false },
  // AWS compares Java string forms: these match on AWS too.
  { expr: 'States.ArrayContains($.a, true)', input: { a: ['true'] }, result: true },
  { expr: 'States.ArrayContains($.a, 9007199254740991)', input: { a: ['9007199254740991'] }, result: true },
  {
    expr: 'States.ArrayContains($.a, $.b)',
    input: { a: [{ a: 1, b: 2 }], b: { b: 2, a: 1 } },
    result: false,
  },
  { expr: "States.ArrayContains('abc', 'a')", cause: invalidArgs("States.ArrayContains('abc', 'a')") },
  { expr: 'States.ArrayContains($.a)', input: { a: [] }, cause: invalidArgs('States.ArrayContains($.a)') },
]);

runRows('States.ArrayRange', [
  { expr: 'States.ArrayRange(1, 9, 2)', result: [1, 3, 5, 7, 9] },
  { expr: 'States.ArrayRange(0, 10, 3)', result: [0, 3, 6, 9] },
  { expr: 'States.ArrayRange(1, 9, 9)', result: [1] },
  { expr: 'States.ArrayRange(-2, 2, 2)', result: [-2, 0, 2] },
  { expr: 'States.ArrayRange(5, 1, -2)', result: [5, 3, 1] },
  { expr: 'States.ArrayRange(3, 3, -1)', result: [3] },
  { expr: 'States.ArrayRange(5, 1, 1)', result: [] },
  { expr: 'States.ArrayRange(1, 5, -1)', result: [] },
  { expr: 'States.ArrayRange(1.6, 1.4, 1)', result: [1] },
  { expr: 'States.ArrayRange(5.4, -0.6, -2.4)', result: [5, 3, 1] },
  { expr: 'States.ArrayRange($.f, $.l, $.s)', input: { f: 0, l: 9, s: 3 }, result: [0, 3, 6, 9] },
  { expr: 'States.ArrayRange(1, 10, 0)', cause: invalidArgs('States.ArrayRange(1, 10, 0)') },
  { expr: 'States.ArrayRange(1, 10, 0.49)', cause: invalidArgs('States.ArrayRange(1, 10, 0.49)') },
  { expr: 'States.ArrayRange(1, 1001, 1)', cause: invalidArgs('States.ArrayRange(1, 1001, 1)') },
  { expr: 'States.ArrayRange(1001, 1, -1)', cause: invalidArgs('States.ArrayRange(1001, 1, -1)') },
  { expr: "States.ArrayRange('a', 5, 1)", cause: invalidArgs("States.ArrayRange('a', 5, 1)") },
  { expr: 'States.ArrayRange(1, true, 1)', cause: invalidArgs('States.ArrayRange(1, true, 1)') },
  {
    expr: 'States.ArrayRange(3000000000, 3000000001, 1)',
    cause: invalidArgs('States.ArrayRange(3000000000, 3000000001, 1)'),
  },
  { expr: 'States.ArrayRange(1, 5)', cause: invalidArgs('States.ArrayRange(1, 5)') },
]);

runRows('States.ArrayGetItem', [
  { expr: 'States.ArrayGetItem($.a, 5)', input: { a: arr }, result: 6 },
  { expr: 'States.ArrayGetItem($.a, $.i)', input: { a: [{ b: 2 }], i: 0 }, result: { b: 2 } },
  { expr: 'States.ArrayGetItem($.a, 1.2)', input: { a: [10, 20, 30] }, result: 20 },
  { expr: 'States.ArrayGetItem($.a, 999)', input: { a: [] }, result: null },
  {
    expr: 'States.ArrayGetItem($.a, 3)',
    input: { a: [10, 20, 30] },
    cause: invalidArgs('States.ArrayGetItem($.a, 3)'),
  },
  {
    expr: 'States.ArrayGetItem($.a, -1)',
    input: { a: [10] },
    cause: invalidArgs('States.ArrayGetItem($.a, -1)'),
  },
  {
    expr: "States.ArrayGetItem($.a, '1')",
    input: { a: [10] },
    cause: invalidArgs("States.ArrayGetItem($.a, '1')"),
  },
  { expr: "States.ArrayGetItem('abc', 0)", cause: invalidArgs("States.ArrayGetItem('abc', 0)") },
]);

runRows('States.ArrayLength', [
  { expr: 'States.ArrayLength($)', input: [null, [], {}, 'x'], result: 4 },
  { expr: 'States.ArrayLength($.a)', input: { a: [] }, result: 0 },
  { expr: 'States.ArrayLength($.a)', input: { a: 'abc' }, cause: invalidArgs('States.ArrayLength($.a)') },
  {
    expr: 'States.ArrayLength($.a)',
    input: { a: { length: 1 } },
    cause: invalidArgs('States.ArrayLength($.a)'),
  },
]);

runRows('States.ArrayUnique', [
  { expr: 'States.ArrayUnique($.a)', input: { a: [1, 2, 3, 3, 3, 3, 3, 3, 4] }, result: [1, 2, 3, 4] },
  { expr: 'States.ArrayUnique($.a)', input: { a: ['a', 'b', 'a', 'c', 'b'] }, result: ['a', 'b', 'c'] },
  { expr: 'States.ArrayUnique($.a)', input: { a: [] }, result: [] },
  { expr: 'States.ArrayUnique($.a)', input: { a: [null, null, 1, null] }, result: [null, 1] },
  { expr: 'States.ArrayUnique($.a)', input: { a: [1, '1', '01'] }, result: [1, '1', '01'] },
  {
    expr: 'States.ArrayUnique($.a)',
    input: {
      a: [
        { a: 1, b: 2 },
        { b: 2, a: 1 },
      ],
    },
    result: [{ a: 1, b: 2 }],
  },
  // AWS's java.util.HashSet order, not first-seen order.
  { expr: 'States.ArrayUnique($.a)', input: { a: [true, false, true, false] }, result: [false, true] },
  {
    expr: 'States.ArrayUnique($.a)',
    input: {
      a: [
        [1, 2],
        [1, 2],
        [2, 1],
      ],
    },
    result: [
      [2, 1],
      [1, 2],
    ],
  },
  { expr: 'States.ArrayUnique($.a)', input: { a: { a: 1 } }, cause: invalidArgs('States.ArrayUnique($.a)') },
]);
