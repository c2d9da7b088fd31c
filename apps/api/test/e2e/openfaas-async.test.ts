// `openfaas:NAME.async`: the call goes to the gateway's /async-function/NAME with an X-Callback-Url;
// the gateway's queue worker POSTs the function's answer there and the task completes with it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rest } from '../support/api-harness.js';
import {
  assertWellFormedHistory,
  createWorkflow,
  historyOf,
  startRest,
  startService,
  waitForExecution,
  type Service,
} from './support/service.js';

let svc: Service;
before(async () => {
  svc = await startService();
  await createWorkflow(svc, 'async-hello', {
    StartAt: 'Hello',
    States: {
      Hello: { Type: 'Task', Resource: 'openfaas:hello.async', ResultPath: '$.greeting', End: true },
    },
  });
  await createWorkflow(svc, 'async-boom', {
    StartAt: 'Boom',
    States: {
      Boom: {
        Type: 'Task',
        Resource: 'openfaas:boom.async',
        Retry: [{ ErrorEquals: ['States.TaskFailed'], MaxAttempts: 1, IntervalSeconds: 1 }],
        Catch: [{ ErrorEquals: ['States.TaskFailed'], ResultPath: '$.error', Next: 'Recovered' }],
        End: true,
      },
      Recovered: { Type: 'Pass', End: true },
    },
  });
});
after(async () => {
  await svc.close();
});

test('an async OpenFaaS call completes with the answer delivered to its callback URL', async () => {
  const started = await startRest(svc, 'async-hello', { name: 'Ada' });
  const done = await waitForExecution(svc, started.arn);
  assert.equal(done.status, 'SUCCEEDED');
  assert.deepEqual(done.output, { name: 'Ada', greeting: { message: 'Hello, Ada!' } });
  const calls = svc.fn.callsOf(started.arn);
  assert.equal(calls.length, 1, 'called once, never re-invoked while it waits');
  assert.match(calls[0].path, /^\/async-function\/hello$/);
  const events = await historyOf(svc, started.arn);
  assertWellFormedHistory(events);
  const types = events.map((e) => e.type);
  assert.ok(types.includes('TaskSubmitted') || types.includes('TaskStarted'), types.join(', '));
  assert.ok(types.includes('TaskSucceeded'), types.join(', '));
});

test('an error status delivered to the callback fails the task: Retry, then Catch', async () => {
  const started = await startRest(svc, 'async-boom', {});
  const done = await waitForExecution(svc, started.arn);
  assert.equal(done.status, 'SUCCEEDED');
  const error = (done.output as { error: { Error: string; Cause: string } }).error;
  assert.equal(error.Error, 'States.TaskFailed');
  assert.match(error.Cause, /boom answered 500 \(async\): kaboom/);
  assert.equal(svc.fn.callsOf(started.arn).length, 2, 'the retry calls again');
});

test('a callback for no waiting task is 404; one without a body still answers', async () => {
  const unknown = await rest(svc.url, 'POST', '/api/callbacks/openfaas/nope', { any: 'thing' });
  assert.equal(unknown.status, 404);
  assert.equal(unknown.body.error, 'TaskDoesNotExist');
});
