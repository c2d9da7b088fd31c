import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDuplicateKeys } from './duplicate-keys.js';
import { validateDefinition } from './index.js';
import { machine, runTable, SCHEMA, single } from './table.test-util.js';

const PASS_END = { Type: 'Pass', End: true };

runTable('input and structure', [
  { name: 'a minimal valid definition', definition: single(PASS_END), expect: [] },
  { name: 'the same definition as JSON text', definition: JSON.stringify(single(PASS_END)), expect: [] },
  { name: 'malformed JSON', definition: '{"StartAt": "A", ', expect: [['INVALID_JSON_DESCRIPTION', '']] },
  {
    name: 'JSON text nested deeper than 1,000 levels',
    definition: `{"StartAt":"A","States":{"A":{"Type":"Pass","Result":${'['.repeat(1000)}${']'.repeat(1000)},"End":true}}}`,
    expect: [['INVALID_JSON_DESCRIPTION', '']],
    messages: ['nested deeper than 1000 levels'],
  },
  { name: 'empty text', definition: '   ', expect: [['MISSING_DESCRIPTION', '']] },
  { name: 'null', definition: null, expect: [['MISSING_DESCRIPTION', '']] },
  { name: 'not an object', definition: [1, 2], expect: [[SCHEMA, '']], messages: ['must be a JSON object'] },
  { name: 'JSON text of a string', definition: '"hello"', expect: [[SCHEMA, '']] },
  {
    name: 'missing States',
    definition: { StartAt: 'A' },
    expect: [[SCHEMA, '']],
    messages: ['These fields are required: [States]'],
  },
  {
    name: 'missing StartAt',
    definition: { States: { A: PASS_END } },
    expect: [[SCHEMA, '']],
    messages: ['[StartAt]'],
  },
  { name: 'empty States', definition: { StartAt: 'A', States: {} }, expect: [[SCHEMA, '/States']] },
  { name: 'States not an object', definition: { StartAt: 'A', States: [] }, expect: [[SCHEMA, '/States']] },
  {
    name: 'a state that is not an object',
    definition: machine({ A: PASS_END, B: 'x' }),
    expect: [[SCHEMA, '/States/B']],
  },
  {
    name: 'unknown top-level field',
    definition: single(PASS_END, { Foo: 1 }),
    expect: [[SCHEMA, '/Foo']],
    messages: ["Field 'Foo' is not supported"],
  },
  {
    name: 'Comment, Version, TimeoutSeconds are fine',
    definition: single(PASS_END, { Comment: 'c', Version: '1.0', TimeoutSeconds: 60 }),
    expect: [],
  },
  {
    name: 'TimeoutSeconds below 1',
    definition: single(PASS_END, { TimeoutSeconds: 0 }),
    expect: [[SCHEMA, '/TimeoutSeconds']],
  },
  {
    name: 'TimeoutSeconds not an integer',
    definition: single(PASS_END, { TimeoutSeconds: 1.5 }),
    expect: [[SCHEMA, '/TimeoutSeconds']],
  },
  {
    name: 'StartAt not a string',
    definition: { StartAt: 1, States: { A: PASS_END } },
    expect: [[SCHEMA, '/StartAt']],
  },
  {
    name: 'missing Type',
    definition: single({ End: true }),
    expect: [[SCHEMA, '/States/S']],
    messages: ['[Type]'],
  },
  {
    name: 'unknown Type',
    definition: single({ Type: 'Sleep', End: true }),
    expect: [[SCHEMA, '/States/S/Type']],
  },
  {
    name: 'unknown state field',
    definition: single({ ...PASS_END, Foo: 1 }),
    expect: [[SCHEMA, '/States/S/Foo']],
  },
  {
    name: 'Retry on a Pass state',
    definition: single({ ...PASS_END, Retry: [] }),
    expect: [[SCHEMA, '/States/S/Retry']],
  },
  {
    name: 'TimeoutSeconds on a Map state',
    definition: single({ Type: 'Map', Iterator: machine({ P: PASS_END }), TimeoutSeconds: 5, End: true }),
    expect: [[SCHEMA, '/States/S/TimeoutSeconds']],
  },
]);

runTable('state names', [
  { name: '80 characters is fine', definition: machine({ ['n'.repeat(80)]: PASS_END }), expect: [] },
  {
    name: '81 characters',
    definition: machine({ ['n'.repeat(81)]: PASS_END }),
    expect: [['INVALID_STATE_NAME', `/States/${'n'.repeat(81)}`]],
  },
  {
    name: 'a name reused in a Parallel branch',
    definition: machine({ A: { Type: 'Parallel', Branches: [machine({ A: PASS_END })], End: true } }),
    expect: [['DUPLICATE_STATE_NAME', '/States/A/Branches/0/States/A']],
  },
  {
    name: 'a repeated key in the JSON text',
    definition: '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true},"A":{"Type":"Succeed"}}}',
    expect: [['DUPLICATE_STATE_NAME', '/States/A']],
  },
  {
    name: 'a repeated field in the JSON text',
    definition: '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true,"End":true}}}',
    expect: [[SCHEMA, '/States/A/End']],
    messages: ["Duplicate field 'End'"],
  },
]);

test('findDuplicateKeys locates repeated keys past strings, escapes and arrays', () => {
  const text = '{"a":[{"x":1,"x":2},"}\\"{"],"b":{"c\\"":1,"c\\"":2},"a":0}';
  assert.deepEqual(findDuplicateKeys(text), [['a', 0, 'x'], ['b', 'c"'], ['a']]);
});

test('validateDefinition never throws, whatever it is given', () => {
  const odd: unknown[] = [
    undefined,
    42,
    true,
    'null',
    '[]',
    { States: null },
    { StartAt: 'A', States: { A: { Type: 'Map', ItemProcessor: [] } } },
  ];
  for (const input of odd) assert.ok(Array.isArray(validateDefinition(input)));
});

test('the parsed value is not modified', () => {
  const definition = single({
    Type: 'Task',
    Resource: 'arn:aws:states:::lambda:invoke',
    Retry: [{ ErrorEquals: ['X'] }],
    End: true,
  });
  const before = JSON.stringify(definition);
  validateDefinition(definition);
  assert.equal(JSON.stringify(definition), before);
});
