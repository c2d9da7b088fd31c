import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sqlOf } from '../src/db/sql.js';
import { claimExecution } from '../src/worker/claim.js';
import { encodeStepBody } from '../src/worker/step-body.js';
import { createTestDatabase } from './support/test-database.js';

// The claim leases an execution and brings, in the same statement, what its actor needs.
test('a claim returns the due inbox rows in order, the journal after the snapshot and the pending callbacks', async () => {
  const t = await createTestDatabase();
  try {
    const sql = sqlOf(t.db);
    const [{ id }] = await sql.query<{ id: string }>(
      `INSERT INTO executions (arn, state_machine_arn, state_machine_name, definition, role_arn, name, status, input,
                               start_date, version, lease_owner, lease_until)
       VALUES ('arn:e', 'sm', 'sm', '{"StartAt":"A"}', 'role', 'e', 'RUNNING', '{}', now(), 1,
               'dead-worker', now() - interval '1 second')
       RETURNING id`,
    );
    const body = (n: number) =>
      encodeStepBody([{ type: 'TimerFired', at: n, timerId: `t${n}` }], [
        {
          id: n,
          previousEventId: n - 1,
          timestamp: n,
          type: 'WaitStateExited',
          stateExitedEventDetails: { name: `W${n}` },
        },
      ] as never);
    for (const seq of [1, 2, 3])
      await sql.query(
        `INSERT INTO execution_steps (execution_id, seq, first_event_id, last_event_id, body) VALUES ($1, $2, $2, $2, $3)`,
        [id, seq, body(seq)],
      );
    const inbox = async (event: string, due: string) =>
      (
        await sql.query<{ id: string }>(
          `INSERT INTO execution_inbox (execution_id, event, due_at) VALUES ($1, $2::json, now() + $3::interval) RETURNING id`,
          [id, event, due],
        )
      )[0].id;
    const first = await inbox('{"type":"StopRequested","at":5,"cause":"b","error":"a"}', '-1 second');
    const second = await inbox('{"type":"TimerFired","at":6,"timerId":"x"}', '-1 second');
    await inbox('{"type":"TimerFired","at":9,"timerId":"later"}', '1 hour'); // not due
    const command = { type: 'InvokeTask', taskId: 'root:T:1:0', resource: 'r', input: {}, taskToken: 'tok' };
    await sql.query(
      `INSERT INTO task_invocations (execution_id, task_id, command, task_token, status) VALUES
         ($1, 'root:T:1:0', $2, 'tok', 'pending'), ($1, 'root:U:1:0', '{}', 'tok2', 'waiting')`,
      [id, JSON.stringify(command)],
    );

    const claimed = await claimExecution(sql, 'me#1', 30);
    assert.ok(claimed, 'the expired lease is taken over');
    assert.equal(claimed.id, String(id));
    assert.equal(claimed.version, 1);
    assert.deepEqual(
      claimed.steps.map((s) => s.i[0]),
      [
        { type: 'TimerFired', at: 2, timerId: 't2' },
        { type: 'TimerFired', at: 3, timerId: 't3' },
      ],
      'only the steps after the snapshot (version 1), in order',
    );
    assert.deepEqual(claimed.preloadedInbox, [
      { id: String(first), event: { type: 'StopRequested', at: 5, cause: 'b', error: 'a' } },
      { id: String(second), event: { type: 'TimerFired', at: 6, timerId: 'x' } },
    ]);
    assert.deepEqual(
      Object.keys(claimed.preloadedInbox![0].event),
      ['type', 'at', 'cause', 'error'],
      'the event keeps its key order',
    );
    assert.deepEqual(claimed.pendingCallbackTasks, [command]);
    const [row] = await sql.query<{ lease_owner: string }>(
      `SELECT lease_owner FROM executions WHERE id = $1`,
      [id],
    );
    assert.equal(row.lease_owner, 'me#1');
    assert.equal(await claimExecution(sql, 'me#2', 30), undefined, 'leased now: nothing left to claim');
  } finally {
    await t.drop();
  }
});
