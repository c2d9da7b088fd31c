import { invalidArgs, runRows } from './run-rows.test-util.js';

runRows('States.StringSplit', [
  {
    expr: 'States.StringSplit($.s, $.d)',
    input: { s: '1,2,3,4,5', d: ',' },
    result: ['1', '2', '3', '4', '5'],
  },
  {
    expr: 'States.StringSplit($.s, $.d)',
    input: { s: 'This.is+a,test=string', d: '.+,=' },
    result: ['This', 'is', 'a', 'test', 'string'],
  },
  { expr: "States.StringSplit('Hello\nWorld', '\n')", result: ['Hello', 'World'] },
  { expr: "States.StringSplit('a|b.c', '|.')", result: ['a', 'b', 'c'] },
  // Like Java's StringTokenizer (and AWS): empty tokens are dropped.
  { expr: "States.StringSplit(',a,,b,', ',')", result: ['a', 'b'] },
  { expr: "States.StringSplit(',', ',')", result: [] },
  { expr: "States.StringSplit('', ',')", result: [] },
  { expr: "States.StringSplit('abc', '')", result: ['abc'] },
  { expr: "States.StringSplit('1a2b3ab4', 'ab')", result: ['1', '2', '3', '4'] },
  { expr: "States.StringSplit('x😀y', '😀')", result: ['x', 'y'] },
  { expr: "States.StringSplit(States.Format('{}-{}', 'x', 'y'), '-')", result: ['x', 'y'] },
  {
    expr: "States.StringSplit($.s, ',')",
    input: { s: 123 },
    cause: invalidArgs("States.StringSplit($.s, ',')"),
  },
  {
    expr: "States.StringSplit($.s, ',')",
    input: { s: null },
    cause: invalidArgs("States.StringSplit($.s, ',')"),
  },
  {
    expr: 'States.StringSplit($.s, $.d)',
    input: { s: 'a,b', d: [','] },
    cause: invalidArgs('States.StringSplit($.s, $.d)'),
  },
  { expr: 'States.StringSplit($.s)', input: { s: 'a,b' }, cause: invalidArgs('States.StringSplit($.s)') },
]);

runRows('States.UUID', [
  {
    expr: 'States.UUID()',
    uuid: 'a5f5bb4d-8f4c-4f3f-9b7e-6f7d3c2a1b00',
    result: 'a5f5bb4d-8f4c-4f3f-9b7e-6f7d3c2a1b00',
  },
  { expr: 'States.UUID( )', uuid: 'x', result: 'x' },
  { expr: "States.UUID('seed')", cause: invalidArgs("States.UUID('seed')") },
]);
