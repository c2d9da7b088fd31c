import type { ApiDeps } from '../api-deps.js';

/** 'removed': gone; 'deleting': executions still run, it is DELETING until they end; 'absent': no such machine. */
export type DeleteOutcome = 'removed' | 'deleting' | 'absent';

/**
 * DeleteStateMachine: removes the machine, or marks it DELETING while executions still run (they
 * continue with their own copy of the definition; a later CreateStateMachine frees the name).
 */
export async function deleteStateMachine(deps: ApiDeps, arn: string): Promise<DeleteOutcome> {
  return deps.sql.transaction(async (tx) => {
    const removed = await tx.query(
      `DELETE FROM state_machines WHERE arn = $1 AND NOT EXISTS (
         SELECT 1 FROM executions WHERE state_machine_arn = $1 AND status IN ('RUNNING', 'PENDING_REDRIVE'))
       RETURNING arn`,
      [arn],
    );
    if (removed.length > 0) return 'removed';
    const marked = await tx.query(
      `UPDATE state_machines SET status = 'DELETING', updated_at = now() WHERE arn = $1 RETURNING arn`,
      [arn],
    );
    return marked.length > 0 ? 'deleting' : 'absent';
  });
}
