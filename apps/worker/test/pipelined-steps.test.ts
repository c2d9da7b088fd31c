import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startExecution } from '../src/engine/execution-commands.js';
import { startWorkerPool, type WorkerPool } from '../src/worker/worker-pool.js';
import type { TaskInvoker } from '../src/worker/task-invoker.js';
import { createStateMachine, SCOPE, taskChain, waitForStatus } from './support/fixtures.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import { historyEvents } from './support/history.js';

// An actor hands a step that only records a task result to the group commit and goes on with the
// next answer before that step committed. These tests take the lease away in the middle of such a
// pipeline: the stale actor must write nothing more, and the successor must finish from the journal.

let t: TestDatabase;
let pool: WorkerPool;
const calls: string[] = [];
let stealAt: string | undefined;

const invoke: TaskInvoker = async ({ command, executionArn }) => {
  calls.push(command.stateName);
  if (command.stateName === stealAt) {
    stealAt = undefined;
    // Another worker's view: this actor's lease expired (it is claimed again, with a new owner).
    await t.db.query(
      `UPDATE executions SET lease_owner = 'gone', lease_until = now() - interval '1 second' WHERE arn = $1`,
      [executionArn],
    );
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
    leaseSeconds: 30,
  });
});
after(async () => {
  await pool.stop();
  await t.drop();
});

const lambda = 'arn:aws:lambda:us-east-1:123456789012:function:echo';
const states = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8'];

for (const victim of ['S2', 'S5', 'S8']) {
  test(`a lease lost while steps are in the pipeline (at ${victim}): no gap, nothing twice, the successor finishes`, async () => {
    const name = `pipeline-${victim}`;
    const arn = await createStateMachine(t.db, name, taskChain(states, lambda));
    calls.length = 0;
    stealAt = victim;
    const started = await startExecution(t.db, SCOPE, {
      stateMachineArn: arn,
      name: 'one',
      input: '{"b":1,"a":[2]}',
    });
    const row = await waitForStatus(t.db, started.executionArn);
    assert.equal(row.status, 'SUCCEEDED');
    assert.equal(row.output, '{"b":1,"a":[2]}');
    assert.equal(stealAt, undefined, 'the lease was taken away');
    assert.ok(calls.length > states.length, `a task was called again by the successor: ${calls.join(' ')}`);
    const [{ id }] = await t.db.query(`SELECT id FROM executions WHERE arn = $1`, [started.executionArn]);
    const seqs: { seq: number }[] = await t.db.query(
      `SELECT seq FROM execution_steps WHERE execution_id = $1 ORDER BY seq`,
      [id],
    );
    assert.deepEqual(
      seqs.map((r) => r.seq),
      seqs.map((_, i) => i + 1),
      'the journal has no gap',
    );
    const events = await historyEvents(t.db, id);
    assert.deepEqual(
      events.map((e) => e.event_id),
      events.map((_, i) => i + 1),
      'each event once, in order',
    );
    const entered = events.filter((e) => e.type === 'TaskStateEntered').length;
    const succeeded = events.filter((e) => e.type === 'LambdaFunctionSucceeded').length;
    assert.deepEqual([entered, succeeded], [states.length, states.length], 'each state transition once');
  });
}
