import type { JsonObject } from '../json.js';
import { INVOKE, runTable, SCHEMA, single } from './table.test-util.js';

const pass = (extra: JsonObject): JsonObject => single({ Type: 'Pass', End: true, ...extra });

runTable('payload templates (JSONPath)', [
  {
    name: 'paths, context paths, variables and intrinsics',
    definition: pass({
      Parameters: {
        'a.$': '$.a',
        'b.$': '$$.Execution.Id',
        'c.$': '$v',
        'd.$': "States.Format('{} \\'x\\'', $.a)",
        e: { 'f.$': 'States.Array(1, $.b)' },
      },
    }),
    expect: [],
  },
  {
    name: 'an illegal escape in an intrinsic string',
    definition: pass({
      Parameters: { 'parsed.$': 'States.StringToJson(\'{"text":"An \\"escaped\\" quote"}\')' },
    }),
    expect: [[SCHEMA, '/States/S/Parameters/parsed.$']],
    messages: ['must be a valid JSONPath or a valid intrinsic function call', 'Illegal escape sequence'],
  },
  {
    name: 'an unknown intrinsic function',
    definition: pass({ Parameters: { 'x.$': 'States.Nope($.a)' } }),
    expect: [[SCHEMA, '/States/S/Parameters/x.$']],
  },
  {
    name: 'an intrinsic with the wrong arity',
    definition: pass({ Parameters: { 'x.$': 'States.ArrayLength()' } }),
    expect: [[SCHEMA, '/States/S/Parameters/x.$']],
  },
  {
    name: 'an invalid path',
    definition: pass({ Parameters: { 'x.$': 'a.b' } }),
    expect: [[SCHEMA, '/States/S/Parameters/x.$']],
  },
  {
    name: 'a non-string .$ value',
    definition: pass({ Parameters: { 'x.$': 1 } }),
    expect: [[SCHEMA, '/States/S/Parameters/x.$']],
  },
  {
    name: 'in an array, in ResultSelector',
    definition: single({
      Type: 'Task',
      Resource: INVOKE,
      ResultSelector: { list: [{ 'x.$': '$$$' }] },
      End: true,
    }),
    expect: [[SCHEMA, '/States/S/ResultSelector/list/0/x.$']],
  },
  {
    name: 'in Assign',
    definition: pass({ Assign: { 'v.$': 'States.Nope()' } }),
    expect: [[SCHEMA, '/States/S/Assign/v.$']],
  },
  {
    name: 'a name clash once .$ is stripped',
    definition: pass({ Parameters: { a: 1, 'a.$': '$.a' } }),
    expect: [[SCHEMA, '/States/S/Parameters/a.$']],
  },
  {
    name: 'NO_DOLLAR: a plain field that looks like a path',
    definition: pass({ Parameters: { a: '$.a' } }),
    expect: [['NO_DOLLAR', '/States/S/Parameters/a', 'WARNING']],
  },
  {
    name: 'PASS_RESULT_IS_STATIC: a .$ field in Result',
    definition: pass({ Result: { 'a.$': '$.a' } }),
    expect: [['PASS_RESULT_IS_STATIC', '/States/S/Result/a.$', 'WARNING']],
  },
  {
    name: 'an invalid ResultPath',
    definition: pass({ ResultPath: 'x' }),
    expect: [[SCHEMA, '/States/S/ResultPath']],
  },
  {
    name: 'a variable in ResultPath',
    definition: pass({ ResultPath: '$v' }),
    expect: [[SCHEMA, '/States/S/ResultPath']],
  },
  {
    name: 'InputPath null',
    definition: pass({ InputPath: null, OutputPath: null, ResultPath: null }),
    expect: [],
  },
]);
