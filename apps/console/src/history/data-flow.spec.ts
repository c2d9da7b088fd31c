import { describe, expect, it } from 'vitest';
import type { StateVisit } from './types';
import { dataFlowSteps } from './data-flow';

const visit = (v: Partial<StateVisit>): StateVisit => ({
  id: 2,
  name: 'T',
  stateType: 'Task',
  key: 'T',
  depth: 0,
  redrive: 0,
  enteredAt: '2026-01-01T00:00:00Z',
  attempts: 1,
  failures: [],
  status: 'succeeded',
  eventIds: [2],
  ...v,
});

describe('dataFlowSteps', () => {
  it('walks a Task from input to output, recomputing simple paths', () => {
    const steps = dataFlowSteps(
      { Type: 'Task', InputPath: '$.order', Parameters: { 'id.$': '$.id' }, ResultPath: '$.charge' },
      visit({
        input: { order: { id: 7 }, other: 1 },
        taskInput: { id: 7 },
        taskResult: { ok: true },
        endedAt: '2026-01-01T00:00:01Z',
        output: { order: { id: 7 }, other: 1, charge: { ok: true } },
      }),
    );
    expect(steps.map((s) => [s.label, s.source, s.value])).toEqual([
      ['State input', 'recorded', { order: { id: 7 }, other: 1 }],
      ['After InputPath', 'computed', { id: 7 }],
      ['After Parameters (task input)', 'recorded', { id: 7 }],
      ['Result', 'recorded', { ok: true }],
      ['After ResultSelector', 'unchanged', { ok: true }],
      ['After ResultPath', 'computed', { order: { id: 7 }, other: 1, charge: { ok: true } }],
      ['State output (after OutputPath)', 'recorded', { order: { id: 7 }, other: 1, charge: { ok: true } }],
    ]);
    expect(steps[1].field).toBe('$.order');
  });

  it('says what it cannot know: a ResultSelector, a failed state output', () => {
    const steps = dataFlowSteps(
      { Type: 'Task', ResultSelector: { 'x.$': '$.y' } },
      visit({ input: {}, taskInput: {}, status: 'failed', endedAt: '2026-01-01T00:00:01Z' }),
    );
    expect(steps.map((s) => [s.label, s.source])).toEqual([
      ['State input', 'recorded'],
      ['After InputPath', 'unchanged'],
      ['After Parameters (task input)', 'recorded'],
      ['Result', 'unknown'],
      ['After ResultSelector', 'unknown'],
      ['After ResultPath', 'unknown'],
      ['State output (after OutputPath)', 'unknown'],
    ]);
  });

  it('uses Arguments and Output with JSONata', () => {
    const steps = dataFlowSteps(
      { Type: 'Task', Arguments: { a: '{% $states.input.a %}' }, Output: '{% $states.result %}' },
      visit({ input: { a: 1 }, taskInput: { a: 1 }, taskResult: 2, output: 2, endedAt: 'x' }),
      'JSONata',
    );
    expect(steps.map((s) => [s.label, s.value])).toEqual([
      ['State input', { a: 1 }],
      ['Arguments (task input)', { a: 1 }],
      ['Result', 2],
      ['Output', 2],
    ]);
  });

  it('shows a Pass Result placed by ResultPath', () => {
    const steps = dataFlowSteps(
      { Type: 'Pass', Result: { x: 1 }, ResultPath: '$.r' },
      visit({ stateType: 'Pass', input: { a: 1 }, output: { a: 1, r: { x: 1 } }, endedAt: 'x' }),
    );
    expect(steps.find((s) => s.label === 'After ResultPath')?.value).toEqual({ a: 1, r: { x: 1 } });
  });
});
