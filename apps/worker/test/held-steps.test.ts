import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startExecution } from '../src/engine/execution-commands.js';
import { startWorkerPool, type WorkerPool } from '../src/worker/worker-pool.js';
import type { TaskInvoker } from '../src/worker/task-invoker.js';
import { createStateMachine, SCOPE, taskChain, waitForStatus } from './support/fixtures.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { historyEvents } from './support/history.js';
import { decodeStepBody } from '../src/worker/step-body.js';

// A step that needs nothing after its commit is held back (here up to 100 ms) so that the steps that
// follow share its journal row; its deadline still brings it to the journal while a slow task runs.

const HOLD_MS = 100;
let t: TestDatabase;
/** The pool under test; a test may replace it with one held differently (after() stops the last). */
let pool: WorkerPool;
/** Journal rows seen by the slow task while it runs: what a crash at that moment would keep. */
let seenBySlowTask: string[] | undefined;

const invoke: TaskInvoker = async ({ command, executionArn }) => {
  if (command.stateName === 'Slower') await new Promise((r) => setTimeout(r, 1_800));
  if (command.stateName === 'Slow') {
    await new Promise((r) => setTimeout(r, HOLD_MS * 4));
    const [{ id }] = await t.db.query(`SELECT id FROM executions WHERE arn = $1`, [executionArn]);
    seenBySlowTask = (await historyEvents(t.db, id)).map((e) => e.type);
  }
  return { ok: true, output: command.input };
};

const startPool = (stepHoldMs: number) =>
  startWorkerPool({ db: t.db, listenUrl: t.url, invoke, concurrency: 4, pollMs: 50, stepHoldMs });

before(async () => {
  t = await createTestDatabase();
  pool = await startPool(HOLD_MS);
});
after(async () => {
  await pool.stop();
  await t.drop();
});

const lambda = 'arn:aws:lambda:us-east-1:123456789012:function:echo';

async function journal(executionArn: string) {
  const [{ id }] = await t.db.query(`SELECT id FROM executions WHERE arn = $1`, [executionArn]);
  const rows: { seq: number; body: Buffer }[] = await t.db.query(
    `SELECT seq, body FROM execution_steps WHERE execution_id = $1 ORDER BY seq`,
    [id],
  );
  const bodies = rows.map((r) => decodeStepBody(r.body));
  return {
    rows: rows.map((r) => r.seq),
    eventsPerRow: bodies.map((b) => b.e.length),
    /** The types of the inputs the steps applied, in order. */
    inputs: bodies.flatMap((b) => b.i.map((input) => input.type)),
    events: await historyEvents(t.db, id),
  };
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

test('held steps go to the journal once they hold 256 events: a burst never makes one huge row', async () => {
  // Held for up to a minute: only the size limit (and the final step) can write these steps.
  await pool.stop();
  pool = await startPool(60_000);
  const arn = await createStateMachine(t.db, 'burst', {
    StartAt: 'Each',
    States: {
      Each: {
        Type: 'Map',
        ItemsPath: '$.items',
        MaxConcurrency: 1, // one iteration per step: many small steps
        ItemProcessor: { StartAt: 'Call', States: { Call: { Type: 'Task', Resource: lambda, End: true } } },
        End: true,
      },
    },
  });
  const items = Array.from({ length: 120 }, (_, i) => i);
  const started = await startExecution(t.db, SCOPE, {
    stateMachineArn: arn,
    name: 'burst',
    input: JSON.stringify({ items }),
  });
  const row = await waitForStatus(t.db, started.executionArn);
  assert.equal(row.status, 'SUCCEEDED');
  assert.equal(row.output, JSON.stringify(items));
  const { eventsPerRow, events } = await journal(started.executionArn);
  // 120 iterations of 7 events each, plus the Map's own: several rows, each but the last full
  // (without the limit, the steps held for a minute would all join the last row).
  assert.ok(events.length > 840, `${events.length} events`);
  assert.ok(eventsPerRow.length >= 3, `rows of ${eventsPerRow.join(', ')} events`);
  for (const n of eventsPerRow.slice(0, -1)) assert.ok(n >= 256, `rows of ${eventsPerRow.join(', ')} events`);
  assert.deepEqual(
    events.map((e) => e.event_id),
    events.map((_, i) => i + 1),
  );
});

test('STEP_HOLD_MS=0: every step is written at once, in its own journal row', async () => {
  await pool.stop();
  pool = await startPool(0);
  const names = ['S1', 'S2', 'S3', 'S4'];
  const arn = await createStateMachine(t.db, 'unheld', taskChain(names, lambda));
  const started = await startExecution(t.db, SCOPE, { stateMachineArn: arn, name: 'one', input: '{}' });
  assert.equal((await waitForStatus(t.db, started.executionArn)).status, 'SUCCEEDED');
  const { rows, events } = await journal(started.executionArn);
  // The start, one step per answer (the last one also ends the execution).
  assert.equal(rows.length, names.length + 1);
  assert.equal(events.at(-1)?.type, 'ExecutionSucceeded');
});

test('a read of the inbox while the step that applied its row is held does not apply it again', async () => {
  // The Wait's TimerFired step is held for up to 2 s, while the other branch's slower task keeps
  // the actor alive past its 250 ms poll, which finds the TimerFired row still in the inbox.
  await pool.stop();
  pool = await startPool(2_000);
  const arn = await createStateMachine(t.db, 'held-timer', {
    StartAt: 'Both',
    States: {
      Both: {
        Type: 'Parallel',
        Branches: [
          { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 1, End: true } } },
          { StartAt: 'Slower', States: { Slower: { Type: 'Task', Resource: lambda, End: true } } },
        ],
        End: true,
      },
    },
  });
  const started = await startExecution(t.db, SCOPE, { stateMachineArn: arn, name: 'one', input: '{}' });
  assert.equal((await waitForStatus(t.db, started.executionArn, 10_000)).status, 'SUCCEEDED');
  const { inputs } = await journal(started.executionArn);
  assert.deepEqual(
    inputs.filter((type) => type === 'TimerFired'),
    ['TimerFired'],
    inputs.join(', '),
  );
});
