import type { Command, ExecutionState, HistoryEvent } from '@durastep/executor';

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
  /** Give the lease back in the same statement (the execution ended and nothing is in flight). */
  release: boolean;
  /** Request-response tasks still to be answered after this step, by task id (crash recovery). */
  pendingTasks: Record<string, Extract<Command, { type: 'InvokeTask' }>>;
};

/**
 * One statement (so one round trip and one implicit transaction) that records a decision of the
 * executor: its history events, the work it creates (timers as future inbox rows, task
 * invocations), the consumed inputs and the new state. Every part is guarded by `lease`, which locks
 * the execution row only if this worker still holds it at the expected version: a worker that lost
 * its lease writes nothing, and can never record a transition twice.
 */
const PERSIST_STEP = `
WITH lease AS (
  SELECT id FROM executions WHERE id = $1 AND version = $2 AND lease_owner = $3 FOR UPDATE
), new_events AS (
  INSERT INTO execution_events (execution_id, event_id, previous_event_id, type, timestamp, details)
  SELECT $1, e.* FROM lease, unnest($4::int[], $5::int[], $6::text[], $7::timestamptz[], $8::json[]) AS e
), cancelled_timers AS (
  DELETE FROM execution_inbox i USING lease WHERE i.execution_id = $1 AND i.timer_id = ANY($9::text[])
), new_timers AS (
  INSERT INTO execution_inbox (execution_id, event, due_at, timer_id)
  SELECT $1, jsonb_build_object('type', 'TimerFired', 'timerId', t.id, 'at', t.at), to_timestamp(t.at / 1000.0), t.id
  FROM lease, unnest($10::text[], $11::float8[]) AS t(id, at)
  ON CONFLICT (execution_id, timer_id) WHERE timer_id IS NOT NULL DO NOTHING
), done_tasks AS (
  DELETE FROM task_invocations t USING lease WHERE t.execution_id = $1 AND t.task_id = ANY($12::text[])
), new_tasks AS (
  INSERT INTO task_invocations (execution_id, task_id, command, task_token)
  SELECT $1, t.* FROM lease, unnest($13::text[], $14::jsonb[], $15::text[]) AS t ON CONFLICT DO NOTHING
), consumed AS (
  DELETE FROM execution_inbox i USING lease WHERE i.id = ANY($16::bigint[])
)
UPDATE executions x SET state = $17, version = x.version + 1, status = $18,
  lease_owner = CASE WHEN $25 THEN NULL ELSE x.lease_owner END,
  lease_until = CASE WHEN $25 THEN NULL ELSE now() + make_interval(secs => $19) END,
  output = COALESCE($20, x.output), error = $21, cause = $22, stop_date = $23, redrive_count = $24, pending_tasks = $26
FROM lease WHERE x.id = lease.id`;

export function persistStepQuery(w: StepWrite): [string, unknown[]] {
  const timersToStart: { id: string; at: number }[] = [];
  const timersToCancel: string[] = [];
  const tasksToCancel: string[] = [...w.finishedTaskIds];
  const invocations: Extract<Command, { type: 'InvokeTask' }>[] = [];
  let completion: Extract<Command, { type: 'CompleteExecution' }> | undefined;
  for (const c of w.commands) {
    if (c.type === 'StartTimer') timersToStart.push({ id: c.timerId, at: c.fireAt });
    else if (c.type === 'CancelTimer') timersToCancel.push(c.timerId);
    else if (c.type === 'CancelTask') tasksToCancel.push(c.taskId);
    else if (c.type === 'InvokeTask') {
      if (c.taskToken) invocations.push(c); // callback tasks are looked up by token
    } else completion = c;
  }
  const s = w.state;
  const ended = s.status !== 'RUNNING';
  return [
    PERSIST_STEP,
    [
      w.executionId,
      w.version,
      w.owner,
      w.events.map((e) => e.id),
      w.events.map((e) => e.previousEventId),
      w.events.map((e) => e.type),
      w.events.map((e) => new Date(e.timestamp)),
      w.events.map((e) => JSON.stringify(detailsOf(e))),
      timersToCancel,
      timersToStart.map((t) => t.id),
      timersToStart.map((t) => t.at),
      tasksToCancel,
      invocations.map((c) => c.taskId),
      invocations.map((c) => JSON.stringify(c)),
      invocations.map((c) => c.taskToken ?? null),
      w.inboxIds,
      JSON.stringify(s),
      s.status,
      w.leaseSeconds,
      completion && completion.output !== undefined ? JSON.stringify(completion.output) : null,
      ended ? (s.failure?.error ?? null) : null,
      ended ? (s.failure?.cause ?? null) : null,
      ended && s.stopTime !== undefined ? new Date(s.stopTime) : null,
      s.redriveCount,
      w.release,
      JSON.stringify(w.pendingTasks),
    ],
  ];
}

function detailsOf(e: HistoryEvent): Record<string, unknown> {
  const { id: _id, previousEventId: _p, timestamp: _t, type: _type, ...details } = e;
  return details;
}
