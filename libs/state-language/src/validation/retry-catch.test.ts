import type { JsonObject } from '../json.js';
import { INVOKE, machine, runTable, SCHEMA, type Row } from './table.test-util.js';

/** A Task with the given Retry and/or Catch (catchers go to F). */
const withHandlers = (handlers: JsonObject, top: JsonObject = {}): JsonObject =>
  machine({ T: { Type: 'Task', Resource: INVOKE, End: true, ...handlers }, F: { Type: 'Fail' } }, top);

const retrier = (name: string, fields: JsonObject, expect: Row['expect'], messages?: string[]): Row => ({
  name,
  definition: withHandlers({
    Retry: [{ ErrorEquals: ['States.TaskFailed'], ...fields }],
    Catch: [{ ErrorEquals: ['States.ALL'], Next: 'F' }],
  }),
  expect,
  messages,
});

const at = (field: string) => `/States/T/Retry/0/${field}`;

runTable('Retry', [
  retrier(
    'all fields in range',
    {
      IntervalSeconds: 1,
      MaxAttempts: 0,
      BackoffRate: 1,
      MaxDelaySeconds: 10,
      JitterStrategy: 'FULL',
      Comment: 'c',
    },
    [],
  ),
  retrier(
    'IntervalSeconds 0',
    { IntervalSeconds: 0 },
    [[SCHEMA, at('IntervalSeconds')]],
    ['Minimum value is 1'],
  ),
  retrier('IntervalSeconds not an integer', { IntervalSeconds: 1.5 }, [[SCHEMA, at('IntervalSeconds')]]),
  retrier('IntervalSeconds above 99999999', { IntervalSeconds: 100_000_000 }, [
    [SCHEMA, at('IntervalSeconds')],
  ]),
  retrier('MaxAttempts -1', { MaxAttempts: -1 }, [[SCHEMA, at('MaxAttempts')]], ['Minimum value is 0']),
  retrier(
    'BackoffRate below 1',
    { BackoffRate: 0.5 },
    [[SCHEMA, at('BackoffRate')]],
    ['Minimum value is 1.0'],
  ),
  retrier('BackoffRate decimal', { BackoffRate: 1.5 }, []),
  retrier('MaxDelaySeconds 0', { MaxDelaySeconds: 0 }, [[SCHEMA, at('MaxDelaySeconds')]]),
  retrier('MaxDelaySeconds too large', { MaxDelaySeconds: 31_622_401 }, [[SCHEMA, at('MaxDelaySeconds')]]),
  retrier(
    'JitterStrategy unknown',
    { JitterStrategy: 'HALF' },
    [[SCHEMA, at('JitterStrategy')]],
    ['[FULL, NONE]'],
  ),
  retrier('unknown field', { MaxAtempts: 2 }, [[SCHEMA, at('MaxAtempts')]]),
  retrier('empty ErrorEquals', { ErrorEquals: [] }, [[SCHEMA, at('ErrorEquals')]]),
  retrier(
    'States.ALL with another error',
    { ErrorEquals: ['States.ALL', 'X'] },
    [[SCHEMA, at('ErrorEquals')]],
    ["'States.ALL' must appear alone"],
  ),
  {
    name: 'States.ALL not in the last retrier',
    definition: withHandlers({ Retry: [{ ErrorEquals: ['States.ALL'] }, { ErrorEquals: ['X'] }] }),
    expect: [
      [SCHEMA, '/States/T/Retry/0/ErrorEquals'],
      ['MISSING_TRANSITION_TARGET', '/States/F'],
    ],
    messages: ["must be the last one in 'Retry'"],
  },
  {
    name: 'missing ErrorEquals',
    definition: withHandlers({ Retry: [{ MaxAttempts: 1 }] }),
    expect: [
      [SCHEMA, '/States/T/Retry/0'],
      ['MISSING_TRANSITION_TARGET', '/States/F'],
    ],
  },
  {
    name: 'Retry not an array',
    definition: withHandlers({ Retry: {} }),
    expect: [
      [SCHEMA, '/States/T/Retry'],
      ['MISSING_TRANSITION_TARGET', '/States/F'],
    ],
  },
]);

runTable('Catch', [
  {
    name: 'a JSONPath catcher',
    definition: withHandlers({
      Catch: [{ ErrorEquals: ['X'], ResultPath: '$.error', Next: 'F', Comment: 'c' }],
    }),
    expect: [],
  },
  {
    name: 'ResultPath null',
    definition: withHandlers({ Catch: [{ ErrorEquals: ['X'], ResultPath: null, Next: 'F' }] }),
    expect: [],
  },
  {
    name: 'invalid ResultPath',
    definition: withHandlers({ Catch: [{ ErrorEquals: ['X'], ResultPath: 'error', Next: 'F' }] }),
    expect: [[SCHEMA, '/States/T/Catch/0/ResultPath']],
  },
  {
    name: 'a JSONata catcher with Output and Assign',
    definition: withHandlers(
      { Catch: [{ ErrorEquals: ['X'], Output: '{% $states.errorOutput %}', Assign: { e: 1 }, Next: 'F' }] },
      { QueryLanguage: 'JSONata' },
    ),
    expect: [],
  },
  {
    name: 'missing Next',
    definition: withHandlers({ Catch: [{ ErrorEquals: ['X'] }] }),
    expect: [
      [SCHEMA, '/States/T/Catch/0'],
      ['MISSING_TRANSITION_TARGET', '/States/F'],
    ],
  },
  {
    name: 'States.ALL not in the last catcher',
    definition: withHandlers({
      Catch: [
        { ErrorEquals: ['States.ALL'], Next: 'F' },
        { ErrorEquals: ['X'], Next: 'F' },
      ],
    }),
    expect: [[SCHEMA, '/States/T/Catch/0/ErrorEquals']],
  },
  {
    name: 'a catcher that is not an object',
    definition: withHandlers({ Catch: ['F'] }),
    expect: [
      [SCHEMA, '/States/T/Catch/0'],
      ['MISSING_TRANSITION_TARGET', '/States/F'],
    ],
  },
]);
