import { runRuleRows, v, type Row } from './rule-rows.test-util.js';

const rows: Row[] = [
  // type tests
  { rule: v('IsNull', true), input: { v: null }, result: true },
  { rule: v('IsNull', true), input: { v: 0 }, result: false },
  { rule: v('IsNull', false), input: { v: {} }, result: true },
  { rule: v('IsNumeric', true), input: { v: 1.1 }, result: true },
  { rule: v('IsNumeric', true), input: { v: '1' }, result: false },
  { rule: v('IsString', true), input: { v: '' }, result: true },
  { rule: v('IsString', false), input: { v: [] }, result: true },
  { rule: v('IsBoolean', true), input: { v: false }, result: true },
  { rule: v('IsBoolean', true), input: { v: null }, result: false },
  { rule: v('IsTimestamp', true), input: { v: '2012-10-09T19:00:55+01:00' }, result: true },
  { rule: v('IsTimestamp', true), input: { v: '2012-10-09T19:00:55' }, result: false },
  { rule: v('IsTimestamp', false), input: { v: '2023-02-24' }, result: true },
  { rule: v('IsPresent', true), input: { v: null }, result: true },
  { rule: v('IsPresent', true), input: {}, result: false },
  { rule: v('IsPresent', false), input: {}, result: true },
  { rule: v('IsPresent', true, '$.a.b.c'), input: {}, result: false },
  { rule: v('IsPresent', true, '$ghost'), input: {}, result: false },
  { rule: v('IsPresent', true, '$.list[*]'), input: {}, result: true },
  // compound rules
  {
    rule: { And: [v('NumericGreaterThan', 1), v('NumericLessThan', 3)], Next: 'X' },
    input: { v: 2 },
    result: true,
  },
  {
    rule: { And: [v('NumericGreaterThan', 1), v('NumericLessThan', 3)], Next: 'X' },
    input: { v: 3 },
    result: false,
  },
  {
    rule: { Or: [v('StringEquals', 'a'), v('StringEquals', 'b')], Next: 'X' },
    input: { v: 'b' },
    result: true,
  },
  { rule: { Not: v('StringEquals', 'a'), Next: 'X' }, input: { v: 'b' }, result: true },
  {
    rule: { Not: { And: [{ Not: v('IsNull', true) }, v('IsPresent', true)] }, Next: 'X' },
    input: { v: null },
    result: true,
  },
  { rule: { And: [v('IsPresent', true), v('NumericEquals', 1)], Next: 'X' }, input: {}, result: false },
  { rule: { Or: [v('IsPresent', false), v('NumericEquals', 1)], Next: 'X' }, input: {}, result: true },
  // a path that matches nothing fails the state
  {
    rule: v('NumericEquals', 1, '$.foo'),
    input: {},
    error: ['States.Runtime', "Invalid path '$.foo' : No results for path: $['foo']"],
  },
  {
    rule: v('IsNull', true, '$.foo'),
    input: {},
    error: ['States.Runtime', "Invalid path '$.foo' : No results for path: $['foo']"],
  },
  {
    rule: v('StringEqualsPath', '$.w'),
    input: { v: 'a' },
    error: ['States.Runtime', "Invalid path '$.w' : No results for path: $['w']"],
  },
  {
    rule: v('BooleanEquals', true, '$.a.b'),
    input: {},
    error: ['States.Runtime', "Invalid path '$.a.b' : Missing property in path $['a']"],
  },
  // malformed rules
  {
    rule: { Next: 'X' },
    input: {},
    error: ['States.Runtime', 'Invalid Choice rule: a Choice rule needs a Variable (or And, Or, Not)'],
  },
  {
    rule: { Variable: '$.v', Next: 'X' },
    input: { v: 1 },
    error: ['States.Runtime', "Invalid Choice rule: the rule on '$.v' has no comparison operator"],
  },
  {
    rule: v('NumericIsAbout', 1),
    input: { v: 1 },
    error: ['States.Runtime', "Invalid Choice rule: unknown comparison operator 'NumericIsAbout'"],
  },
  {
    rule: v('IsNull', 'yes'),
    input: { v: 1 },
    error: ['States.Runtime', 'Invalid Choice rule: IsNull must be true or false'],
  },
  {
    rule: { And: v('IsNull', true), Next: 'X' },
    input: {},
    error: ['States.Runtime', 'Invalid Choice rule: And must be an array of rules'],
  },
];

runRuleRows(rows);
