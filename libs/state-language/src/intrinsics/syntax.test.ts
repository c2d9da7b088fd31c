import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkIntrinsicSyntax, isIntrinsicCall } from './index.js';
import { runRows } from './run-rows.test-util.js';

const CALLS: { text: string; isCall: boolean }[] = [
  { text: 'States.Format($.a)', isCall: true },
  { text: 'States.UUID()', isCall: true },
  { text: 'States.NoSuchFunction(1)', isCall: true },
  { text: '$.a.b', isCall: false },
  { text: '$$.Execution.Id', isCall: false },
  { text: ' States.UUID()', isCall: false },
  { text: 'States.UUID', isCall: false },
  { text: 'States.UUID ()', isCall: false },
  { text: 'states.UUID()', isCall: false },
];

for (const { text, isCall } of CALLS) {
  test(`isIntrinsicCall(${JSON.stringify(text)}) is ${isCall}`, () =>
    assert.equal(isIntrinsicCall(text), isCall));
}

const VALID = [
  'States.Array()',
  "States.Format('Hello {}', $.name)",
  "States.Format('\\{\\} \\' \\\\ {}', $$.Execution.Name)",
  "States.StringSplit('Hello\nWorld', '\n')",
  'States.Array(1, -2, 3.5, -0.25, 1e3, 2E-2, true, false, null)',
  "States.Array( $ , $$ , $var , $var.x[0] , $.a['b,c'] , $.a[?(@.x == 'y)')] )",
  "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), States.MathAdd(States.ArrayLength(States.StringSplit($$.StateMachine.Name, '-')), -1))",
  'States.MathRandom(1, 10)',
  'States.MathRandom(1, 10, 3)',
  "States.Format('{}')",
  '\tStates.Array(1)\n'.trim(),
  'States.UUID() ',
];

for (const text of VALID) {
  test(`checkIntrinsicSyntax accepts ${JSON.stringify(text).slice(0, 120)}`, () =>
    assert.equal(checkIntrinsicSyntax(text), null));
}

const INVALID: { text: string; message: string }[] = [
  { text: 'States.Format', message: "Expected '(' but found end of input at position 13" },
  { text: 'States.Array(1', message: "Expected ')' but found end of input at position 14" },
  { text: 'States.Array(1 2)', message: "Expected ')' but found '2' at position 15" },
  { text: 'States.Array(1,)', message: "Unexpected ')', expected an argument at position 15" },
  { text: 'States.Array(,1)', message: "Unexpected ',', expected an argument at position 13" },
  { text: 'States.Array(1) x', message: "Unexpected character 'x' at position 16" },
  { text: 'States.Array(1) (', message: 'Unexpected text after the closing parenthesis at position 16' },
  { text: "States.Array('abc)", message: 'Unterminated string literal at position 13' },
  { text: "States.Array('abc\\')", message: 'Unterminated string literal at position 13' },
  {
    text: 'States.StringToJson(\'{"text":"An \\"escaped\\" quote"}\')',
    message: "Illegal escape sequence '\\\"' in string literal at position 33",
  },
  {
    text: "States.Array('a\\nb')",
    message: "Illegal escape sequence '\\n' in string literal at position 15",
  },
  { text: 'States.Array("abc")', message: `Unexpected character '"' at position 13` },
  { text: 'States.Array(abc)', message: "Unexpected character 'a' at position 13" },
  { text: 'States.Array(TRUE)', message: "Unexpected character 'T' at position 13" },
  { text: 'States.Array(-)', message: 'Invalid number at position 13' },
  { text: 'States.Array(1e999)', message: "Number out of range '1e999' at position 13" },
  { text: 'States.Array($.a[0)', message: "Unclosed '[' in path at position 13" },
  { text: 'States.Array($.a])', message: "Unbalanced ']' in path at position 16" },
  { text: '$.a', message: 'Expected an intrinsic function call (States.<Name>(...)) at position 0' },
  {
    text: "'States.Array()'",
    message: 'Expected an intrinsic function call (States.<Name>(...)) at position 0',
  },
  { text: 'States.Foo(1)', message: "Unknown intrinsic function 'States.Foo'" },
  { text: 'States.Array(States.Nope())', message: "Unknown intrinsic function 'States.Nope'" },
  { text: 'States.UUID(1)', message: 'States.UUID takes 0 arguments but was given 1' },
  { text: 'States.Format()', message: 'States.Format takes at least 1 argument but was given 0' },
  { text: 'States.MathRandom(1)', message: 'States.MathRandom takes 2 to 3 arguments but was given 1' },
  { text: 'States.Array(States.MathAdd(1))', message: 'States.MathAdd takes 2 arguments but was given 1' },
  { text: 'States.JsonMerge($.a, $.b)', message: 'States.JsonMerge takes 3 arguments but was given 2' },
];

for (const { text, message } of INVALID) {
  test(`checkIntrinsicSyntax rejects ${JSON.stringify(text)}`, () =>
    assert.equal(checkIntrinsicSyntax(text), message));
}

// The same problems surface at run time as States.Runtime failures.
runRows('runtime syntax', [
  {
    expr: 'States.Array(1,)',
    cause:
      "There was an error while evaluating the intrinsic function: States.Array(1,). Unexpected ')', expected an argument at position 15",
  },
  {
    expr: 'States.Foo(1)',
    cause:
      'There was an error while evaluating the intrinsic function: States.Foo(1). Unknown intrinsic function States.Foo',
  },
  {
    expr: 'States.MathAdd(1)',
    cause:
      'There was an error while evaluating the intrinsic function: States.MathAdd(1). Invalid arguments in States.MathAdd',
  },
]);
