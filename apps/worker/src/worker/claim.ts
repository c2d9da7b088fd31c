import type { Sql } from '../db/sql.js';
import type { ExecutionEvent, ExecutionState } from '@durastep/executor';
import type { InvokeTaskCommand } from './task-invoker.js';
import { decodeStepBody, type StepBody } from './step-body.js';

export type ClaimedExecution = {
  id: string;
  arn: string;
  definition: string;
  /** The state snapshot on the execution row, as of step `version` (null before the first step). */
  state: ExecutionState | null;
  version: number;
  status: string;
  /** Steps recorded after the snapshot (a worker was driving it): replayed to rebuild the state. */
  steps: StepBody[];
  /** Request-response tasks kept on the row by an earlier release of Durastep (normally none). */
  legacyPendingTasks: InvokeTaskCommand[];
  /** Callback tasks not yet invoked when the previous holder stopped: invoke them again. */
  pendingCallbackTasks: InvokeTaskCommand[];
  /** Inbox rows known without reading them (a start handed over in-process, or read with the
   * lease): applied first. */
  preloadedInbox?: { id: string; event: ExecutionEvent }[];
};

type Row = {
  id: string;
  arn: string;
  definition: string;
  state: ExecutionState | null;
  version: number;
  status: string;
  pending_tasks: Record<string, InvokeTaskCommand>;
  inbox: { id: string; event: ExecutionEvent }[];
  steps: Buffer[];
  callbacks: InvokeTaskCommand[];
};

// Everything the actor needs comes back with the lease, in the same statement: the due inbox rows
// (applied first, not read again), the journal after the snapshot and the callback tasks not yet
// invoked. (Subqueries in RETURNING see the rows as of the statement's start, like a read would.)
const RETURNING = `RETURNING e.id, e.arn, e.definition, e.state, e.version, e.status, e.pending_tasks,
  (SELECT coalesce(json_agg(json_build_object('id', i.id::text, 'event', i.event) ORDER BY i.id), '[]')
     FROM execution_inbox i WHERE i.execution_id = e.id AND i.due_at <= now()) AS inbox,
  (SELECT coalesce(array_agg(s.body ORDER BY s.seq), '{}')
     FROM execution_steps s WHERE s.execution_id = e.id AND s.seq > e.version) AS steps,
  (SELECT coalesce(json_agg(t.command), '[]')
     FROM task_invocations t WHERE t.execution_id = e.id AND t.status = 'pending') AS callbacks`;

/**
 * Leases one execution that has work: a due inbox row, or a lease that expired without being given
 * back (its worker died). FOR UPDATE SKIP LOCKED lets any number of workers claim concurrently.
 */
export async function claimExecution(
  db: Sql,
  owner: string,
  leaseSeconds: number,
): Promise<ClaimedExecution | undefined> {
  const rows = await db.query<Row>(
    `WITH candidate AS (
       SELECT e.id FROM execution_inbox i JOIN executions e ON e.id = i.execution_id
       WHERE i.due_at <= now() AND (e.lease_owner IS NULL OR e.lease_until < now())
       ORDER BY i.due_at LIMIT 1 FOR UPDATE OF e SKIP LOCKED
     )
     UPDATE executions e SET lease_owner = $1, lease_until = now() + make_interval(secs => $2)
     FROM candidate WHERE e.id = candidate.id ${RETURNING}`,
    [owner, leaseSeconds],
    'durastep_claim_inbox',
  );
  let row = rows[0];
  if (!row) {
    const orphans = await db.query<Row>(
      `WITH candidate AS (
         SELECT e.id FROM executions e WHERE e.lease_owner IS NOT NULL AND e.lease_until < now()
         LIMIT 1 FOR UPDATE SKIP LOCKED
       )
       UPDATE executions e SET lease_owner = $1, lease_until = now() + make_interval(secs => $2)
       FROM candidate WHERE e.id = candidate.id ${RETURNING}`,
      [owner, leaseSeconds],
      'durastep_claim_orphan',
    );
    row = orphans[0];
  }
  if (!row) return undefined;
  return {
    id: String(row.id),
    arn: row.arn,
    definition: row.definition,
    state: row.state,
    version: row.version,
    status: row.status,
    steps: row.steps.map((body) => decodeStepBody(body)),
    legacyPendingTasks: Object.values(row.pending_tasks),
    pendingCallbackTasks: row.callbacks,
    preloadedInbox: row.inbox,
  };
}
