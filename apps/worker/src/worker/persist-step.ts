import type { Command, ExecutionState, HistoryEvent } from '@durastep/executor';
import type { SqlTx } from '../db/sql.js';

export class LeaseLost extends Error {
  constructor(executionId: string) {
    super(`lease on execution ${executionId} was lost`);
  }
}

export type StepWrite = {
  executionId: string;
  owner: string;
  leaseSeconds: number;
  version: number;
  state: ExecutionState;
  events: HistoryEvent[];
  commands: Command[];
  /** Inbox rows applied in this step. */
  inboxIds: string[];
  /** Tasks whose result was applied (their invocation rows go). */
  finishedTaskIds: string[];
  /** Task token per new InvokeTask (for callbacks), by task id. */
  executionArn: string;
};

/**
 * Records one decision of the executor atomically: its history events, the work it creates (timers
 * as future inbox rows, task invocations), the consumed inputs, and the new state — guarded by the
 * version and the lease, so a worker that lost its lease can never record a transition twice.
 */
export async function persistStep(tx: SqlTx, w: StepWrite): Promise<void> {
  if (w.events.length > 0) {
    await tx.query(
      `INSERT INTO execution_events (execution_id, event_id, previous_event_id, type, timestamp, details)
       SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::timestamptz[], $6::jsonb[])`,
      [
        w.executionId,
        w.events.map((e) => e.id),
        w.events.map((e) => e.previousEventId),
        w.events.map((e) => e.type),
        w.events.map((e) => new Date(e.timestamp)),
        w.events.map((e) => JSON.stringify(detailsOf(e))),
      ],
    );
  }
  const timersToStart: { id: string; at: number }[] = [];
  const timersToCancel: string[] = [];
  const tasksToCancel: string[] = [...w.finishedTaskIds];
  const invocations: Extract<Command, { type: 'InvokeTask' }>[] = [];
  let completion: Extract<Command, { type: 'CompleteExecution' }> | undefined;
  for (const c of w.commands) {
    if (c.type === 'StartTimer') timersToStart.push({ id: c.timerId, at: c.fireAt });
    else if (c.type === 'CancelTimer') timersToCancel.push(c.timerId);
    else if (c.type === 'CancelTask') tasksToCancel.push(c.taskId);
    else if (c.type === 'InvokeTask') invocations.push(c);
    else completion = c;
  }
  if (timersToCancel.length > 0) {
    await tx.query(`DELETE FROM execution_inbox WHERE execution_id = $1 AND timer_id = ANY($2::text[])`, [
      w.executionId,
      timersToCancel,
    ]);
  }
  if (timersToStart.length > 0) {
    await tx.query(
      `INSERT INTO execution_inbox (execution_id, event, due_at, timer_id)
       SELECT $1, jsonb_build_object('type', 'TimerFired', 'timerId', t.id, 'at', t.at), to_timestamp(t.at / 1000.0), t.id
       FROM unnest($2::text[], $3::float8[]) AS t(id, at)
       ON CONFLICT (execution_id, timer_id) WHERE timer_id IS NOT NULL DO NOTHING`,
      [w.executionId, timersToStart.map((t) => t.id), timersToStart.map((t) => t.at)],
    );
  }
  if (tasksToCancel.length > 0) {
    await tx.query(`DELETE FROM task_invocations WHERE execution_id = $1 AND task_id = ANY($2::text[])`, [
      w.executionId,
      tasksToCancel,
    ]);
  }
  if (invocations.length > 0) {
    await tx.query(
      `INSERT INTO task_invocations (execution_id, task_id, command, task_token)
       SELECT $1, * FROM unnest($2::text[], $3::jsonb[], $4::text[]) ON CONFLICT DO NOTHING`,
      [
        w.executionId,
        invocations.map((c) => c.taskId),
        invocations.map((c) => JSON.stringify(c)),
        invocations.map((c) => c.taskToken ?? null),
      ],
    );
  }
  if (w.inboxIds.length > 0)
    await tx.query(`DELETE FROM execution_inbox WHERE id = ANY($1::bigint[])`, [w.inboxIds]);
  const s = w.state;
  const updated = await tx.affected(
    `UPDATE executions SET state = $3, version = version + 1, status = $4, lease_until = now() + make_interval(secs => $5),
       output = COALESCE($6, output), error = $7, cause = $8, stop_date = $9, redrive_count = $10
     WHERE id = $1 AND version = $2 AND lease_owner = $11`,
    [
      w.executionId,
      w.version,
      JSON.stringify(s),
      s.status,
      w.leaseSeconds,
      completion && completion.output !== undefined ? JSON.stringify(completion.output) : null,
      s.status === 'RUNNING' ? null : (s.failure?.error ?? null),
      s.status === 'RUNNING' ? null : (s.failure?.cause ?? null),
      s.stopTime !== undefined && s.status !== 'RUNNING' ? new Date(s.stopTime) : null,
      s.redriveCount,
      w.owner,
    ],
  );
  if (updated !== 1) throw new LeaseLost(w.executionId);
}

function detailsOf(e: HistoryEvent): Record<string, unknown> {
  const { id: _id, previousEventId: _p, timestamp: _t, type: _type, ...details } = e;
  return details;
}
