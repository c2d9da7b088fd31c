// Wait states are durable timers: a short wait completes on time, and a wait survives the loss of
// every worker (the timer is a database row, not a setTimeout).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rest } from '../support/api-harness.js';
import {
  assertWellFormedHistory,
  createWorkflow,
  executionPath,
  historyOf,
  lambdaArn,
  sleep,
  startRest,
  startService,
  waitForEvent,
  waitForExecution,
  type Service,
} from './support/service.js';

let svc: Service;
before(async () => {
  svc = await startService();
});
after(async () => {
  await svc.close();
});

const waitThenCall = (seconds: number) => ({
  StartAt: 'Wait',
  States: {
    Wait: { Type: 'Wait', Seconds: seconds, Next: 'Call' },
    Call: { Type: 'Task', Resource: lambdaArn('echo'), End: true },
  },
});

test('a 1 s Wait completes after its second, within the timer latency', async () => {
  await createWorkflow(svc, 'short-wait', waitThenCall(1));
  const t0 = Date.now();
  const started = await startRest(svc, 'short-wait', { n: 1 });
  const done = await waitForExecution(svc, started.arn, 10_000);
  const elapsed = Date.now() - t0;
  assert.equal(done.status, 'SUCCEEDED');
  assert.deepEqual(done.output, { n: 1 });
  assert.ok(elapsed >= 1000, `took ${elapsed} ms`);
  assert.ok(elapsed < 5000, `took ${elapsed} ms`);
  const events = await historyOf(svc, started.arn);
  assertWellFormedHistory(events);
  const entered = events.find((e) => e.type === 'WaitStateEntered');
  const exited = events.find((e) => e.type === 'WaitStateExited');
  assert.ok(Date.parse(exited.timestamp) - Date.parse(entered.timestamp) >= 1000);
});

test('a Wait survives a worker restart: no workers while it is due, a new pool finishes it', async () => {
  await createWorkflow(svc, 'long-wait', waitThenCall(2));
  const started = await startRest(svc, 'long-wait', { n: 2 });
  await waitForEvent(svc, started.arn, 'WaitStateEntered');
  const first = svc.pools[0];
  const before = first.invocations;
  await svc.stopPools();
  assert.equal(svc.pools.length, 0);

  // With no worker running the timer falls due and nothing happens.
  await sleep(2500);
  const stalled = await rest(svc.url, 'GET', executionPath(started.arn));
  assert.equal(stalled.body.status, 'RUNNING');
  assert.equal(svc.fn.callsOf(started.arn).length, 0);

  const second = await svc.startPool();
  const t0 = Date.now();
  const done = await waitForExecution(svc, started.arn, 10_000);
  assert.equal(done.status, 'SUCCEEDED');
  assert.deepEqual(done.output, { n: 2 });
  assert.ok(Date.now() - t0 < 5000, 'the overdue timer fires as soon as a worker runs');
  assert.equal(first.invocations, before, 'the stopped pool did nothing more');
  assert.equal(second.invocations, 1, 'the new pool performed the task after the wait');
  const events = await historyOf(svc, started.arn);
  assertWellFormedHistory(events);
  assert.deepEqual(
    events.map((e) => e.type),
    [
      'ExecutionStarted',
      'WaitStateEntered',
      'WaitStateExited',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ],
  );
});

test('a Wait until a timestamp survives a restart in the middle of the wait', async () => {
  await createWorkflow(svc, 'wait-until', {
    StartAt: 'Wait',
    States: { Wait: { Type: 'Wait', TimestampPath: '$.at', End: true } },
  });
  const at = new Date(Date.now() + 2000).toISOString();
  const started = await startRest(svc, 'wait-until', { at });
  await waitForEvent(svc, started.arn, 'WaitStateEntered');
  await svc.stopPools();
  await sleep(500);
  await svc.startPool();
  const done = await waitForExecution(svc, started.arn, 10_000);
  assert.equal(done.status, 'SUCCEEDED');
  assert.ok(Date.parse(done.stopDate) >= Date.parse(at), `${done.stopDate} before ${at}`);
});
