import { test } from 'node:test';
import type { Json } from '../json.js';
import { applyInputPath, applyOutputPath, applyResultPath } from './index.js';
import { check, input, scope, type Expect } from './check-row.test-util.js';

const inputPaths: ({ path: string | null | undefined; input: Json } & Expect)[] = [
  { path: undefined, input, result: input },
  { path: null, input, result: {} },
  { path: '$', input, result: input },
  { path: '$.a', input, result: { b: 1 } },
  { path: '$.list[1:]', input, result: [2, 3] },
  { path: '$$.Execution.Input', input, result: { start: true } },
  {
    path: '$.NoSuchInputPath',
    input: { 'int-literal': 0 },
    error: ['States.Runtime', "Invalid path '$.NoSuchInputPath' : No results for path: $['NoSuchInputPath']"],
  },
];
for (const row of inputPaths) {
  test(`applyInputPath ${String(row.path)}`, () =>
    check(() => applyInputPath(row.path, row.input, scope(row.input)), row));
}

const outputPaths: ({ path: string | null | undefined; value: Json } & Expect)[] = [
  { path: undefined, value: input, result: input },
  { path: null, value: input, result: {} },
  { path: '$.a.b', value: input, result: 1 },
  { path: '$.list[*]', value: input, result: [1, 2, 3] },
  {
    path: '$.no.such.result.path',
    value: {},
    error: ['States.Runtime', "Invalid path '$.no.such.result.path' : Missing property in path $['no']"],
  },
];
for (const row of outputPaths) {
  test(`applyOutputPath ${String(row.path)}`, () =>
    check(() => applyOutputPath(row.path, row.value, scope({ other: 1 })), row));
}

const resultPaths: ({ path: string | null | undefined; stateInput: Json; taskResult: Json } & Expect)[] = [
  { path: undefined, stateInput: input, taskResult: 'r', result: 'r' },
  { path: '$', stateInput: input, taskResult: 'r', result: 'r' },
  { path: null, stateInput: input, taskResult: 'r', result: input },
  { path: '$.r', stateInput: { a: 1 }, taskResult: [1], result: { a: 1, r: [1] } },
  { path: '$.x.y', stateInput: { a: 1 }, taskResult: 2, result: { a: 1, x: { y: 2 } } },
  { path: '$.a', stateInput: { a: { old: 1 } }, taskResult: 2, result: { a: 2 } },
  {
    path: '$.r',
    stateInput: 'input1',
    taskResult: 1,
    error: ['States.ReferencePathConflict', 'Unable to apply ReferencePath $.r to input "input1"'],
  },
  {
    path: '$.r',
    stateInput: [1],
    taskResult: 1,
    error: ['States.ReferencePathConflict', 'Unable to apply step "r" to input [1]'],
  },
];
for (const row of resultPaths) {
  test(`applyResultPath ${String(row.path)} on ${JSON.stringify(row.stateInput)}`, () =>
    check(() => applyResultPath(row.path, row.stateInput, row.taskResult), row));
}
