import { invalidArgs, runRows } from './run-rows.test-util.js';

runRows('States.StringToJson', [
  {
    expr: 'States.StringToJson($.s)',
    input: { s: '{"Arg1": 1, "Arg2": []}' },
    result: { Arg1: 1, Arg2: [] },
  },
  { expr: 'States.StringToJson($.s)', input: { s: '[1, 2, "HelloWorld"]' }, result: [1, 2, 'HelloWorld'] },
  { expr: 'States.StringToJson($.s)', input: { s: '"HelloWorld"' }, result: 'HelloWorld' },
  { expr: 'States.StringToJson($.s)', input: { s: '' }, result: null },
  { expr: 'States.StringToJson($.s)', input: { s: ' ' }, result: null },
  { expr: 'States.StringToJson($.s)', input: { s: 'null' }, result: null },
  { expr: 'States.StringToJson($.s)', input: { s: '-0' }, result: 0 },
  { expr: 'States.StringToJson($.s)', input: { s: '1.1' }, result: 1.1 },
  { expr: 'States.StringToJson($.s)', input: { s: 'true' }, result: true },
  { expr: 'States.StringToJson($.s)', input: { s: ' {"a":"it\'s"} ' }, result: { a: "it's" } },
  {
    expr: 'States.StringToJson($.s)',
    input: { s: '{"__proto__": {"x": 1}}' },
    result: JSON.parse('{"__proto__": {"x": 1}}'),
  },
  { expr: 'States.StringToJson(\'{"constant": "false"}\')', result: { constant: 'false' } },
  {
    expr: 'States.StringToJson($.s)',
    input: { s: '{bad json}' },
    cause: invalidArgs('States.StringToJson($.s)'),
  },
  {
    expr: 'States.StringToJson($.s)',
    input: { s: '['.repeat(1001) + ']'.repeat(1001) },
    cause: invalidArgs('States.StringToJson($.s)'),
  },
  {
    expr: 'States.StringToJson($.s)',
    input: { s: '{"a":1' },
    cause: invalidArgs('States.StringToJson($.s)'),
  },
  {
    expr: 'States.StringToJson($.s)',
    input: { s: 'undefined' },
    cause: invalidArgs('States.StringToJson($.s)'),
  },
  { expr: 'States.StringToJson($.s)', input: { s: 123 }, cause: invalidArgs('States.StringToJson($.s)') },
  {
    expr: 'States.StringToJson($.s)',
    input: { s: { a: 1 } },
    cause: invalidArgs('States.StringToJson($.s)'),
  },
  { expr: 'States.StringToJson()', cause: invalidArgs('States.StringToJson()') },
]);

runRows('States.JsonToString', [
  { expr: 'States.JsonToString($.v)', input: { v: null }, result: 'null' },
  { expr: 'States.JsonToString($.v)', input: { v: 0 }, result: '0' },
  { expr: 'States.JsonToString($.v)', input: { v: 1.1 }, result: '1.1' },
  { expr: 'States.JsonToString($.v)', input: { v: true }, result: 'true' },
  { expr: 'States.JsonToString($.v)', input: { v: 'HelloWorld' }, result: '"HelloWorld"' },
  { expr: 'States.JsonToString($.v)', input: { v: [1, 2, 'HelloWorld'] }, result: '[1,2,"HelloWorld"]' },
  { expr: 'States.JsonToString($.v)', input: { v: { Arg1: 1, Arg2: [] } }, result: '{"Arg1":1,"Arg2":[]}' },
  {
    expr: 'States.JsonToString($.a, $.b)',
    input: { a: 1, b: 2 },
    cause: invalidArgs('States.JsonToString($.a, $.b)'),
  },
]);

runRows('States.JsonMerge', [
  {
    expr: 'States.JsonMerge($.a, $.b, false)',
    input: { a: { a: 1, b: 2 }, b: { c: 3 } },
    result: { a: 1, b: 2, c: 3 },
  },
  {
    expr: 'States.JsonMerge($.a, $.b, false)',
    input: { a: { a: { a1: 1, a2: 2 }, b: 2 }, b: { a: { a3: 1, a4: 2 }, c: 3 } },
    result: { a: { a3: 1, a4: 2 }, b: 2, c: 3 },
  },
  {
    expr: 'States.JsonMerge($.a, $.b, false)',
    input: { a: { n: { l: true }, k: 1 }, b: { n: null } },
    result: { n: null, k: 1 },
  },
  { expr: 'States.JsonMerge($.a, $.b, $.d)', input: { a: {}, b: { x: 1 }, d: 'false' }, result: { x: 1 } },
  {
    expr: 'States.JsonMerge(States.StringToJson(\'{"constant_in_literal": "false"}\'), $$.Execution.Input.f, false)',
    context: { Execution: { Input: { f: { constant_input_field: 'constant_value' } } } },
    result: { constant_in_literal: 'false', constant_input_field: 'constant_value' },
  },
  {
    expr: 'States.JsonMerge($.a, $.b, true)',
    input: { a: {}, b: {} },
    cause: invalidArgs('States.JsonMerge($.a, $.b, true)'),
  },
  {
    expr: 'States.JsonMerge($.a, $.b, false)',
    input: { a: null, b: {} },
    cause: invalidArgs('States.JsonMerge($.a, $.b, false)'),
  },
  {
    expr: 'States.JsonMerge($.a, $.b, false)',
    input: { a: {}, b: [] },
    cause: invalidArgs('States.JsonMerge($.a, $.b, false)'),
  },
  {
    expr: 'States.JsonMerge($.a, $.b, false)',
    input: { a: {}, b: 'x' },
    cause: invalidArgs('States.JsonMerge($.a, $.b, false)'),
  },
  {
    expr: 'States.JsonMerge($.a, $.b)',
    input: { a: {}, b: {} },
    cause: invalidArgs('States.JsonMerge($.a, $.b)'),
  },
]);
