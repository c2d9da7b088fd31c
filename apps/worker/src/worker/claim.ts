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
  /** Inbox rows known without reading them (a start handed over in-process): applied first. */
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
};

const RETURNING = `RETURNING e.id, e.arn, e.definition, e.state, e.version, e.status, e.pending_tasks`;

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
  const [steps, callbacks] = await Promise.all([
    db.query<{ body: Buffer }>(
      `SELECT body FROM execution_steps WHERE execution_id = $1 AND seq > $2 ORDER BY seq`,
      [row.id, row.version],
      'durastep_claim_steps',
    ),
    db.query<{ command: InvokeTaskCommand }>(
      `SELECT command FROM task_invocations WHERE execution_id = $1 AND status = 'pending'`,
      [row.id],
      'durastep_claim_callbacks',
    ),
  ]);
  return {
    id: String(row.id),
    arn: row.arn,
    definition: row.definition,
    state: row.state,
    version: row.version,
    status: row.status,
    steps: steps.map((s) => decodeStepBody(s.body)),
    legacyPendingTasks: Object.values(row.pending_tasks),
    pendingCallbackTasks: callbacks.map((c) => c.command),
  };
}
