import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startExecution } from '../src/engine/execution-commands.js';
import { startWorkerPool, type WorkerPool } from '../src/worker/worker-pool.js';
import type { TaskInvoker } from '../src/worker/task-invoker.js';
import { createStateMachine, SCOPE, waitForStatus } from './support/fixtures.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { historyEvents } from './support/history.js';

let t: TestDatabase;
let pool: WorkerPool;
const calls: string[] = [];

// An in-process "function": echoes its input, fails on demand, answers slowly on demand.
const invoke: TaskInvoker = async ({ command }) => {
  calls.push(`${command.stateName}/${command.attempt}`);
  const input = command.input as { fail?: number; delayMs?: number };
  if (input && typeof input === 'object' && input.delayMs)
    await new Promise((r) => setTimeout(r, input.delayMs));
  if (input && typeof input === 'object' && (input.fail ?? 0) > command.attempt)
    return { ok: false, error: 'Flaky', cause: `attempt ${command.attempt}` };
  return { ok: true, output: command.input };
};

before(async () => {
  t = await createTestDatabase();
  pool = await startWorkerPool({ db: t.db, listenUrl: t.url, invoke, concurrency: 4, pollMs: 100 });
});
after(async () => {
  await pool.stop();
  await t.drop();
});

const lambda = 'arn:aws:lambda:us-east-1:123456789012:function:echo';

test('a chain of tasks runs to SUCCEEDED and its history is recorded once, in order', async () => {
  const arn = await createStateMachine(t.db, 'chain', {
    StartAt: 'A',
    States: {
      A: { Type: 'Task', Resource: lambda, Next: 'B' },
      B: { Type: 'Task', Resource: lambda, Next: 'C' },
      C: { Type: 'Pass', End: true },
    },
  });
  const started = await startExecution(t.db, SCOPE, {
    stateMachineArn: arn,
    name: 'one',
    input: '{"x":1,"a":2}',
  });
  const row = await waitForStatus(t.db, started.executionArn);
  assert.equal(row.status, 'SUCCEEDED');
  assert.equal(row.output, '{"x":1,"a":2}', 'the output keeps the input key order, as AWS');
  const [{ id }] = await t.db.query(`SELECT id FROM executions WHERE arn = $1`, [started.executionArn]);
  const events = await historyEvents(t.db, id);
  assert.deepEqual(
    events.map((e: { type: string }) => e.type),
    [
      'ExecutionStarted',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
      'PassStateEntered',
      'PassStateExited',
      'ExecutionSucceeded',
    ],
  );
  assert.deepEqual(
    events.map((e: { event_id: number }) => e.event_id),
    events.map((_: unknown, i: number) => i + 1),
  );
});

test('Retry backs off through durable timers, then succeeds', async () => {
  const arn = await createStateMachine(t.db, 'retry', {
    StartAt: 'A',
    States: {
      A: {
        Type: 'Task',
        Resource: lambda,
        Retry: [{ ErrorEquals: ['Flaky'], IntervalSeconds: 1, MaxAttempts: 3, BackoffRate: 1 }],
        End: true,
      },
    },
  });
  const started = await startExecution(t.db, SCOPE, { stateMachineArn: arn, input: '{"fail":2}' });
  const row = await waitForStatus(t.db, started.executionArn);
  assert.equal(row.status, 'SUCCEEDED');
});

test('Catch turns a task failure into the catcher path', async () => {
  const arn = await createStateMachine(t.db, 'catch', {
    StartAt: 'A',
    States: {
      A: {
        Type: 'Task',
        Resource: lambda,
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.err', Next: 'Handled' }],
        End: true,
      },
      Handled: { Type: 'Pass', End: true },
    },
  });
  const started = await startExecution(t.db, SCOPE, { stateMachineArn: arn, input: '{"fail":9}' });
  const row = await waitForStatus(t.db, started.executionArn);
  assert.equal(row.status, 'SUCCEEDED');
  assert.deepEqual(JSON.parse(row.output as string).err, { Error: 'Flaky', Cause: 'attempt 0' });
});

test('Wait is a durable timer, and a failing execution records error and cause', async () => {
  const arn = await createStateMachine(t.db, 'wait-fail', {
    StartAt: 'W',
    States: {
      W: { Type: 'Wait', Seconds: 1, Next: 'F' },
      F: { Type: 'Fail', Error: 'Nope', Cause: 'because' },
    },
  });
  const t0 = Date.now();
  const started = await startExecution(t.db, SCOPE, { stateMachineArn: arn });
  const row = await waitForStatus(t.db, started.executionArn);
  assert.ok(Date.now() - t0 >= 1000, 'the wait took at least its second');
  assert.deepEqual([row.status, row.error, row.cause], ['FAILED', 'Nope', 'because']);
});

test('a failure whose error and cause hold U+0000 ends FAILED: U+FFFD in the row, exact in the history', async () => {
  // PostgreSQL's text cannot hold U+0000: writing it made the step fail, again after every lease.
  const arn = await createStateMachine(t.db, 'fail-nul', {
    StartAt: 'F',
    States: { F: { Type: 'Fail', ErrorPath: '$.e', CausePath: '$.c' } },
  });
  const input = JSON.stringify({ e: 'E\u0000', c: 'because\u0000' });
  const started = await startExecution(t.db, SCOPE, { stateMachineArn: arn, input });
  const row = await waitForStatus(t.db, started.executionArn);
  assert.deepEqual([row.status, row.error, row.cause], ['FAILED', 'E\uFFFD', 'because\uFFFD']);
  const [{ id }] = await t.db.query(`SELECT id FROM executions WHERE arn = $1`, [started.executionArn]);
  const failed = (await historyEvents(t.db, id)).at(-1);
  assert.equal(failed?.type, 'ExecutionFailed');
});

test('after a Wait (state snapshot, new claim) the data keeps its key order', async () => {
  const arn = await createStateMachine(t.db, 'wait-order', {
    StartAt: 'W',
    States: { W: { Type: 'Wait', Seconds: 1, Next: 'P' }, P: { Type: 'Pass', End: true } },
  });
  const input = '{"zeta":1,"alpha":{"y":2,"b":3},"mid":[{"k2":1,"k1":2}]}';
  const started = await startExecution(t.db, SCOPE, { stateMachineArn: arn, input });
  const row = await waitForStatus(t.db, started.executionArn);
  assert.equal(row.status, 'SUCCEEDED');
  assert.equal(row.output, input);
});

test('a Map fans out with many tasks in flight and keeps item order', async () => {
  const arn = await createStateMachine(t.db, 'map', {
    StartAt: 'M',
    States: {
      M: {
        Type: 'Map',
        MaxConcurrency: 10,
        ItemProcessor: { StartAt: 'T', States: { T: { Type: 'Task', Resource: lambda, End: true } } },
        End: true,
      },
    },
  });
  const items = Array.from({ length: 50 }, (_, i) => ({ i, delayMs: (i * 7) % 20 }));
  const started = await startExecution(t.db, SCOPE, { stateMachineArn: arn, input: JSON.stringify(items) });
  const row = await waitForStatus(t.db, started.executionArn);
  assert.equal(row.status, 'SUCCEEDED');
  assert.deepEqual(JSON.parse(row.output as string), items);
});

test('an idle pool stays idle once its executions ended (no busy loop on released leases)', async () => {
  const arn = await createStateMachine(t.db, 'idle-after', {
    StartAt: 'A',
    States: { A: { Type: 'Task', Resource: lambda, End: true } },
  });
  const started = await startExecution(t.db, SCOPE, { stateMachineArn: arn, input: '{}' });
  assert.equal((await waitForStatus(t.db, started.executionArn)).status, 'SUCCEEDED');
  await new Promise((r) => setTimeout(r, 300));
  const commits = async () =>
    Number(
      (await t.db.query(`SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()`))[0]
        .xact_commit,
    );
  // pg_stat counters are flushed lazily: measure over a window long enough to see a spin.
  const before = await commits();
  await new Promise((r) => setTimeout(r, 1500));
  const after = await commits();
  // 4 claimers polling every 100 ms make ~30 transactions/s; a spinning actor makes thousands.
  assert.ok(after - before < 500, `idle pool made ${after - before} transactions in 1.5 s`);
});
