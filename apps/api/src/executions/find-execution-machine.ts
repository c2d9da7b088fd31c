import { EngineError } from '@durastep/worker';
import type { ApiDeps } from '../api-deps.js';

/** The state machine an execution runs: its own copy of the definition and role, taken at start. */
export type ExecutionMachine = {
  state_machine_arn: string;
  state_machine_name: string;
  definition: string;
  role_arn: string;
  update_date: Date;
  /** The machine's revision when it still has the execution's definition. */
  revision_id: string | null;
};

export async function findExecutionMachine(deps: ApiDeps, executionArn: string): Promise<ExecutionMachine> {
  const rows = await deps.sql.query<ExecutionMachine>(
    `SELECT e.state_machine_arn, e.state_machine_name, e.definition, e.role_arn,
            CASE WHEN sm.updated_at <= e.start_date THEN sm.updated_at ELSE e.start_date END AS update_date,
            CASE WHEN sm.definition = e.definition AND sm.role_arn = e.role_arn THEN sm.revision_id END AS revision_id
       FROM executions e LEFT JOIN state_machines sm ON sm.arn = e.state_machine_arn
      WHERE e.arn = $1`,
    [executionArn],
  );
  if (!rows[0]) throw new EngineError('ExecutionDoesNotExist', `Execution Does Not Exist: '${executionArn}'`);
  return rows[0];
}
