// StopExecution of running executions (during a Wait, during a task in flight) and RedriveExecution
// of a failed execution once its function is fixed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  RedriveExecutionCommand,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { rest, sdkError } from '../support/api-harness.js';
import { SLOW_MS } from './support/function-server.js';
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

test('StopExecution (AWS SDK) aborts an execution in a Wait: ABORTED, history ends ExecutionAborted', async () => {
  const stateMachineArn = await createWorkflow(svc, 'long', {
    StartAt: 'Wait',
    States: {
      Wait: { Type: 'Wait', Seconds: 3600, Next: 'Call' },
      Call: { Type: 'Task', Resource: lambdaArn('echo'), End: true },
    },
  });
  const { executionArn } = await svc.sfn.send(
    new StartExecutionCommand({ stateMachineArn, name: 'to-stop', input: '{}' }),
  );
  await waitForEvent(svc, executionArn!, 'WaitStateEntered');
  const stopped = await svc.sfn.send(
    new StopExecutionCommand({ executionArn, error: 'Operator', cause: 'not needed any more' }),
  );
  assert.ok(stopped.stopDate instanceof Date);
  // As on AWS, the stop is visible as soon as StopExecution answered.
  const right = await svc.sfn.send(new DescribeExecutionCommand({ executionArn }));
  assert.equal(right.status, 'ABORTED');
  assert.equal(right.stopDate?.getTime(), stopped.stopDate.getTime());

  const done = await waitForExecution(svc, executionArn!);
  assert.equal(done.status, 'ABORTED');
  const described = await svc.sfn.send(new DescribeExecutionCommand({ executionArn }));
  assert.equal(described.status, 'ABORTED');
  assert.equal(described.error, 'Operator');
  assert.equal(described.cause, 'not needed any more');
  assert.ok(described.stopDate instanceof Date);
  const history = await svc.sfn.send(new GetExecutionHistoryCommand({ executionArn, reverseOrder: true }));
  const last = history.events![0];
  assert.equal(last.type, 'ExecutionAborted');
  assert.deepEqual(last.executionAbortedEventDetails, { error: 'Operator', cause: 'not needed any more' });
  assert.equal(svc.fn.callsOf(executionArn!).length, 0, 'the state after the Wait never ran');
  assertWellFormedHistory(await historyOf(svc, executionArn!));

  // Stopping again is harmless; the execution stays ABORTED.
  await svc.sfn.send(new StopExecutionCommand({ executionArn }));
  await sleep(300);
  assert.equal((await svc.sfn.send(new DescribeExecutionCommand({ executionArn }))).status, 'ABORTED');
  const unknown = await sdkError(() =>
    svc.sfn.send(new StopExecutionCommand({ executionArn: `${executionArn}-nope` })),
  );
  assert.equal(unknown.name, 'ExecutionDoesNotExist');
});

test('POST /api/executions/ARN/stop aborts an execution while its task is in flight', async () => {
  await createWorkflow(svc, 'slow-task', {
    StartAt: 'Call',
    States: { Call: { Type: 'Task', Resource: lambdaArn('slow'), End: true } },
  });
  const started = await startRest(svc, 'slow-task');
  await waitForEvent(svc, started.arn, 'LambdaFunctionStarted');
  const t0 = Date.now();
  const r = await rest(svc.url, 'POST', `${executionPath(started.arn)}/stop`, {});
  assert.equal(r.status, 202);
  assert.equal((await rest(svc.url, 'GET', executionPath(started.arn))).body.status, 'ABORTED');
  const done = await waitForExecution(svc, started.arn);
  assert.equal(done.status, 'ABORTED');
  assert.ok(Date.now() - t0 < SLOW_MS - 500, 'the stop does not wait for the slow function');
  const events = await historyOf(svc, started.arn);
  assertWellFormedHistory(events);
  assert.equal(events.at(-1).type, 'ExecutionAborted');
  assert.ok(!events.some((e) => e.type === 'LambdaFunctionSucceeded'));
});

test('RedriveExecution after fixing the function: FAILED → SUCCEEDED, redriveCount 1', async () => {
  svc.fn.broken.add('pricing'); // a bad deployment of the pricing function
  const stateMachineArn = await createWorkflow(svc, 'checkout', {
    StartAt: 'Reserve',
    States: {
      Reserve: { Type: 'Task', Resource: lambdaArn('echo'), ResultPath: '$.reserved', Next: 'Price' },
      Price: {
        Type: 'Task',
        Resource: 'arn:aws:states:::lambda:invoke',
        Parameters: { FunctionName: 'pricing', 'Payload.$': '$.items' },
        ResultSelector: { 'total.$': '$.Payload.total' },
        ResultPath: '$.price',
        End: true,
      },
    },
  });
  const input = { items: [40, 2] };
  const { executionArn } = await svc.sfn.send(
    new StartExecutionCommand({ stateMachineArn, name: 'order-7', input: JSON.stringify(input) }),
  );
  const failed = await waitForExecution(svc, executionArn!);
  assert.equal(failed.status, 'FAILED');
  assert.equal(failed.error, 'CustomError');
  const notYet = await sdkError(() =>
    svc.sfn.send(new RedriveExecutionCommand({ executionArn: `${executionArn}-nope` })),
  );
  assert.equal(notYet.name, 'ExecutionDoesNotExist');

  svc.fn.broken.delete('pricing'); // the fix is deployed
  const redriven = await svc.sfn.send(new RedriveExecutionCommand({ executionArn }));
  assert.ok(redriven.redriveDate instanceof Date);
  const done = await waitForExecution(svc, executionArn!);
  assert.equal(done.status, 'SUCCEEDED', `${done.error} ${done.cause}`);
  assert.deepEqual(done.output, { ...input, reserved: input, price: { total: 42 } });
  const keys = svc.fn.callsOf(executionArn!).map((c) => c.idempotencyKey!.slice(executionArn!.length + 1));
  assert.deepEqual(keys, ['Reserve/0', 'Price/0', 'Price/0'], 'the redrive resumes at the failed state');

  const described = await svc.sfn.send(new DescribeExecutionCommand({ executionArn }));
  assert.equal(described.status, 'SUCCEEDED');
  assert.equal(described.redriveCount, 1);
  assert.ok(described.redriveDate instanceof Date);
  const events = await historyOf(svc, executionArn!);
  assertWellFormedHistory(events);
  const types = events.map((e) => e.type);
  assert.ok(types.indexOf('ExecutionFailed') < types.indexOf('ExecutionRedriven'), types.join(', '));
  assert.equal(types.filter((t) => t === 'ExecutionRedriven').length, 1);
  assert.equal(types.filter((t) => t === 'ExecutionStarted').length, 1);
  assert.equal(types.at(-1), 'ExecutionSucceeded');

  // A SUCCEEDED execution cannot be redriven (REST says so with a 409).
  const again = await sdkError(() => svc.sfn.send(new RedriveExecutionCommand({ executionArn })));
  assert.equal(again.name, 'ExecutionNotRedrivable');
  const viaRest = await rest(svc.url, 'POST', `${executionPath(executionArn!)}/redrive`);
  assert.equal(viaRest.status, 409);
});

test('POST /api/executions/ARN/redrive: an ABORTED execution runs again', async () => {
  await createWorkflow(svc, 'abort-then-redrive', {
    StartAt: 'Wait',
    States: {
      Wait: { Type: 'Wait', SecondsPath: '$.seconds', Next: 'Call' },
      Call: { Type: 'Task', Resource: lambdaArn('echo'), End: true },
    },
  });
  const started = await startRest(svc, 'abort-then-redrive', { seconds: 1 });
  await waitForEvent(svc, started.arn, 'WaitStateEntered');
  await rest(svc.url, 'POST', `${executionPath(started.arn)}/stop`, {});
  assert.equal((await waitForExecution(svc, started.arn)).status, 'ABORTED');
  const r = await rest(svc.url, 'POST', `${executionPath(started.arn)}/redrive`);
  assert.equal(r.status, 202);
  const done = await waitForExecution(svc, started.arn);
  assert.equal(done.status, 'SUCCEEDED');
  assert.equal(done.redriveCount, 1);
  assert.deepEqual(done.output, { seconds: 1 });
});
