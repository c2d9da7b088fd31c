import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JsonObject } from '../json.js';
import { INVOKE, machine, runTable, single } from './table.test-util.js';
import { isRfc3339Timestamp } from './timestamp.js';

const pass = (extra: JsonObject): JsonObject => single({ Type: 'Pass', End: true, ...extra });
const JSONATA = { QueryLanguage: 'JSONata' };
const INVALID_JSONATA = 'INVALID_JSONATA_EXPRESSION';
const choice = (rules: unknown[], top: JsonObject = {}): JsonObject =>
  machine(
    { C: { Type: 'Choice', Choices: rules as JsonObject[], Default: 'D' }, D: { Type: 'Succeed' } },
    top,
  );

runTable('JSONata expressions', [
  {
    name: 'valid expressions everywhere',
    definition: single(
      {
        Type: 'Pass',
        Output: { a: '{% $states.input.a %}', b: ['{% 1 + 1 %}', 'plain'] },
        Assign: { v: '{% $uppercase("x") %}' },
        End: true,
      },
      JSONATA,
    ),
    expect: [],
  },
  {
    name: 'a syntax error in Output',
    definition: single({ Type: 'Pass', Output: { a: '{% a[1,2) %}' }, End: true }, JSONATA),
    expect: [[INVALID_JSONATA, '/States/S/Output/a']],
  },
  {
    name: 'a syntax error in Arguments',
    definition: single({ Type: 'Task', Resource: INVOKE, Arguments: '{% 1 + %}', End: true }, JSONATA),
    expect: [[INVALID_JSONATA, '/States/S/Arguments']],
  },
  {
    name: 'a syntax error in a Condition',
    definition: choice([{ Condition: '{% $a = %}', Next: 'D' }], JSONATA),
    expect: [[INVALID_JSONATA, '/States/C/Choices/0/Condition']],
  },
  {
    name: 'a syntax error in a catcher Output',
    definition: machine(
      {
        T: {
          Type: 'Task',
          Resource: INVOKE,
          Catch: [{ ErrorEquals: ['X'], Output: '{% ( %}', Next: 'F' }],
          End: true,
        },
        F: { Type: 'Fail' },
      },
      JSONATA,
    ),
    expect: [[INVALID_JSONATA, '/States/T/Catch/0/Output']],
  },
  {
    name: '$ at the top level',
    definition: single({ Type: 'Pass', Output: '{% $.a %}', End: true }, JSONATA),
    expect: [[INVALID_JSONATA, '/States/S/Output']],
  },
  {
    name: 'a JSONata-looking string in a JSONPath state is literal',
    definition: pass({ Result: '{% a[ %}' }),
    expect: [],
  },
  {
    name: 'a JSONata string with spaces around is literal',
    definition: single({ Type: 'Pass', Output: ' {% a[ %}', End: true }, JSONATA),
    expect: [],
  },
  {
    name: 'a state opting into JSONata is checked',
    definition: pass({ QueryLanguage: 'JSONata', Output: '{% ] %}' }),
    expect: [[INVALID_JSONATA, '/States/S/Output']],
  },
]);

test('isRfc3339Timestamp', () => {
  const rows: [string, boolean][] = [
    ['2016-03-14T01:59:00Z', true],
    ['2016-03-14T01:59:00.123456Z', true],
    ['2016-03-14T01:59:00-05:30', true],
    ['2024-02-29T00:00:00Z', true],
    ['2023-02-29T00:00:00Z', false],
    ['2016-13-05T21:29:29Z', false],
    ['05-12-2016T21:29:29Z', false],
    ['2016-12-05 21:29:29Z', false],
    ['2016-12-05T24:00:00Z', false],
    ['2016-12-05T21:29:29z', false],
  ];
  for (const [text, valid] of rows) assert.equal(isRfc3339Timestamp(text), valid, text);
});
