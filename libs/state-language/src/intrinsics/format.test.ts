import { invalidArgs, runRows } from './run-rows.test-util.js';

const prefix = 'There was an error while evaluating the intrinsic function:';
const fmt2 = "States.Format('Formatting arguments fst={} and snd={}.', $.fst, $.snd)";

runRows('States.Format', [
  {
    expr: "States.Format('Hello, my name is {}.', $.name)",
    input: { name: 'Arnav' },
    result: 'Hello, my name is Arnav.',
  },
  {
    expr: 'States.Format($.template, $.name)',
    input: { name: 'Arnav', template: 'Hi {}!' },
    result: 'Hi Arnav!',
  },
  { expr: "States.Format('no placeholders')", result: 'no placeholders' },
  { expr: "States.Format('  {}  ', 'x')", result: '  x  ' },
  { expr: "States.Format('{}{}', '', ' ')", result: ' ' },
  // Arguments render as AWS's Java does.
  { expr: fmt2, input: { fst: null, snd: true }, result: 'Formatting arguments fst=null and snd=true.' },
  { expr: fmt2, input: { fst: 1, snd: 1.1 }, result: 'Formatting arguments fst=1 and snd=1.1.' },
  { expr: fmt2, input: { fst: -0.5, snd: 1e-7 }, result: 'Formatting arguments fst=-0.5 and snd=1.0E-7.' },
  {
    expr: fmt2,
    input: { fst: 12345678.5, snd: 9007199254740991 },
    result: 'Formatting arguments fst=1.23456785E7 and snd=9007199254740991.',
  },
  {
    expr: fmt2,
    input: { fst: '{"Arg1": 1, "Arg2": []}', snd: { Arg1: 1, Arg2: [] } },
    result: 'Formatting arguments fst={"Arg1": 1, "Arg2": []} and snd={Arg1=1, Arg2=[]}.',
  },
  {
    expr: "States.Format('{} | {}', $.a, $.o)",
    input: { a: [1, 'two', null, [true]], o: { Id: 'arn:x', Name: 'n', Nested: { k: 'v' } } },
    result: '[1, two, null, [true]] | {Id=arn:x, Name=n, Nested={k=v}}',
  },
  {
    expr: "States.Format('arn:{}:{}', $.s, States.JsonToString($.o))",
    input: { s: 'lambda', o: { k: 1 } },
    result: 'arn:lambda:{"k":1}',
  },
  // Escapes in a literal template are text, not placeholders.
  { expr: "States.Format('Name: \\'{}\\', Surname: \"{}\"', 'G', 'M')", result: 'Name: \'G\', Surname: "M"' },
  { expr: "States.Format('\\{\\} is literal, {} is not', 'this')", result: '{} is literal, this is not' },
  { expr: "States.Format('\\{{}\\}', 'x')", result: '{x}' },
  { expr: "States.Format('back\\\\slash {}', 1)", result: 'back\\slash 1' },
  // A template from a path has no escapes: its backslashes are text.
  { expr: 'States.Format($.t, 1)', input: { t: 'a\\b {}' }, result: 'a\\b 1' },
  {
    expr: "States.Format('{} {}', $.a)",
    input: { a: 'x' },
    cause: invalidArgs("States.Format('{} {}', $.a)"),
  },
  { expr: "States.Format('{}', 'a', 'b')", cause: invalidArgs("States.Format('{}', 'a', 'b')") },
  { expr: "States.Format('x', 'a')", cause: invalidArgs("States.Format('x', 'a')") },
  { expr: 'States.Format($.t, 1)', input: { t: 123 }, cause: invalidArgs('States.Format($.t, 1)') },
  { expr: 'States.Format(1)', cause: invalidArgs('States.Format(1)') },
  { expr: 'States.Format()', cause: invalidArgs('States.Format()') },
  {
    expr: "States.Format('Hello {', 'x')",
    cause: `${prefix} States.Format('Hello {', 'x'). Invalid template in States.Format: matching '}' not found for '{'.`,
  },
  {
    expr: "States.Format('Hello {{}}', 'x')",
    cause: `${prefix} States.Format('Hello {{}}', 'x'). Invalid template in States.Format: matching '}' not found for '{'.`,
  },
  {
    expr: "States.Format('}')",
    cause: `${prefix} States.Format('}'). Invalid template in States.Format: matching '{' not found for '}'.`,
  },
  {
    expr: 'States.Format($.t, 1)',
    input: { t: '{ }' },
    cause: `${prefix} States.Format($.t, 1). Invalid template in States.Format: matching '}' not found for '{'.`,
  },
]);
