// `.waitForTaskToken` tasks answered with SendTaskSuccess / SendTaskFailure / SendTaskHeartbeat,
// over the AWS SDK and the REST twins (POST /api/tasks/success|failure|heartbeat).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  SendTaskFailureCommand,
  SendTaskHeartbeatCommand,
  SendTaskSuccessCommand,
  StartExecutionCommand,
} from '@aws-sdk/client-sfn';
import { awsCall, rest, sdkError } from '../support/api-harness.js';
import {
  assertWellFormedHistory,
  createWorkflow,
  historyOf,
  sleep,
  startRest,
  startService,
  waitForExecution,
  type Service,
} from './support/service.js';

let svc: Service;
let approvalArn: string;
before(async () => {
  svc = await startService();
  approvalArn = await createWorkflow(svc, 'approval', APPROVAL);
  await createWorkflow(svc, 'heartbeat', HEARTBEAT);
});
after(async () => {
  await svc.close();
});

/** Asks the `callback` function for an approval, then waits for SendTaskSuccess/Failure. */
const APPROVAL = {
  StartAt: 'Approve',
  States: {
    Approve: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: { FunctionName: 'callback', Payload: { 'token.$': '$$.Task.Token', 'order.$': '$.order' } },
      ResultPath: '$.approval',
      Catch: [{ ErrorEquals: ['Rejected'], ResultPath: '$.rejection', Next: 'Refund' }],
      Next: 'Ship',
    },
    Ship: { Type: 'Pass', Result: 'shipped', ResultPath: '$.state', End: true },
    Refund: { Type: 'Pass', Result: 'refunded', ResultPath: '$.state', End: true },
  },
};

const HEARTBEAT = {
  StartAt: 'Work',
  States: {
    Work: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: { FunctionName: 'callback', Payload: { 'token.$': '$$.Task.Token' } },
      HeartbeatSeconds: 2,
      TimeoutSeconds: 60,
      End: true,
    },
  },
};

/** Starts an execution and returns it with the task token the function received. */
async function startAndGetToken(workflow: string, order: string): Promise<{ arn: string; token: string }> {
  const started = await startRest(svc, workflow, { order });
  const deadline = Date.now() + 10_000;
  for (;;) {
    const call = svc.fn.callsOf(started.arn)[0];
    if (call) {
      const payload = JSON.parse(call.body);
      // The token arrives in the payload ($$.Task.Token) and in the X-Durastep-Task-Token header.
      assert.equal(typeof payload.token, 'string');
      assert.equal(call.taskToken, payload.token);
      return { arn: started.arn, token: payload.token };
    }
    if (Date.now() > deadline) throw new Error(`the callback function was not called for ${started.arn}`);
    await sleep(25);
  }
}

const describe = (executionArn: string) => svc.sfn.send(new DescribeExecutionCommand({ executionArn }));

test('SendTaskSuccess (AWS SDK) completes the waiting task with its output', async () => {
  const { arn, token } = await startAndGetToken('approval', 'o-1');
  await sleep(300);
  assert.equal((await describe(arn)).status, 'RUNNING', 'the task waits for its token');

  const reply = await svc.sfn.send(
    new SendTaskSuccessCommand({ taskToken: token, output: JSON.stringify({ approvedBy: 'Ada' }) }),
  );
  assert.equal(reply.$metadata.httpStatusCode, 200);
  const done = await waitForExecution(svc, arn);
  assert.equal(done.status, 'SUCCEEDED');
  assert.deepEqual(done.output, { order: 'o-1', approval: { approvedBy: 'Ada' }, state: 'shipped' });
  const events = await historyOf(svc, arn);
  assertWellFormedHistory(events);
  const types = events.map((e) => e.type);
  assert.ok(types.includes('TaskSucceeded'), types.join(', '));
  assert.equal(svc.fn.callsOf(arn).length, 1, 'the function is called once, never re-invoked');

  // The token is spent: a second answer is refused.
  const again = await sdkError(() =>
    svc.sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: '{}' })),
  );
  // (AWS answers TaskTimedOut for a closed task; Durastep's engine answers TaskDoesNotExist.)
  assert.ok(['TaskDoesNotExist', 'TaskTimedOut'].includes(again.name), again.name);
  assert.equal(again.$metadata.httpStatusCode, 400);
});

test('SendTaskFailure (AWS SDK): a named error is caught; without a name it is States.TaskFailed', async () => {
  const [rejected, plain] = await Promise.all([
    startAndGetToken('approval', 'o-2'),
    startAndGetToken('approval', 'o-3'),
  ]);
  await svc.sfn.send(
    new SendTaskFailureCommand({ taskToken: rejected.token, error: 'Rejected', cause: 'out of stock' }),
  );
  await svc.sfn.send(new SendTaskFailureCommand({ taskToken: plain.token }));

  const caught = await waitForExecution(svc, rejected.arn);
  assert.equal(caught.status, 'SUCCEEDED');
  assert.deepEqual(caught.output, {
    order: 'o-2',
    rejection: { Error: 'Rejected', Cause: 'out of stock' },
    state: 'refunded',
  });
  const failed = await waitForExecution(svc, plain.arn);
  assert.equal(failed.status, 'FAILED');
  assert.equal(failed.error, 'States.TaskFailed');
  const events = await historyOf(svc, plain.arn);
  assert.equal(events.at(-1).type, 'ExecutionFailed');
  assert.ok(events.some((e) => e.type === 'TaskFailed'));
});

test('SendTaskHeartbeat keeps a task with HeartbeatSeconds alive; without it, States.HeartbeatTimeout', async () => {
  const [beating, silent] = await Promise.all([
    startAndGetToken('heartbeat', 'h-1'),
    startAndGetToken('heartbeat', 'h-2'),
  ]);
  // 3.5 s of heartbeats every second, longer than HeartbeatSeconds (2).
  for (let i = 0; i < 3; i++) {
    await sleep(1000);
    const r = await svc.sfn.send(new SendTaskHeartbeatCommand({ taskToken: beating.token }));
    assert.equal(r.$metadata.httpStatusCode, 200);
  }
  await sleep(500);
  assert.equal((await describe(beating.arn)).status, 'RUNNING');
  const timedOut = await waitForExecution(svc, silent.arn);
  assert.equal(timedOut.status, 'FAILED');
  assert.equal(timedOut.error, 'States.HeartbeatTimeout');

  await svc.sfn.send(new SendTaskSuccessCommand({ taskToken: beating.token, output: '"done"' }));
  const done = await waitForExecution(svc, beating.arn);
  assert.equal(done.status, 'SUCCEEDED');
  assert.equal(done.output, 'done');
});

test('REST: POST /api/tasks/success, /failure and /heartbeat', async () => {
  const [ok, ko] = await Promise.all([
    startAndGetToken('approval', 'r-1'),
    startAndGetToken('approval', 'r-2'),
  ]);
  const beat = await rest(svc.url, 'POST', '/api/tasks/heartbeat', { taskToken: ok.token });
  assert.equal(beat.status, 202);
  const success = await rest(svc.url, 'POST', '/api/tasks/success', {
    taskToken: ok.token,
    output: { approvedBy: 'REST', items: [1, 2] },
  });
  assert.equal(success.status, 202);
  const failure = await rest(svc.url, 'POST', '/api/tasks/failure', {
    taskToken: ko.token,
    error: 'Rejected',
    cause: 'by REST',
  });
  assert.equal(failure.status, 202);

  const done = await waitForExecution(svc, ok.arn);
  assert.equal(done.status, 'SUCCEEDED');
  assert.deepEqual(done.output.approval, { approvedBy: 'REST', items: [1, 2] });
  const refunded = await waitForExecution(svc, ko.arn);
  assert.deepEqual(refunded.output.rejection, { Error: 'Rejected', Cause: 'by REST' });

  const spent = await rest(svc.url, 'POST', '/api/tasks/success', { taskToken: ok.token, output: 1 });
  assert.ok(['TaskDoesNotExist', 'TaskTimedOut'].includes(spent.body.error), spent.body.error);
  assert.equal(spent.status, spent.body.error === 'TaskDoesNotExist' ? 404 : 409);
  const noToken = await rest(svc.url, 'POST', '/api/tasks/heartbeat', {});
  assert.equal(noToken.status, 400);
  assert.equal(noToken.body.error, 'ValidationException');
  const noOutput = await rest(svc.url, 'POST', '/api/tasks/success', { taskToken: 'x' });
  assert.equal(noOutput.status, 400);
  assert.equal(noOutput.body.error, 'ValidationException');
  const tooBig = await rest(svc.url, 'POST', '/api/tasks/success', {
    taskToken: 'x',
    output: 'y'.repeat(300_000),
  });
  assert.equal(tooBig.status, 400);
  assert.equal(tooBig.body.error, 'InvalidOutput');
  const longError = await rest(svc.url, 'POST', '/api/tasks/failure', {
    taskToken: 'x',
    error: 'e'.repeat(257),
  });
  assert.equal(longError.status, 400);
  assert.equal(longError.body.error, 'ValidationException');
});

test('AWS protocol errors of the callback actions', async () => {
  const T = (action: string) => `AWSStepFunctions.${action}`;
  const unknown = await awsCall(svc.url, T('SendTaskSuccess'), { taskToken: 'no-such-token', output: '{}' });
  assert.equal(unknown.status, 400);
  assert.equal(unknown.body.__type, 'com.amazonaws.swf.service.v2.model#TaskDoesNotExist');
  const badJson = await awsCall(svc.url, T('SendTaskSuccess'), { taskToken: 'no-such-token', output: '{' });
  assert.equal(badJson.body.__type, 'com.amazonaws.swf.service.v2.model#InvalidOutput');
  const deep = await awsCall(svc.url, T('SendTaskSuccess'), {
    taskToken: 'no-such-token',
    output: '['.repeat(1001) + ']'.repeat(1001),
  });
  assert.equal(deep.body.__type, 'com.amazonaws.swf.service.v2.model#InvalidOutput');
  const missing = await awsCall(svc.url, T('SendTaskFailure'), {});
  assert.equal(missing.body.__type, 'com.amazon.coral.validate#ValidationException');
  assert.match(missing.body.message, /'taskToken'/);
  const noOutput = await awsCall(svc.url, T('SendTaskSuccess'), { taskToken: 'x' });
  assert.match(noOutput.body.message, /'output'/);
  const heartbeat = await sdkError(() =>
    svc.sfn.send(new SendTaskHeartbeatCommand({ taskToken: 'no-such-token' })),
  );
  assert.equal(heartbeat.name, 'TaskDoesNotExist');

  // StartExecution through the SDK, answered through the SDK: a full round trip.
  const { executionArn } = await svc.sfn.send(
    new StartExecutionCommand({ stateMachineArn: approvalArn, input: '{"order":"sdk"}' }),
  );
  let token: string | undefined;
  for (let i = 0; i < 200 && !token; i++) {
    token = svc.fn.callsOf(executionArn!)[0]?.taskToken;
    if (!token) await sleep(25);
  }
  assert.ok(token);
  await svc.sfn.send(new SendTaskSuccessCommand({ taskToken: token, output: '{"approvedBy":"sdk"}' }));
  const done = await waitForExecution(svc, executionArn!);
  assert.deepEqual(done.output.approval, { approvedBy: 'sdk' });
});

test('U+0000 in the input of a callback task and in its error and cause: the execution fails as told', async () => {
  // PostgreSQL's text and jsonb cannot hold U+0000: the task's command is stored as json, the
  // execution row's error and cause get U+FFFD, and the history keeps the exact text.
  const { arn, token } = await startAndGetToken('approval', 'o-\u0000');
  await svc.sfn.send(
    new SendTaskFailureCommand({ taskToken: token, error: 'Bad\u0000', cause: 'why\u0000not' }),
  );
  const done = await waitForExecution(svc, arn);
  assert.equal(done.status, 'FAILED');
  const described = await describe(arn);
  assert.deepEqual([described.error, described.cause], ['Bad\uFFFD', 'why\uFFFDnot']);
  const { events } = await svc.sfn.send(
    new GetExecutionHistoryCommand({ executionArn: arn, reverseOrder: true }),
  );
  assert.deepEqual(events?.[0].executionFailedEventDetails, { error: 'Bad\u0000', cause: 'why\u0000not' });
  const scheduled = events?.find((e) => e.type === 'TaskScheduled');
  assert.match(scheduled?.taskScheduledEventDetails?.parameters ?? '', /o-\\u0000/);
});
