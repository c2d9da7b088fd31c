import { runRuleRows, v, type Row } from './rule-rows.test-util.js';

const rows: Row[] = [
  // strings
  { rule: v('StringEquals', 'a'), input: { v: 'a' }, result: true },
  { rule: v('StringEquals', 'a'), input: { v: 'A' }, result: false },
  { rule: v('StringEquals', '1'), input: { v: 1 }, result: false },
  { rule: v('StringLessThan', 'AB'), input: { v: 'A' }, result: true },
  { rule: v('StringLessThan', 'A'), input: { v: 'AB' }, result: false },
  { rule: v('StringGreaterThan', 'A '), input: { v: 'A' }, result: false },
  { rule: v('StringGreaterThan', ''), input: { v: '' }, result: false },
  { rule: v('StringLessThanEquals', ''), input: { v: '' }, result: true },
  { rule: v('StringGreaterThanEquals', 'A'), input: { v: 'AB' }, result: true },
  { rule: v('StringEqualsPath', '$.w'), input: { v: '\t\n', w: '\t\r\n' }, result: false },
  { rule: v('StringEqualsPath', '$.w'), input: { v: 'Hello', w: 'Hello' }, result: true },
  { rule: v('StringEqualsPath', '$.w'), input: { v: '1', w: 1 }, result: false },
  { rule: v('StringEqualsPath', '$name'), input: { v: 'bob' }, result: true },
  { rule: v('StringLessThanEqualsPath', '$.w'), input: { v: 'A', w: 'AB' }, result: true },
  // StringMatches
  { rule: v('StringMatches', 'log-*.txt'), input: { v: 'log-2024.txt' }, result: true },
  { rule: v('StringMatches', 'log-*.txt'), input: { v: 'log-2024.csv' }, result: false },
  { rule: v('StringMatches', '*'), input: { v: '' }, result: true },
  { rule: v('StringMatches', 'a\\*b'), input: { v: 'a*b' }, result: true },
  { rule: v('StringMatches', 'a\\*b'), input: { v: 'axxb' }, result: false },
  { rule: v('StringMatches', 'a\\\\*'), input: { v: 'a\\tail' }, result: true },
  { rule: v('StringMatches', 'a.c'), input: { v: 'abc' }, result: false },
  { rule: v('StringMatches', '*'), input: { v: 5 }, result: false },
  { rule: v('StringMatches', '*a*b*'), input: { v: 'xxaxxbxx' }, result: true },
  { rule: v('StringMatches', '*a*b'), input: { v: 'ab-ab-a' }, result: false },
  { rule: v('StringMatches', 'a*a'), input: { v: 'a' }, result: false },
  { rule: v('StringMatches', '**line'), input: { v: 'first\nline' }, result: true },
  // Linear, not exponential: a regular expression from this pattern ran for minutes.
  { rule: v('StringMatches', '*a*a*a*a*a*a*a*a*b'), input: { v: 'a'.repeat(5000) }, result: false },
  // numbers
  { rule: v('NumericEquals', 1), input: { v: 1.0 }, result: true },
  { rule: v('NumericEquals', 0), input: { v: null }, result: false },
  { rule: v('NumericEquals', 1), input: { v: '1' }, result: false },
  { rule: v('NumericEquals', 1), input: { v: true }, result: false },
  { rule: v('NumericLessThan', 1), input: { v: 0.5 }, result: true },
  { rule: v('NumericGreaterThan', 1), input: { v: 1 }, result: false },
  { rule: v('NumericLessThanEquals', 1), input: { v: 1 }, result: true },
  { rule: v('NumericGreaterThanEquals', -1), input: { v: -1.5 }, result: false },
  { rule: v('NumericLessThanPath', '$limit'), input: { v: 9 }, result: true },
  { rule: v('NumericEqualsPath', '$.w'), input: { v: 2, w: 2 }, result: true },
  { rule: v('NumericEqualsPath', '$.w'), input: { v: 2, w: '2' }, result: false },
  { rule: v('NumericLessThanEquals', 0, '$$.Execution.Input.n'), input: {}, result: true },
  // booleans
  { rule: v('BooleanEquals', true), input: { v: true }, result: true },
  { rule: v('BooleanEquals', false), input: { v: 0 }, result: false },
  { rule: v('BooleanEquals', true), input: { v: 'true' }, result: false },
  { rule: v('BooleanEqualsPath', '$.w'), input: { v: false, w: false }, result: true },
  { rule: v('BooleanEqualsPath', '$.w'), input: { v: null, w: true }, result: false },
  // timestamps: compared as instants
  {
    rule: v('TimestampEquals', '2016-03-14T01:59:00Z'),
    input: { v: '2016-03-14T02:59:00+01:00' },
    result: true,
  },
  {
    rule: v('TimestampEquals', '2016-03-14T01:59:00Z'),
    input: { v: '2016-03-14T01:59:00.000Z' },
    result: true,
  },
  {
    rule: v('TimestampLessThan', '2016-03-14T01:59:00.5Z'),
    input: { v: '2016-03-14T01:59:00.499Z' },
    result: true,
  },
  {
    rule: v('TimestampGreaterThan', '2012-10-09T19:00:55Z'),
    input: { v: '2012-10-09T19:00:56Z' },
    result: true,
  },
  {
    rule: v('TimestampGreaterThanEquals', '2012-10-09T19:00:56Z'),
    input: { v: '2012-10-09T19:00:55Z' },
    result: false,
  },
  {
    rule: v('TimestampLessThanEquals', '2012-10-09T19:00:55Z'),
    input: { v: '2012-10-09T19:00:55Z' },
    result: true,
  },
  { rule: v('TimestampEquals', '2016-03-14T01:59:00Z'), input: { v: '2016-03-14T01:59:00' }, result: false },
  { rule: v('TimestampEquals', '2016-03-14T01:59:00Z'), input: { v: 1457920740 }, result: false },
  {
    rule: v('TimestampLessThanPath', '$.w'),
    input: { v: '2012-10-09T19:00:56Z', w: '2012-10-09T19:00:55Z' },
    result: false,
  },
  {
    rule: v('TimestampEqualsPath', '$.w'),
    input: { v: '2012-10-09T19:00:55Z', w: 'not a date' },
    result: false,
  },
];

runRuleRows(rows);
