import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startExecution } from '../src/engine/execution-commands.js';
import { startWorkerPool, type WorkerPool } from '../src/worker/worker-pool.js';
import type { TaskInvoker } from '../src/worker/task-invoker.js';
import { createStateMachine, SCOPE, taskChain, waitForStatus } from './support/fixtures.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { historyEvents } from './support/history.js';

// A step that needs nothing after its commit is held back (here up to 100 ms) so that the steps that
// follow share its journal row; its deadline still brings it to the journal while a slow task runs.

const HOLD_MS = 100;
let t: TestDatabase;
let pool: WorkerPool;
/** Journal rows seen by the slow task while it runs: what a crash at that moment would keep. */
let seenBySlowTask: string[] | undefined;

const invoke: TaskInvoker = async ({ command, executionArn }) => {
  if (command.stateName === 'Slow') {
    await new Promise((r) => setTimeout(r, HOLD_MS * 4));
    const [{ id }] = await t.db.query(`SELECT id FROM executions WHERE arn = $1`, [executionArn]);
    seenBySlowTask = (await historyEvents(t.db, id)).map((e) => e.type);
  }
  return { ok: true, output: command.input };
};

before(async () => {
  t = await createTestDatabase();
  pool = await startWorkerPool({
    db: t.db,
    listenUrl: t.url,
    invoke,
    concurrency: 4,
    pollMs: 50,
    stepHoldMs: HOLD_MS,
  });
});
after(async () => {
  await pool.stop();
  await t.drop();
});

const lambda = 'arn:aws:lambda:us-east-1:123456789012:function:echo';

async function journal(executionArn: string) {
  const [{ id }] = await t.db.query(`SELECT id FROM executions WHERE arn = $1`, [executionArn]);
  const rows: { seq: number }[] = await t.db.query(
    `SELECT seq FROM execution_steps WHERE execution_id = $1 ORDER BY seq`,
    [id],
  );
  return { rows: rows.map((r) => r.seq), events: await historyEvents(t.db, id) };
}

test('quick steps of one execution share journal rows, and the history is the same', async () => {
  const names = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'];
  const arn = await createStateMachine(t.db, 'quick', taskChain(names, lambda));
  const started = await startExecution(t.db, SCOPE, {
    stateMachineArn: arn,
    name: 'one',
    input: '{"k":[1,{"b":2,"a":3}]}',
  });
  const row = await waitForStatus(t.db, started.executionArn);
  assert.equal(row.status, 'SUCCEEDED');
  assert.equal(row.output, '{"k":[1,{"b":2,"a":3}]}');
  const { rows, events } = await journal(started.executionArn);
  // 7 steps (the start, then one per answer) in fewer rows, numbered without a gap.
  assert.ok(rows.length < names.length + 1, `${rows.length} journal rows for ${names.length + 1} steps`);
  assert.deepEqual(
    rows,
    rows.map((_, i) => i + 1),
  );
  assert.deepEqual(
    events.map((e) => e.event_id),
    events.map((_, i) => i + 1),
  );
  assert.deepEqual(
    events.map((e) => e.type),
    [
      'ExecutionStarted',
      ...names.flatMap(() => [
        'TaskStateEntered',
        'LambdaFunctionScheduled',
        'LambdaFunctionStarted',
        'LambdaFunctionSucceeded',
        'TaskStateExited',
      ]),
      'ExecutionSucceeded',
    ],
  );
});

test('a held step reaches the journal by its deadline while the next task runs', async () => {
  const arn = await createStateMachine(t.db, 'slow', taskChain(['Quick', 'Slow', 'After'], lambda));
  seenBySlowTask = undefined;
  const started = await startExecution(t.db, SCOPE, { stateMachineArn: arn, name: 'one', input: '{}' });
  assert.equal((await waitForStatus(t.db, started.executionArn)).status, 'SUCCEEDED');
  assert.deepEqual(seenBySlowTask, [
    'ExecutionStarted',
    'TaskStateEntered',
    'LambdaFunctionScheduled',
    'LambdaFunctionStarted',
    'LambdaFunctionSucceeded',
    'TaskStateExited',
    'TaskStateEntered',
    'LambdaFunctionScheduled',
    'LambdaFunctionStarted',
  ]);
});
