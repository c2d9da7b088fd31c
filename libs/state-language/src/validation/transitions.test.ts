import { machine, runTable, SCHEMA, single } from './table.test-util.js';

const END = { Type: 'Pass', End: true };
const MISSING = 'MISSING_TRANSITION_TARGET';

runTable('transition targets', [
  {
    name: 'StartAt names no state',
    definition: { StartAt: 'Nope', States: { A: END } },
    expect: [
      [MISSING, '/StartAt'],
      [MISSING, '/States/A'],
    ],
    messages: ["Missing 'Next' target: Nope", 'State "A" is not reachable.'],
  },
  {
    name: 'Next names no state',
    definition: machine({ A: { Type: 'Pass', Next: 'B' }, C: END }),
    expect: [
      [MISSING, '/States/A/Next'],
      [MISSING, '/States/C'],
    ],
  },
  {
    name: 'Choice Default and rule Next',
    definition: machine({
      C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsPresent: true, Next: 'X' }], Default: 'Y' },
      D: END,
    }),
    expect: [
      [MISSING, '/States/C/Choices/0/Next'],
      [MISSING, '/States/C/Default'],
      [MISSING, '/States/D'],
    ],
  },
  {
    name: 'Catch Next',
    definition: machine({
      T: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Gone' }],
        End: true,
      },
    }),
    expect: [[MISSING, '/States/T/Catch/0/Next']],
  },
  {
    name: 'a Parallel branch cannot reach an outer state',
    definition: machine({
      P: {
        Type: 'Parallel',
        Branches: [machine({ B: { Type: 'Pass', Next: 'Done' }, E: END })],
        Next: 'Done',
      },
      Done: { Type: 'Succeed' },
    }),
    expect: [
      [MISSING, '/States/P/Branches/0/States/B/Next'],
      [MISSING, '/States/P/Branches/0/States/E'],
    ],
  },
  {
    name: 'a Map processor cannot reach an outer state',
    definition: machine({
      M: { Type: 'Map', ItemProcessor: machine({ I: { Type: 'Pass', Next: 'Done' } }), Next: 'Done' },
      Done: { Type: 'Succeed' },
    }),
    expect: [
      [MISSING, '/States/M/ItemProcessor/States/I/Next'],
      ['MISSING_END_STATE', '/States/M/ItemProcessor'],
    ],
  },
  {
    name: 'an outer state cannot reach into a branch',
    definition: machine({
      A: { Type: 'Pass', Next: 'Inner' },
      P: { Type: 'Parallel', Branches: [machine({ Inner: END })], End: true },
    }),
    expect: [
      [MISSING, '/States/A/Next'],
      [MISSING, '/States/P'],
    ],
  },
  {
    name: 'a valid graph with a loop, a Choice and a Catch',
    definition: machine({
      Start: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }],
        Next: 'Check',
      },
      Check: {
        Type: 'Choice',
        Choices: [{ Variable: '$.done', BooleanEquals: true, Next: 'Done' }],
        Default: 'Start',
      },
      Done: { Type: 'Succeed' },
      Failed: { Type: 'Fail', Error: 'E' },
    }),
    expect: [],
  },
]);

runTable('terminal states and reachability', [
  {
    name: 'neither Next nor End',
    definition: single({ Type: 'Pass' }),
    expect: [
      [SCHEMA, '/States/S'],
      ['MISSING_END_STATE', ''],
    ],
  },
  {
    name: 'both Next and End',
    definition: machine({ A: { Type: 'Pass', Next: 'B', End: true }, B: END }),
    expect: [[SCHEMA, '/States/A']],
  },
  {
    name: 'End false',
    definition: single({ Type: 'Pass', End: false, Next: 'S' }),
    expect: [
      [SCHEMA, '/States/S/End'],
      [SCHEMA, '/States/S'],
      ['MISSING_END_STATE', ''],
    ],
  },
  {
    name: 'Choice with End',
    definition: machine({
      C: { Type: 'Choice', Choices: [{ Variable: '$.x', IsNull: true, Next: 'D' }], Default: 'D', End: true },
      D: END,
    }),
    expect: [[SCHEMA, '/States/C/End']],
  },
  {
    name: 'Succeed with Next',
    definition: machine({ A: { Type: 'Succeed', Next: 'B' }, B: END }),
    expect: [
      [SCHEMA, '/States/A/Next'],
      [MISSING, '/States/B'],
    ],
  },
  {
    name: 'Fail with End',
    definition: single({ Type: 'Fail', End: true }),
    expect: [[SCHEMA, '/States/S/End']],
  },
  {
    name: 'no terminal state (loop)',
    definition: machine({ A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Pass', Next: 'A' } }),
    expect: [['MISSING_END_STATE', '']],
  },
  {
    name: 'no terminal state hides unreachable states',
    definition: machine({ A: { Type: 'Pass', Next: 'A' }, B: { Type: 'Pass', Next: 'A' } }),
    expect: [['MISSING_END_STATE', '']],
  },
  {
    name: 'an unreachable state is an error, as on AWS',
    definition: machine({ A: END, B: END }),
    expect: [[MISSING, '/States/B']],
    messages: ['State "B" is not reachable.'],
  },
  {
    name: 'an unreachable state in a branch',
    definition: single({ Type: 'Parallel', Branches: [machine({ A: END, B: END })], End: true }),
    expect: [[MISSING, '/States/S/Branches/0/States/B']],
  },
  {
    name: 'a Catch target is reachable',
    definition: machine({
      T: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Catch: [{ ErrorEquals: ['X'], Next: 'F' }],
        End: true,
      },
      F: { Type: 'Fail' },
    }),
    expect: [],
  },
]);
