import type { JsonObject } from '../json.js';
import { machine, runTable, SCHEMA } from './table.test-util.js';

const JSONATA = { QueryLanguage: 'JSONata' };

const choice = (rules: unknown[], top: JsonObject = {}): JsonObject =>
  machine(
    { C: { Type: 'Choice', Choices: rules as JsonObject[], Default: 'D' }, D: { Type: 'Succeed' } },
    top,
  );

runTable('Choice rules (JSONPath)', [
  {
    name: 'nested And, Or, Not',
    definition: choice([
      {
        And: [
          { Variable: '$.a', NumericGreaterThan: 1 },
          { Or: [{ Not: { Variable: '$.b', IsNull: true } }, { Variable: '$.c', StringMatches: 'x*' }] },
        ],
        Next: 'D',
      },
    ]),
    expect: [],
  },
  { name: 'no rules', definition: choice([]), expect: [[SCHEMA, '/States/C/Choices']] },
  {
    name: 'a rule without Next',
    definition: choice([{ Variable: '$.a', IsPresent: true }]),
    expect: [[SCHEMA, '/States/C/Choices/0']],
  },
  {
    name: 'a nested rule with Next',
    definition: choice([{ Not: { Variable: '$.a', IsNull: true, Next: 'D' }, Next: 'D' }]),
    expect: [[SCHEMA, '/States/C/Choices/0/Not/Next']],
  },
  {
    name: 'two operators',
    definition: choice([{ Variable: '$.a', IsNull: true, IsPresent: true, Next: 'D' }]),
    expect: [[SCHEMA, '/States/C/Choices/0']],
  },
  {
    name: 'no operator',
    definition: choice([{ Variable: '$.a', Next: 'D' }]),
    expect: [[SCHEMA, '/States/C/Choices/0']],
  },
  {
    name: 'a comparison of the wrong type',
    definition: choice([{ Variable: '$.a', NumericEquals: '1', Next: 'D' }]),
    expect: [[SCHEMA, '/States/C/Choices/0/NumericEquals']],
  },
  {
    name: 'an invalid Variable',
    definition: choice([{ Variable: '$..a', IsNull: true, Next: 'D' }]),
    expect: [[SCHEMA, '/States/C/Choices/0/Variable']],
  },
  {
    name: 'a ...Path comparison on a variable',
    definition: choice([{ Variable: '$.a', StringEqualsPath: '$v', Next: 'D' }]),
    expect: [],
  },
  {
    name: 'an empty And',
    definition: choice([{ And: [], Next: 'D' }]),
    expect: [[SCHEMA, '/States/C/Choices/0/And']],
  },
  {
    name: 'a JSONata rule',
    definition: choice([{ Condition: '{% $states.input.a > 1 %}', Next: 'D', Assign: { x: 1 } }], JSONATA),
    expect: [],
  },
  {
    name: 'a JSONata rule without Condition',
    definition: choice([{ Next: 'D' }], JSONATA),
    expect: [[SCHEMA, '/States/C/Choices/0']],
  },
  {
    name: 'a JSONata Condition that is not an expression',
    definition: choice([{ Condition: 'yes', Next: 'D' }], JSONATA),
    expect: [[SCHEMA, '/States/C/Choices/0/Condition']],
  },
]);
