import type { JsonObject } from '../json.js';
import { INVOKE, machine, runTable, SCHEMA, single, type Row } from './table.test-util.js';

const JSONATA = { QueryLanguage: 'JSONata' };
const task = (extra: JsonObject): JsonObject => ({ Type: 'Task', Resource: INVOKE, End: true, ...extra });

/** One JSONPath-only field on a state of a JSONata machine. */
const jsonPathOnly = (field: string, state: JsonObject): Row => ({
  name: `${field} under JSONata`,
  definition: single(state, JSONATA),
  expect: [[SCHEMA, `/States/S/${field}`]],
  messages: [
    `The QueryLanguage is set to 'JSONata', but field '${field}' is only supported for the 'JSONPath' QueryLanguage`,
  ],
});

/** One JSONata-only field on a state of a JSONPath machine. */
const jsonataOnly = (field: string, state: JsonObject): Row => ({
  name: `${field} under JSONPath`,
  definition: single(state),
  expect: [[SCHEMA, `/States/S/${field}`]],
  messages: [
    `The QueryLanguage is set to 'JSONPath', but field '${field}' is only supported for the 'JSONata' QueryLanguage`,
  ],
});

const inlineMap = (extra: JsonObject): JsonObject => ({
  Type: 'Map',
  ItemProcessor: machine({ P: { Type: 'Pass', End: true } }),
  End: true,
  ...extra,
});

runTable('fields per query language', [
  jsonPathOnly('InputPath', { Type: 'Pass', InputPath: '$', End: true }),
  jsonPathOnly('OutputPath', { Type: 'Pass', OutputPath: '$', End: true }),
  jsonPathOnly('Parameters', { Type: 'Pass', Parameters: {}, End: true }),
  jsonPathOnly('ResultPath', { Type: 'Pass', ResultPath: '$.r', End: true }),
  jsonPathOnly('ResultSelector', task({ ResultSelector: {} })),
  jsonPathOnly('TimeoutSecondsPath', task({ TimeoutSecondsPath: '$.t' })),
  jsonPathOnly('HeartbeatSecondsPath', task({ HeartbeatSecondsPath: '$.h' })),
  jsonPathOnly('SecondsPath', { Type: 'Wait', SecondsPath: '$.s', End: true }),
  jsonPathOnly('TimestampPath', { Type: 'Wait', TimestampPath: '$.t', End: true }),
  jsonPathOnly('ErrorPath', { Type: 'Fail', ErrorPath: '$.e' }),
  jsonPathOnly('CausePath', { Type: 'Fail', CausePath: '$.c' }),
  jsonPathOnly('ItemsPath', inlineMap({ ItemsPath: '$.items' })),
  jsonPathOnly('MaxConcurrencyPath', inlineMap({ MaxConcurrencyPath: '$.n' })),
  jsonataOnly('Arguments', task({ Arguments: {} })),
  jsonataOnly('Output', { Type: 'Pass', Output: {}, End: true }),
  jsonataOnly('Items', inlineMap({ Items: [1, 2] })),
  {
    name: 'Choice Variable under JSONata',
    definition: machine(
      {
        C: {
          Type: 'Choice',
          Choices: [{ Condition: '{% true %}', Variable: '$.x', Next: 'D' }],
          Default: 'D',
        },
        D: { Type: 'Succeed' },
      },
      JSONATA,
    ),
    expect: [[SCHEMA, '/States/C/Choices/0/Variable']],
    messages: ["field 'Variable' is only supported for the 'JSONPath' QueryLanguage"],
  },
  {
    name: 'Choice Condition under JSONPath',
    definition: machine({
      C: { Type: 'Choice', Choices: [{ Condition: '{% true %}', Next: 'D' }], Default: 'D' },
      D: { Type: 'Succeed' },
    }),
    expect: [
      [SCHEMA, '/States/C/Choices/0/Condition'],
      [SCHEMA, '/States/C/Choices/0'],
    ],
  },
  {
    name: 'Catch ResultPath under JSONata',
    definition: machine(
      {
        T: task({ Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.e', Next: 'F' }] }),
        F: { Type: 'Fail' },
      },
      JSONATA,
    ),
    expect: [[SCHEMA, '/States/T/Catch/0/ResultPath']],
  },
  {
    name: 'ItemBatcher path field under JSONata',
    definition: single({ ...inlineMap({}), ItemBatcher: { MaxItemsPerBatchPath: '$.n' } }, JSONATA),
    expect: [[SCHEMA, '/States/S/ItemBatcher/MaxItemsPerBatchPath']],
  },
  {
    name: 'a JSONata machine with JSONata fields',
    definition: machine(
      {
        T: {
          Type: 'Task',
          Resource: INVOKE,
          Arguments: { a: '{% $states.input.a %}' },
          Output: '{% $states.result %}',
          Assign: { v: 1 },
          TimeoutSeconds: '{% 5 %}',
          Next: 'W',
        },
        W: { Type: 'Wait', Seconds: '{% 1 %}', Next: 'C' },
        C: {
          Type: 'Choice',
          Choices: [{ Condition: '{% $v = 1 %}', Next: 'M', Output: 'x' }],
          Default: 'M',
          Output: 'y',
        },
        M: inlineMap({ Items: '{% [1, 2] %}', MaxConcurrency: 2 }),
      },
      JSONATA,
    ),
    expect: [],
  },
]);

runTable('QueryLanguage resolution', [
  {
    name: 'a JSONata state in a JSONPath machine',
    definition: single({ Type: 'Pass', QueryLanguage: 'JSONata', Output: '{% 1 %}', End: true }),
    expect: [],
  },
  {
    name: 'a JSONPath state in a JSONata machine',
    definition: single({ Type: 'Pass', QueryLanguage: 'JSONPath', End: true }, JSONATA),
    expect: [[SCHEMA, '/States/S/QueryLanguage']],
    messages: ["'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine"],
  },
  {
    name: 'an unknown QueryLanguage on a state',
    definition: single({ Type: 'Pass', QueryLanguage: 'jsonata', End: true }),
    expect: [[SCHEMA, '/States/S/QueryLanguage']],
  },
  {
    name: 'an unknown top-level QueryLanguage',
    definition: single({ Type: 'Pass', End: true }, { QueryLanguage: 'XPath' }),
    expect: [[SCHEMA, '/QueryLanguage']],
  },
  {
    name: 'nested states inherit the top-level language, not the Map state language',
    definition: single({
      ...inlineMap({}),
      QueryLanguage: 'JSONata',
      ItemProcessor: machine({ P: { Type: 'Pass', Output: 1, End: true } }),
    }),
    expect: [[SCHEMA, '/States/S/ItemProcessor/States/P/Output']],
  },
  {
    name: 'ItemProcessor cannot declare QueryLanguage',
    definition: single({
      ...inlineMap({}),
      ItemProcessor: { ...machine({ P: { Type: 'Pass', End: true } }), QueryLanguage: 'JSONata' },
    }),
    expect: [[SCHEMA, '/States/S/ItemProcessor/QueryLanguage']],
  },
]);
