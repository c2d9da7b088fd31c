// The full lifecycle of a workflow against the running service: over REST and over the AWS SDK.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  DescribeStateMachineForExecutionCommand,
  GetExecutionHistoryCommand,
  ListExecutionsCommand,
  ListStateMachinesCommand,
  SFNClient,
  StartExecutionCommand,
  StartSyncExecutionCommand,
  type HistoryEvent,
} from '@aws-sdk/client-sfn';
import { rest } from '../support/api-harness.js';
import {
  ROLE,
  assertWellFormedHistory,
  createWorkflow,
  executionPath,
  historyOf,
  lambdaArn,
  sleep,
  startRest,
  startService,
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

/** Pass → Lambda task → Choice → Succeed / Fail. */
const GREETER = {
  Comment: 'greets the caller',
  StartAt: 'Prepare',
  States: {
    Prepare: { Type: 'Pass', Parameters: { 'name.$': '$.who' }, Next: 'Greet' },
    Greet: { Type: 'Task', Resource: lambdaArn('greet'), ResultPath: '$.result', Next: 'Check' },
    Check: {
      Type: 'Choice',
      Choices: [{ Variable: '$.result.greeting', StringMatches: 'Hello, *', Next: 'Done' }],
      Default: 'Odd',
    },
    Done: { Type: 'Succeed', OutputPath: '$.result' },
    Odd: { Type: 'Fail', Error: 'Odd', Cause: 'no greeting' },
  },
};

const GREETER_EVENTS = [
  'ExecutionStarted',
  'PassStateEntered',
  'PassStateExited',
  'TaskStateEntered',
  'LambdaFunctionScheduled',
  'LambdaFunctionStarted',
  'LambdaFunctionSucceeded',
  'TaskStateExited',
  'ChoiceStateEntered',
  'ChoiceStateExited',
  'SucceedStateEntered',
  'SucceedStateExited',
  'ExecutionSucceeded',
];

test('REST: create a workflow, start it, get it until SUCCEEDED, read its history, list', async () => {
  const arn = await createWorkflow(svc, 'greeter-rest', GREETER);
  const workflow = await rest(svc.url, 'GET', '/api/workflows/greeter-rest');
  assert.equal(workflow.status, 200);
  assert.equal(workflow.body.arn, arn);
  assert.deepEqual(workflow.body.definition, GREETER);

  const started = await startRest(svc, 'greeter-rest', { who: 'Ada' }, 'first');
  assert.equal(started.status, 'RUNNING');
  assert.equal(started.workflow, 'greeter-rest');
  const done = await waitForExecution(svc, started.arn);
  assert.equal(done.status, 'SUCCEEDED');
  assert.deepEqual(done.output, { greeting: 'Hello, Ada!' });
  assert.deepEqual(done.input, { who: 'Ada' });
  assert.ok(done.stopDate >= done.startDate);

  const events = await historyOf(svc, started.arn);
  assertWellFormedHistory(events);
  assert.deepEqual(
    events.map((e) => e.type),
    GREETER_EVENTS,
  );
  const succeeded = events.find((e) => e.type === 'LambdaFunctionSucceeded');
  // REST histories carry payloads as JSON values (AWS's carry JSON text).
  assert.deepEqual(succeeded.lambdaFunctionSucceededEventDetails.output, { greeting: 'Hello, Ada!' });
  // The history pages and reads backwards.
  const page = await rest(svc.url, 'GET', `${executionPath(started.arn)}/history?limit=5&reverse=true`);
  assert.deepEqual(
    page.body.items.map((e: { id: number }) => e.id),
    [13, 12, 11, 10, 9],
  );
  assert.ok(page.body.nextCursor);

  // The same name and input again is the same execution (a safe retry).
  const again = await rest(svc.url, 'POST', '/api/workflows/greeter-rest/executions', {
    name: 'first',
    input: { who: 'Ada' },
  });
  assert.equal(again.status, 200);
  assert.equal(again.body.arn, started.arn);

  // Without `who` the Pass state's path fails: the execution FAILS with States.Runtime.
  const failing = await startRest(svc, 'greeter-rest', {}, 'second');
  const second = await waitForExecution(svc, failing.arn);
  assert.equal(second.status, 'FAILED');
  assert.equal(second.error, 'States.Runtime');
  assert.match(second.cause, /\$\.who/);
  assert.equal(second.output, null);
  const failedEvents = await historyOf(svc, failing.arn);
  assert.equal(failedEvents.at(-1).type, 'ExecutionFailed');

  const list = await rest(svc.url, 'GET', '/api/executions?workflow=greeter-rest&status=SUCCEEDED');
  assert.equal(list.status, 200);
  assert.deepEqual(
    list.body.items.map((e: { name: string }) => e.name),
    ['first'],
  );
  const all = await rest(svc.url, 'GET', '/api/executions?workflow=greeter-rest');
  assert.deepEqual(
    all.body.items.map((e: { name: string; status: string }) => [e.name, e.status]),
    [
      ['second', 'FAILED'],
      ['first', 'SUCCEEDED'],
    ],
  );
  const running = await rest(svc.url, 'GET', '/api/executions?workflow=greeter-rest&status=RUNNING');
  assert.deepEqual(running.body.items, []);
  const workflows = await rest(svc.url, 'GET', '/api/workflows');
  assert.ok(workflows.body.items.some((w: { name: string }) => w.name === 'greeter-rest'));
});

test('AWS SDK: CreateStateMachine, StartExecution, DescribeExecution until SUCCEEDED, history, lists', async () => {
  const { stateMachineArn } = await svc.sfn.send(
    new CreateStateMachineCommand({
      name: 'greeter-sdk',
      definition: JSON.stringify(GREETER),
      roleArn: ROLE,
    }),
  );
  assert.equal(stateMachineArn, 'arn:aws:states:us-east-1:123456789012:stateMachine:greeter-sdk');
  const machine = await svc.sfn.send(new DescribeStateMachineCommand({ stateMachineArn }));
  assert.equal(machine.status, 'ACTIVE');
  assert.deepEqual(JSON.parse(machine.definition!), GREETER);

  const { executionArn, startDate } = await svc.sfn.send(
    new StartExecutionCommand({ stateMachineArn, name: 'sdk-1', input: JSON.stringify({ who: 'Grace' }) }),
  );
  assert.equal(executionArn, 'arn:aws:states:us-east-1:123456789012:execution:greeter-sdk:sdk-1');
  assert.ok(startDate instanceof Date);

  let described = await svc.sfn.send(new DescribeExecutionCommand({ executionArn }));
  const deadline = Date.now() + 15_000;
  while (described.status === 'RUNNING' && Date.now() < deadline) {
    await sleep(50);
    described = await svc.sfn.send(new DescribeExecutionCommand({ executionArn }));
  }
  assert.equal(described.status, 'SUCCEEDED');
  assert.equal(described.output, JSON.stringify({ greeting: 'Hello, Grace!' }));
  assert.equal(described.input, JSON.stringify({ who: 'Grace' }));
  assert.equal(described.stateMachineArn, stateMachineArn);
  assert.ok(described.stopDate instanceof Date && described.stopDate >= described.startDate!);

  // The history in pages of 4, then backwards in one page.
  const events: HistoryEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = await svc.sfn.send(
      new GetExecutionHistoryCommand({ executionArn, maxResults: 4, nextToken }),
    );
    assert.ok(page.events!.length <= 4);
    events.push(...page.events!);
    nextToken = page.nextToken;
  } while (nextToken);
  assert.deepEqual(
    events.map((e) => e.type),
    GREETER_EVENTS,
  );
  assert.deepEqual(
    events.map((e) => e.id),
    GREETER_EVENTS.map((_, i) => i + 1),
  );
  assert.equal(events[0].executionStartedEventDetails!.input, JSON.stringify({ who: 'Grace' }));
  assert.equal(events.at(-1)!.executionSucceededEventDetails!.output, described.output);
  const reversed = await svc.sfn.send(
    new GetExecutionHistoryCommand({ executionArn, reverseOrder: true, includeExecutionData: false }),
  );
  assert.equal(reversed.events![0].type, 'ExecutionSucceeded');
  assert.equal(reversed.events![0].executionSucceededEventDetails!.output, undefined);

  const listed = await svc.sfn.send(
    new ListExecutionsCommand({ stateMachineArn, statusFilter: 'SUCCEEDED' }),
  );
  assert.deepEqual(
    listed.executions!.map((e) => [e.name, e.status]),
    [['sdk-1', 'SUCCEEDED']],
  );
  const machines = await svc.sfn.send(new ListStateMachinesCommand({}));
  assert.ok(machines.stateMachines!.some((m) => m.name === 'greeter-sdk'));
  const forExecution = await svc.sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn }));
  assert.equal(forExecution.stateMachineArn, stateMachineArn);

  // REST sees the same execution.
  const viaRest = await rest(svc.url, 'GET', executionPath(executionArn!));
  assert.equal(viaRest.body.status, 'SUCCEEDED');

  await svc.sfn.send(new DeleteStateMachineCommand({ stateMachineArn }));
  const gone = await rest(svc.url, 'GET', '/api/workflows/greeter-sdk');
  assert.equal(gone.status, 404);
});

test('AWS SDK: StartSyncExecution answers an EXPRESS execution with its result; STANDARD is refused', async () => {
  // The SDK sends StartSyncExecution to the `sync-` host of an AWS endpoint: a local one needs
  // disableHostPrefix.
  const sfn = new SFNClient({
    endpoint: svc.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
    disableHostPrefix: true,
  });
  const { stateMachineArn } = await sfn.send(
    new CreateStateMachineCommand({
      name: 'greeter-express',
      type: 'EXPRESS',
      definition: JSON.stringify(GREETER),
      roleArn: ROLE,
    }),
  );
  const ok = await sfn.send(
    new StartSyncExecutionCommand({
      stateMachineArn,
      name: 'sync-1',
      input: '{"who":"Ada"}',
      traceHeader: 't-1',
    }),
  );
  assert.equal(ok.status, 'SUCCEEDED', JSON.stringify(ok));
  assert.equal(ok.name, 'sync-1');
  assert.equal(ok.input, '{"who":"Ada"}');
  assert.deepEqual(JSON.parse(ok.output!), (await waitForExecution(svc, ok.executionArn!)).output);
  assert.ok(ok.stopDate! >= ok.startDate!);
  assert.equal(ok.traceHeader, 't-1');

  const failing = await sfn.send(
    new CreateStateMachineCommand({
      name: 'fail-express',
      type: 'EXPRESS',
      definition: JSON.stringify({
        StartAt: 'F',
        States: { F: { Type: 'Fail', Error: 'Nope', Cause: 'because' } },
      }),
      roleArn: ROLE,
    }),
  );
  const failed = await sfn.send(new StartSyncExecutionCommand({ stateMachineArn: failing.stateMachineArn }));
  assert.deepEqual([failed.status, failed.error, failed.cause], ['FAILED', 'Nope', 'because']);
  assert.equal(failed.output, undefined);

  const standard = await createWorkflow(svc, 'greeter-standard', GREETER);
  await assert.rejects(
    () => sfn.send(new StartSyncExecutionCommand({ stateMachineArn: standard })),
    (e: Error) => e.name === 'StateMachineTypeNotSupported',
  );
});
