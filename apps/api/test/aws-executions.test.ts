import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateStateMachineCommand,
  DescribeExecutionCommand,
  DescribeStateMachineForExecutionCommand,
  ListExecutionsCommand,
  RedriveExecutionCommand,
  StartExecutionCommand,
  StopExecutionCommand,
  UpdateStateMachineCommand,
} from '@aws-sdk/client-sfn';
import {
  executionArnOf,
  machineArn,
  PASS,
  ROLE,
  sdkError,
  startApi,
  WAIT,
  type Harness,
} from './support/api-harness.js';

let h: Harness;
let sm: string;
before(async () => {
  h = await startApi();
  sm = (await h.sfn.send(new CreateStateMachineCommand({ name: 'exec-sm', definition: WAIT, roleArn: ROLE })))
    .stateMachineArn!;
});
after(async () => {
  await h.close();
});

const inbox = (arn: string) =>
  h.t.db.query(
    `SELECT i.event FROM execution_inbox i JOIN executions e ON e.id = i.execution_id WHERE e.arn = $1 ORDER BY i.id`,
    [arn],
  ) as Promise<{ event: { type: string; [k: string]: unknown } }[]>;

test('StartExecution records a RUNNING execution and queues ExecutionStarted', async () => {
  const started = await h.sfn.send(
    new StartExecutionCommand({ stateMachineArn: sm, name: 'e-1', input: '{"hello":"world"}' }),
  );
  assert.equal(started.executionArn, executionArnOf('exec-sm', 'e-1'));
  assert.ok(started.startDate instanceof Date);
  const d = await h.sfn.send(new DescribeExecutionCommand({ executionArn: started.executionArn }));
  assert.equal(d.status, 'RUNNING');
  assert.equal(d.name, 'e-1');
  assert.equal(d.stateMachineArn, sm);
  assert.equal(d.input, '{"hello":"world"}');
  assert.deepEqual(d.inputDetails, { included: true });
  assert.equal(d.output, undefined);
  assert.equal(d.stopDate, undefined);
  assert.equal(d.startDate?.getTime(), started.startDate.getTime());
  assert.equal(d.redriveCount, 0);
  assert.equal(d.redriveStatus, 'NOT_REDRIVABLE');
  const queued = await inbox(started.executionArn!);
  assert.equal(queued.length, 1);
  assert.equal(queued[0].event.type, 'ExecutionStarted');
});

test('StartExecution without a name gets a UUID; without input gets {}', async () => {
  const started = await h.sfn.send(new StartExecutionCommand({ stateMachineArn: sm }));
  assert.match(started.executionArn!, /:execution:exec-sm:[0-9a-f-]{36}$/);
  const d = await h.sfn.send(new DescribeExecutionCommand({ executionArn: started.executionArn }));
  assert.equal(d.input, '{}');
});

test('StartExecution is idempotent for the same name and input; otherwise ExecutionAlreadyExists', async () => {
  const a = await h.sfn.send(
    new StartExecutionCommand({ stateMachineArn: sm, name: 'idem', input: '{"n":1}' }),
  );
  const b = await h.sfn.send(
    new StartExecutionCommand({ stateMachineArn: sm, name: 'idem', input: '{"n":1}' }),
  );
  assert.equal(b.executionArn, a.executionArn);
  assert.equal(b.startDate?.getTime(), a.startDate?.getTime());
  const e = await sdkError(() =>
    h.sfn.send(new StartExecutionCommand({ stateMachineArn: sm, name: 'idem', input: '{"n":2}' })),
  );
  assert.equal(e.name, 'ExecutionAlreadyExists');
  assert.equal(e.$metadata.httpStatusCode, 400);
});

test('StartExecution input errors: not JSON, over 256 KiB; unknown machine; bad names and ARNs', async () => {
  const notJson = await sdkError(() =>
    h.sfn.send(new StartExecutionCommand({ stateMachineArn: sm, input: '{x' })),
  );
  assert.equal(notJson.name, 'InvalidExecutionInput');
  const big = JSON.stringify({ s: 'x'.repeat(262_144) });
  const tooBig = await sdkError(() =>
    h.sfn.send(new StartExecutionCommand({ stateMachineArn: sm, input: big })),
  );
  assert.equal(tooBig.name, 'InvalidExecutionInput');
  const limit = JSON.stringify('x'.repeat(262_142));
  assert.equal(Buffer.byteLength(limit), 262_144);
  await h.sfn.send(new StartExecutionCommand({ stateMachineArn: sm, name: 'at-the-limit', input: limit }));
  const unknown = await sdkError(() =>
    h.sfn.send(new StartExecutionCommand({ stateMachineArn: machineArn('nope') })),
  );
  assert.equal(unknown.name, 'StateMachineDoesNotExist');
  const badName = await sdkError(() =>
    h.sfn.send(new StartExecutionCommand({ stateMachineArn: sm, name: 'a b' })),
  );
  assert.equal(badName.name, 'InvalidName');
  const longName = await sdkError(() =>
    h.sfn.send(new StartExecutionCommand({ stateMachineArn: sm, name: 'n'.repeat(81) })),
  );
  assert.equal(longName.name, 'InvalidName');
  const badArn = await sdkError(() =>
    h.sfn.send(new StartExecutionCommand({ stateMachineArn: 'not-an-arn' })),
  );
  assert.equal(badArn.name, 'InvalidArn');
});

test('DescribeExecution of a finished execution: output, error, cause, stopDate, redrive status', async () => {
  const ok = await h.sfn.send(new StartExecutionCommand({ stateMachineArn: sm, name: 'done-ok' }));
  await h.t.db.query(
    `UPDATE executions SET status = 'SUCCEEDED', output = '{"r":1}', stop_date = start_date + interval '2 seconds' WHERE arn = $1`,
    [ok.executionArn],
  );
  const d = await h.sfn.send(new DescribeExecutionCommand({ executionArn: ok.executionArn }));
  assert.equal(d.status, 'SUCCEEDED');
  assert.equal(d.output, '{"r":1}');
  assert.deepEqual(d.outputDetails, { included: true });
  assert.equal(d.stopDate!.getTime() - d.startDate!.getTime(), 2000);
  assert.equal(d.redriveStatus, 'NOT_REDRIVABLE');
  const meta = await h.sfn.send(
    new DescribeExecutionCommand({ executionArn: ok.executionArn, includedData: 'METADATA_ONLY' }),
  );
  assert.equal(meta.input, undefined);
  assert.equal(meta.output, undefined);
  assert.deepEqual(meta.inputDetails, { included: false });

  const failed = await h.sfn.send(new StartExecutionCommand({ stateMachineArn: sm, name: 'done-failed' }));
  await h.t.db.query(
    `UPDATE executions SET status = 'FAILED', error = 'States.TaskFailed', cause = 'boom', stop_date = now() WHERE arn = $1`,
    [failed.executionArn],
  );
  const f = await h.sfn.send(new DescribeExecutionCommand({ executionArn: failed.executionArn }));
  assert.equal(f.status, 'FAILED');
  assert.equal(f.error, 'States.TaskFailed');
  assert.equal(f.cause, 'boom');
  assert.equal(f.output, undefined);
  assert.equal(f.redriveStatus, 'REDRIVABLE');
});

test('DescribeExecution errors: unknown execution, malformed ARN', async () => {
  const missing = await sdkError(() =>
    h.sfn.send(new DescribeExecutionCommand({ executionArn: executionArnOf('exec-sm', 'nope') })),
  );
  assert.equal(missing.name, 'ExecutionDoesNotExist');
  assert.match(missing.message, /Execution Does Not Exist: 'arn:aws:states:.*:nope'/);
  const bad = await sdkError(() => h.sfn.send(new DescribeExecutionCommand({ executionArn: sm })));
  assert.equal(bad.name, 'InvalidArn');
});

test('DescribeStateMachineForExecution returns the definition the execution started with', async () => {
  const { stateMachineArn } = await h.sfn.send(
    new CreateStateMachineCommand({ name: 'for-exec', definition: WAIT, roleArn: ROLE }),
  );
  const { executionArn } = await h.sfn.send(new StartExecutionCommand({ stateMachineArn, name: 'x' }));
  const before = await h.sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn }));
  assert.equal(before.stateMachineArn, stateMachineArn);
  assert.equal(before.name, 'for-exec');
  assert.equal(before.definition, WAIT);
  assert.equal(before.roleArn, ROLE);
  assert.ok(before.updateDate instanceof Date);
  assert.ok(before.revisionId);
  await h.sfn.send(new UpdateStateMachineCommand({ stateMachineArn, definition: PASS }));
  const after = await h.sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn }));
  assert.equal(after.definition, WAIT);
  assert.equal(after.revisionId, undefined);
});

test('ListExecutions: newest first, statusFilter, pagination with nextToken', async () => {
  const { stateMachineArn } = await h.sfn.send(
    new CreateStateMachineCommand({ name: 'list-sm', definition: WAIT, roleArn: ROLE }),
  );
  const arns: string[] = [];
  for (let i = 0; i < 5; i++)
    arns.push(
      (await h.sfn.send(new StartExecutionCommand({ stateMachineArn, name: `l-${i}` }))).executionArn!,
    );
  await h.t.db.query(`UPDATE executions SET status = 'FAILED', stop_date = now() WHERE arn = ANY($1)`, [
    [arns[1], arns[3]],
  ]);
  const seen: string[] = [];
  let nextToken: string | undefined;
  do {
    const page = await h.sfn.send(new ListExecutionsCommand({ stateMachineArn, maxResults: 2, nextToken }));
    assert.ok((page.executions ?? []).length <= 2);
    for (const e of page.executions ?? []) {
      seen.push(e.executionArn!);
      assert.equal(e.stateMachineArn, stateMachineArn);
      assert.ok(e.startDate instanceof Date);
    }
    nextToken = page.nextToken;
  } while (nextToken);
  assert.deepEqual(seen, [...arns].reverse());
  const failed = await h.sfn.send(new ListExecutionsCommand({ stateMachineArn, statusFilter: 'FAILED' }));
  assert.deepEqual(
    failed.executions?.map((e) => e.name),
    ['l-3', 'l-1'],
  );
  assert.ok(failed.executions?.every((e) => e.status === 'FAILED' && e.stopDate instanceof Date));
  const running = await h.sfn.send(new ListExecutionsCommand({ stateMachineArn, statusFilter: 'RUNNING' }));
  assert.deepEqual(
    running.executions?.map((e) => e.name),
    ['l-4', 'l-2', 'l-0'],
  );
  const unknown = await sdkError(() =>
    h.sfn.send(new ListExecutionsCommand({ stateMachineArn: machineArn('nope') })),
  );
  assert.equal(unknown.name, 'StateMachineDoesNotExist');
  const badToken = await sdkError(() =>
    h.sfn.send(new ListExecutionsCommand({ stateMachineArn, nextToken: 'x' })),
  );
  assert.equal(badToken.name, 'InvalidToken');
});

test('StopExecution queues StopRequested (the worker aborts it); unknown execution errors', async () => {
  const { executionArn } = await h.sfn.send(
    new StartExecutionCommand({ stateMachineArn: sm, name: 'to-stop' }),
  );
  const stopped = await h.sfn.send(
    new StopExecutionCommand({ executionArn, error: 'Why', cause: 'Because' }),
  );
  assert.ok(stopped.stopDate instanceof Date);
  const queued = await inbox(executionArn!);
  assert.deepEqual(
    queued.map((q) => q.event.type),
    ['ExecutionStarted', 'StopRequested'],
  );
  assert.equal(queued[1].event.error, 'Why');
  assert.equal(queued[1].event.cause, 'Because');
  // No worker runs here, so the execution is still RUNNING.
  assert.equal((await h.sfn.send(new DescribeExecutionCommand({ executionArn }))).status, 'RUNNING');
  const missing = await sdkError(() =>
    h.sfn.send(new StopExecutionCommand({ executionArn: executionArnOf('exec-sm', 'nope') })),
  );
  assert.equal(missing.name, 'ExecutionDoesNotExist');
});

test('RedriveExecution: FAILED → PENDING_REDRIVE with RedriveRequested queued; RUNNING is not redrivable', async () => {
  const { executionArn } = await h.sfn.send(
    new StartExecutionCommand({ stateMachineArn: sm, name: 'to-redrive' }),
  );
  const notYet = await sdkError(() => h.sfn.send(new RedriveExecutionCommand({ executionArn })));
  assert.equal(notYet.name, 'ExecutionNotRedrivable');
  await h.t.db.query(`UPDATE executions SET status = 'FAILED', stop_date = now() WHERE arn = $1`, [
    executionArn,
  ]);
  const r = await h.sfn.send(new RedriveExecutionCommand({ executionArn }));
  assert.ok(r.redriveDate instanceof Date);
  const d = await h.sfn.send(new DescribeExecutionCommand({ executionArn }));
  assert.equal(d.status, 'PENDING_REDRIVE');
  assert.equal(d.redriveDate?.getTime(), r.redriveDate.getTime());
  const queued = await inbox(executionArn!);
  assert.equal(queued.at(-1)?.event.type, 'RedriveRequested');
});
