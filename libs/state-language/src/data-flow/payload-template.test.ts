import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Json } from '../json.js';
import { applyPayloadTemplate } from './index.js';
import { check, env, input, scope, type Expect } from './check-row.test-util.js';

const templates: ({ name: string; template: Json; input: Json } & Expect)[] = [
  {
    name: 'static values are copied',
    template: { a: 1, b: [true, null], c: { d: 'x' } },
    input,
    result: { a: 1, b: [true, null], c: { d: 'x' } },
  },
  {
    name: 'a .$ key takes the path value',
    template: { 'v.$': '$.a.b', keep: '$.a' },
    input,
    result: { v: 1, keep: '$.a' },
  },
  { name: 'the whole input', template: { 'all.$': '$' }, input: { q: 1 }, result: { all: { q: 1 } } },
  {
    name: 'nested objects',
    template: { outer: { 'inner.$': '$.s' } },
    input,
    result: { outer: { inner: 'x' } },
  },
  {
    name: 'objects inside arrays',
    template: { arr: [{ 'x.$': '$.s' }, 'lit'] },
    input,
    result: { arr: [{ x: 'x' }, 'lit'] },
  },
  {
    name: 'indefinite path gives an array',
    template: { 'l.$': '$.list[?(@ > 1)]' },
    input,
    result: { l: [2, 3] },
  },
  {
    name: 'indefinite path with no match gives []',
    template: { 'item.$': '$.items[*]' },
    input: {},
    result: { item: [] },
  },
  {
    name: 'context object',
    template: { 'ctx.$': '$$.Execution.Id', 'item.$': '$$.Map.Item.Value' },
    input,
    result: { ctx: 'arn:exec:1', item: 'v' },
  },
  { name: 'variables', template: { 'g.$': '$greeting', 'n.$': '$cfg.n' }, input, result: { g: 'hi', n: 2 } },
  {
    name: 'intrinsic call',
    template: { 'msg.$': "States.Format('{} {}', $greeting, $.s)" },
    input,
    result: { msg: 'hi x' },
  },
  {
    name: 'intrinsic with context path',
    template: { 'id.$': 'States.Format($$.Execution.Id)' },
    input,
    result: { id: 'arn:exec:1' },
  },
  {
    name: 'intrinsic randomness comes from env',
    template: { 'u.$': 'States.UUID()' },
    input,
    result: { u: '11111111-2222-4333-8444-555555555555' },
  },
  { name: 'a non-object template is returned as is', template: 'plain', input, result: 'plain' },
  {
    name: 'a __proto__ key stays a plain key',
    template: JSON.parse('{"__proto__.$": "$.s"}'),
    input,
    result: JSON.parse('{"__proto__": "x"}'),
  },
  {
    name: 'missing path',
    template: { 'value.$': '$.no_such_jsonpath' },
    input: { 'int-literal': 0 },
    error: [
      'States.Runtime',
      `The JSONPath '$.no_such_jsonpath' specified for the field 'value.$' could not be found in the input '{"int-literal":0}'`,
    ],
  },
  {
    name: 'missing intermediate in a nested key',
    template: { outer: { 'missing.$': '$.nope.deep' } },
    input: { other: 1 },
    error: [
      'States.Runtime',
      `The JSONPath '$.nope.deep' specified for the field 'missing.$' could not be found in the input '{"other":1}'`,
    ],
  },
  {
    name: 'missing path inside an intrinsic',
    template: { 'f.$': "States.Format('{}', $.gone)" },
    input: {},
    error: [
      'States.Runtime',
      `The JSONPath '$.gone' specified for the field 'f.$' could not be found in the input '{}'`,
    ],
  },
  {
    name: 'non-string binding',
    template: { 'n.$': 5 },
    input,
    error: [
      'States.Runtime',
      `The value of the field 'n.$' in 'Parameters' must be a string holding a JSONPath or an intrinsic function`,
    ],
  },
];
for (const row of templates) {
  test(`applyPayloadTemplate: ${row.name}`, () =>
    check(() => applyPayloadTemplate(row.template, scope(row.input), env, 'Parameters'), row));
}

test('applyPayloadTemplate does not mutate the template or the input', () => {
  const template: Json = { 'a.$': '$.a', nested: { k: [1] } };
  const before = JSON.stringify([template, input]);
  applyPayloadTemplate(template, scope(input), env, 'ResultSelector');
  assert.equal(JSON.stringify([template, input]), before);
});
