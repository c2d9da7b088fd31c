import type { Sql } from '../db/sql.js';
import type { ExecutionState } from '@durastep/executor';
import type { InvokeTaskCommand } from './task-invoker.js';

export type ClaimedExecution = {
  id: string;
  arn: string;
  definition: string;
  state: ExecutionState | null;
  version: number;
  /** Request-response tasks unanswered when the previous holder stopped (normally none). */
  pendingTasks: Record<string, InvokeTaskCommand>;
  /** Tasks left unanswered by a worker that died holding this execution: invoke them again. */
  orphanedTasks: { taskId: string; command: unknown }[];
};

type Row = {
  id: string;
  arn: string;
  definition: string;
  state: ExecutionState | null;
  version: number;
  pending_tasks: Record<string, unknown>;
};

const RETURNING = `RETURNING e.id, e.arn, e.definition, e.state, e.version, e.pending_tasks`;

/**
 * Leases one execution that has work: a due inbox row, or tasks left pending by a worker whose lease
 * expired. FOR UPDATE SKIP LOCKED lets any number of workers claim concurrently without waiting.
 */
export async function claimExecution(
  db: Sql,
  owner: string,
  leaseSeconds: number,
): Promise<ClaimedExecution | undefined> {
  const rows = await db.query<Row>(
    `WITH candidate AS (
       SELECT e.id FROM execution_inbox i JOIN executions e ON e.id = i.execution_id
       WHERE i.due_at <= now() AND (e.lease_until IS NULL OR e.lease_until < now())
       ORDER BY i.due_at LIMIT 1 FOR UPDATE OF e SKIP LOCKED
     )
     UPDATE executions e SET lease_owner = $1, lease_until = now() + make_interval(secs => $2)
     FROM candidate WHERE e.id = candidate.id ${RETURNING}`,
    [owner, leaseSeconds],
  );
  let row = rows[0];
  if (!row) {
    // A worker died holding it: its lease expired with tasks unanswered (request-response tasks
    // on the row, callback tasks not yet invoked in task_invocations).
    const orphans = await db.query<Row>(
      `WITH candidate AS (
         SELECT e.id FROM executions e
         WHERE e.status = 'RUNNING' AND e.lease_until < now()
           AND (e.pending_tasks <> '{}'::jsonb
                OR EXISTS (SELECT 1 FROM task_invocations t WHERE t.execution_id = e.id AND t.status = 'pending'))
         LIMIT 1 FOR UPDATE SKIP LOCKED
       )
       UPDATE executions e SET lease_owner = $1, lease_until = now() + make_interval(secs => $2)
       FROM candidate WHERE e.id = candidate.id ${RETURNING}`,
      [owner, leaseSeconds],
    );
    row = orphans[0];
  }
  if (!row) return undefined;
  const tasks = await db.query<{ task_id: string; command: unknown }>(
    `SELECT task_id, command FROM task_invocations WHERE execution_id = $1 AND status = 'pending'`,
    [row.id],
  );
  return {
    id: String(row.id),
    arn: row.arn,
    definition: row.definition,
    state: row.state,
    version: row.version,
    pendingTasks: row.pending_tasks as ClaimedExecution['pendingTasks'],
    orphanedTasks: [
      ...Object.entries(row.pending_tasks).map(([taskId, command]) => ({ taskId, command })),
      ...tasks.map((t) => ({ taskId: t.task_id, command: t.command })),
    ],
  };
}
