import type { Command, ExecutionEvent, ExecutionState, HistoryEvent } from '@durastep/executor';
import type { ExecutionRowUpdate, PlainStep } from './step-batcher.js';
import { encodeStepBody } from './step-body.js';

export class LeaseLost extends Error {
  constructor(executionId: string) {
    super(`lease on execution ${executionId} was lost`);
  }
}

export type StepWrite = {
  executionId: string;
  owner: string;
  /** This step's number: one more than the execution's last step. */
  seq: number;
  /** The inputs applied, in order (replayed to rebuild the state after a crash). */
  inputs: ExecutionEvent[];
  events: HistoryEvent[];
  commands: Command[];
  /** Inbox rows applied in this step. */
  inboxIds: string[];
  /** Callback tasks whose result was applied (their invocation rows go). */
  finishedTaskIds: string[];
  /**
   * Rewrite the execution row (status, output, error, …): set when the status changed. `release`
   * also gives the lease back (the execution ended, nothing in flight).
   */
  row?: { state: ExecutionState; release: boolean; leaseSeconds: number };
};

/**
 * One statement (one round trip, one implicit transaction) records a decision of the executor: its
 * journal row (inputs and history events), the work it creates (timers as future inbox rows, callback
 * tasks), the consumed inputs, and — only when the status changes — the execution row. Every part
 * hangs off the journal insert, which happens only while this worker holds the lease; its primary
 * key makes a second writer of the same step fail, so a transition is never recorded twice.
 *
 * A step with no timers or callback tasks goes to the group commit (StepBatcher) as `plain`, built
 * without any SQL text; anything else is its own statement, with only the parts that step needs, each
 * shape a named prepared statement that PostgreSQL plans once per connection.
 */
export type StepQuery =
  { plain: PlainStep } | { plain?: undefined; name: string; text: string; values: unknown[] };

export function persistStepQuery(w: StepWrite): StepQuery {
  const timersToStart: { id: string; at: number }[] = [];
  const timersToCancel: string[] = [];
  const tasksToCancel: string[] = [...w.finishedTaskIds];
  const callbackTasks: Extract<Command, { type: 'InvokeTask' }>[] = [];
  let completion: Extract<Command, { type: 'CompleteExecution' }> | undefined;
  for (const c of w.commands) {
    if (c.type === 'StartTimer') timersToStart.push({ id: c.timerId, at: c.fireAt });
    else if (c.type === 'CancelTimer') timersToCancel.push(c.timerId);
    else if (c.type === 'CancelTask') tasksToCancel.push(c.taskId);
    else if (c.type === 'InvokeTask') {
      if (c.taskToken) callbackTasks.push(c); // looked up by token when the callback comes
    } else completion = c;
  }
  const first = w.events.length > 0 ? w.events[0].id : 0;
  const last = w.events.length > 0 ? w.events[w.events.length - 1].id : -1;
  const body = encodeStepBody(w.inputs, w.events);
  const rowUpdate = w.row && executionRowUpdate(w.row, completion);
  if (timersToCancel.length + timersToStart.length + tasksToCancel.length + callbackTasks.length === 0)
    return {
      plain: {
        executionId: w.executionId,
        owner: w.owner,
        seq: w.seq,
        firstEventId: first,
        lastEventId: last,
        body,
        ...(w.inboxIds.length > 0 ? { inboxIds: w.inboxIds } : {}),
        ...(rowUpdate ? { row: rowUpdate } : {}),
      },
    };
  const values: unknown[] = [w.executionId, w.owner, w.seq, first, last, body];
  const param = (v: unknown) => `$${values.push(v)}`;
  const parts: string[] = [
    `lease AS (SELECT 1 FROM executions WHERE id = $1 AND lease_owner = $2)`,
    `step AS (INSERT INTO execution_steps (execution_id, seq, first_event_id, last_event_id, body)
      SELECT $1, $3, $4, $5, $6 FROM lease RETURNING 1)`,
  ];
  let shape = '';
  if (timersToCancel.length > 0) {
    shape += 'c';
    parts.push(`cancelled_timers AS (DELETE FROM execution_inbox i USING step
      WHERE i.execution_id = $1 AND i.timer_id = ANY(${param(timersToCancel)}::text[]))`);
  }
  if (timersToStart.length > 0) {
    shape += 't';
    const ids = param(timersToStart.map((t) => t.id));
    const ats = param(timersToStart.map((t) => t.at));
    parts.push(`new_timers AS (INSERT INTO execution_inbox (execution_id, event, due_at, timer_id)
      SELECT $1, json_build_object('type', 'TimerFired', 'timerId', t.id, 'at', t.at), to_timestamp(t.at / 1000.0), t.id
      FROM step, unnest(${ids}::text[], ${ats}::float8[]) AS t(id, at)
      ON CONFLICT (execution_id, timer_id) WHERE timer_id IS NOT NULL DO NOTHING)`);
  }
  if (tasksToCancel.length > 0) {
    shape += 'd';
    parts.push(`done_tasks AS (DELETE FROM task_invocations t USING step
      WHERE t.execution_id = $1 AND t.task_id = ANY(${param(tasksToCancel)}::text[]))`);
  }
  if (callbackTasks.length > 0) {
    shape += 'k';
    const ids = param(callbackTasks.map((c) => c.taskId));
    const cmds = param(callbackTasks.map((c) => JSON.stringify(c)));
    const tokens = param(callbackTasks.map((c) => c.taskToken));
    parts.push(`new_tasks AS (INSERT INTO task_invocations (execution_id, task_id, command, task_token)
      SELECT $1, t.* FROM step, unnest(${ids}::text[], ${cmds}::json[], ${tokens}::text[]) AS t
      ON CONFLICT DO NOTHING)`);
  }
  if (w.inboxIds.length > 0) {
    shape += 'i';
    parts.push(
      `consumed AS (DELETE FROM execution_inbox i USING step WHERE i.id = ANY(${param(w.inboxIds)}::bigint[]))`,
    );
  }
  if (rowUpdate) {
    shape += rowUpdate.release ? 'rx' : 'r';
    const set = [
      `status = ${param(rowUpdate.status)}`,
      `output = COALESCE(${param(rowUpdate.output)}, x.output)`,
      `error = ${param(rowUpdate.error)}`,
      `cause = ${param(rowUpdate.cause)}`,
      `stop_date = ${param(rowUpdate.stopDate)}`,
      `redrive_count = ${param(rowUpdate.redriveCount)}`,
      `pending_tasks = '{}'::jsonb`,
      rowUpdate.release
        ? `lease_owner = NULL, lease_until = NULL`
        : `lease_until = now() + make_interval(secs => ${param(rowUpdate.leaseSeconds)})`,
    ];
    parts.push(`row_update AS (UPDATE executions x SET ${set.join(', ')} FROM step WHERE x.id = $1)`);
  }
  return {
    name: `durastep_step_${shape}`,
    text: `WITH ${parts.join(',\n')}\nSELECT count(*)::int AS written FROM step`,
    values,
  };
}

/**
 * PostgreSQL's text cannot hold U+0000, which an error or cause may contain (a Fail state's Cause, a
 * function's error message): the execution row gets U+FFFD there, the history keeps the exact text.
 */
function storableText(text: string | undefined): string | null {
  if (text === undefined) return null;
  return text.includes('\u0000') ? text.replaceAll('\u0000', '\uFFFD') : text;
}

/**
 * The execution row after a step that changed the status. No state snapshot here: an ended
 * execution's state is the replay of its journal (a redrive rebuilds it), and a running one leaves a
 * snapshot when its actor goes idle.
 */
function executionRowUpdate(
  row: NonNullable<StepWrite['row']>,
  completion: Extract<Command, { type: 'CompleteExecution' }> | undefined,
): ExecutionRowUpdate {
  const s = row.state;
  const ended = s.status !== 'RUNNING';
  return {
    status: s.status,
    output: completion && completion.output !== undefined ? JSON.stringify(completion.output) : null,
    error: ended ? storableText(s.failure?.error) : null,
    cause: ended ? storableText(s.failure?.cause) : null,
    stopDate: ended && s.stopTime !== undefined ? new Date(s.stopTime) : null,
    redriveCount: s.redriveCount,
    release: row.release,
    leaseSeconds: row.leaseSeconds,
  };
}
