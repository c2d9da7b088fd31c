import { describe, expect, it } from 'vitest';
import redriven from '../test-fixtures/redriven-history.json';
import { entered, exited, historyOf } from '../test-fixtures/events';
import type { HistoryEvent } from '../history/types';
import { stateStatuses, statusOf } from './state-status';

const statusMap = (events: HistoryEvent[]) =>
  Object.fromEntries([...stateStatuses(events)].map(([name, s]) => [name, s.status]));

const start = ['ExecutionStarted', { executionStartedEventDetails: { input: {} } }] as [
  string,
  Record<string, unknown>,
];
const lambdaFailed = (error: string) =>
  ['LambdaFunctionFailed', { lambdaFunctionFailedEventDetails: { error, cause: `${error} cause` } }] as [
    string,
    Record<string, unknown>,
  ];

describe('stateStatuses', () => {
  it('marks exited states succeeded and the entered one running; others are not reached', () => {
    const events = historyOf(start, entered('Pass', 'A'), exited('Pass', 'A'), entered('Task', 'B'), [
      'TaskScheduled',
      { taskScheduledEventDetails: { parameters: { x: 1 } } },
    ]);
    const s = stateStatuses(events);
    expect(statusMap(events)).toEqual({ A: 'succeeded', B: 'running' });
    expect(statusOf(s, 'C').status).toBe('notReached');
    expect(s.get('B')?.focus?.taskInput).toEqual({ x: 1 });
  });

  it('counts retries: succeeded after a failed attempt is "retried"', () => {
    const events = historyOf(
      start,
      entered('Task', 'T'),
      ['LambdaFunctionScheduled', { lambdaFunctionScheduledEventDetails: { input: { a: 1 } } }],
      lambdaFailed('Boom'),
      ['LambdaFunctionScheduled', { lambdaFunctionScheduledEventDetails: { input: { a: 1 } } }],
      ['LambdaFunctionSucceeded', { lambdaFunctionSucceededEventDetails: { output: 'ok' } }],
      exited('Task', 'T', 'ok'),
      ['ExecutionSucceeded', { executionSucceededEventDetails: { output: 'ok' } }],
    );
    const t = stateStatuses(events).get('T')!;
    expect(t).toMatchObject({ status: 'retried', retryCount: 1, runs: 1 });
    expect(t.focus).toMatchObject({ attempts: 2, taskResult: 'ok', output: 'ok', input: {} });
    expect(t.focus?.failures.map((f) => f.error)).toEqual(['Boom']);
  });

  it('a failure that leads to the Catch target is "caught"', () => {
    const events = historyOf(
      start,
      entered('Task', 'T'),
      ['TaskScheduled', {}],
      ['TaskFailed', { taskFailedEventDetails: { error: 'E1' } }],
      ['TaskScheduled', {}],
      ['TaskFailed', { taskFailedEventDetails: { error: 'E2' } }],
      exited('Task', 'T', { err: 'E2' }),
      entered('Pass', 'Recover'),
    );
    const s = stateStatuses(events);
    expect(s.get('T')).toMatchObject({ status: 'caught', retryCount: 1 });
    expect(s.get('Recover')?.status).toBe('running');
  });

  it('a task whose last attempt failed, and the execution with it, is "failed" with its error', () => {
    const events = historyOf(
      start,
      entered('Task', 'T', { order: 7 }),
      ['TaskScheduled', {}],
      ['TaskFailed', { taskFailedEventDetails: { error: 'PaymentDeclined', cause: 'card' } }],
      ['ExecutionFailed', { executionFailedEventDetails: { error: 'PaymentDeclined', cause: 'card' } }],
    );
    const t = stateStatuses(events).get('T')!;
    expect(t.status).toBe('failed');
    expect(t.focus).toMatchObject({
      input: { order: 7 },
      failures: [{ error: 'PaymentDeclined', cause: 'card' }],
    });
    expect(t.focus?.endedAt).toBe(events[4].timestamp);
  });

  it('a Fail state (or a failing Choice) gets the execution error', () => {
    const events = historyOf(start, entered('Fail', 'Nope'), [
      'ExecutionFailed',
      { executionFailedEventDetails: { error: 'Custom', cause: 'why' } },
    ]);
    expect(stateStatuses(events).get('Nope')).toMatchObject({
      status: 'failed',
      focus: { failures: [{ error: 'Custom', cause: 'why' }] },
    });
  });

  it('groups Map iterations: most urgent status wins, with counts', () => {
    const events = historyOf(
      start, // 1
      entered('Map', 'Each'), // 2
      ['MapStateStarted', { mapStateStartedEventDetails: { length: 3 } }], // 3
      ['MapIterationStarted', { mapIterationStartedEventDetails: { name: 'Each', index: 0 } }], // 4
      ['MapIterationStarted', { mapIterationStartedEventDetails: { name: 'Each', index: 1 } }], // 5
      ['MapIterationStarted', { mapIterationStartedEventDetails: { name: 'Each', index: 2 } }], // 6
      entered('Task', 'Work', 0, 4), // 7
      entered('Task', 'Work', 1, 5), // 8
      entered('Task', 'Work', 2, 6), // 9
      ['TaskScheduled', {}, 7], // 10
      ['TaskSucceeded', { taskSucceededEventDetails: { output: 'r0' } }, 10], // 11
      exited('Task', 'Work', 'r0', 11), // 12
      ['MapIterationSucceeded', { mapIterationSucceededEventDetails: { name: 'Each', index: 0 } }, 12], // 13
      ['TaskScheduled', {}, 9], // 14
      ['TaskFailed', { taskFailedEventDetails: { error: 'Bad' } }, 14], // 15
      ['MapIterationFailed', { mapIterationFailedEventDetails: { name: 'Each', index: 2 } }, 15], // 16
    );
    const s = stateStatuses(events);
    expect(s.get('Work')).toMatchObject({
      status: 'running',
      runs: 3,
      counts: { succeeded: 1, running: 1, failed: 1 },
    });
    // The failing run is the one shown when the state is selected.
    expect(s.get('Work')?.focus).toMatchObject({ input: 2, iteration: 2, key: 'Each[2]/Work' });
    expect(s.get('Each')?.status).toBe('running');
  });

  it('a failed Map that is caught closes its running iterations', () => {
    const events = historyOf(
      start, // 1
      entered('Map', 'Each'), // 2
      ['MapStateStarted', {}], // 3
      ['MapIterationStarted', { mapIterationStartedEventDetails: { name: 'Each', index: 0 } }], // 4
      ['MapIterationStarted', { mapIterationStartedEventDetails: { name: 'Each', index: 1 } }], // 5
      entered('Task', 'Work', 0, 4), // 6
      entered('Task', 'Work', 1, 5), // 7
      ['TaskFailed', { taskFailedEventDetails: { error: 'Bad', cause: 'c' } }, 6], // 8
      ['MapIterationFailed', { mapIterationFailedEventDetails: { name: 'Each', index: 0 } }, 8], // 9
      ['TaskStateAborted', { stateExitedEventDetails: { name: 'Work' } }, 7], // 10
      ['MapIterationAborted', { mapIterationAbortedEventDetails: { name: 'Each', index: 1 } }, 10], // 11
      ['MapStateFailed', {}, 11], // 12
      exited('Map', 'Each', { error: 'Bad' }, 12), // 13
      entered('Pass', 'Handle', {}, 13), // 14
    );
    const s = stateStatuses(events);
    expect(statusMap(events)).toEqual({ Each: 'caught', Work: 'failed', Handle: 'running' });
    expect(s.get('Each')?.focus?.failures[0]).toMatchObject({ error: 'Bad', cause: 'c' });
  });

  it('reads a real redriven history: the redriven state is green, the new failure red', () => {
    const s = stateStatuses((redriven as { items: HistoryEvent[] }).items);
    expect(statusMap((redriven as { items: HistoryEvent[] }).items)).toEqual({
      Prepare: 'succeeded',
      Branches: 'succeeded',
      A1: 'succeeded',
      B1: 'succeeded',
      B2: 'succeeded',
      Each: 'succeeded',
      Work: 'succeeded',
      Charge: 'succeeded',
      IsBig: 'failed',
    });
    expect(s.get('Work')).toMatchObject({ runs: 3, counts: { succeeded: 3 } });
    // Charge failed twice (a retry) before the redrive; its latest run succeeded first time.
    expect(s.get('Charge')).toMatchObject({ runs: 2, retryCount: 0 });
    expect(s.get('IsBig')?.focus?.failures[0].error).toBe('States.Runtime');
  });
});
