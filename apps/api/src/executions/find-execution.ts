import { EngineError } from '@durastep/worker';
import type { ApiDeps } from '../api-deps.js';
import { EXECUTION_COLUMNS, type ExecutionRow } from './execution-row.js';

export async function findExecution(deps: ApiDeps, arn: string): Promise<ExecutionRow> {
  const rows = await deps.sql.query<ExecutionRow>(
    `SELECT ${EXECUTION_COLUMNS} FROM executions WHERE arn = $1`,
    [arn],
  );
  if (!rows[0]) throw new EngineError('ExecutionDoesNotExist', `Execution Does Not Exist: '${arn}'`);
  return rows[0];
}

/** REST lookups accept an execution ARN or the execution's numeric id. */
export async function findExecutionByKey(deps: ApiDeps, key: string): Promise<ExecutionRow> {
  if (!/^\d{1,18}$/.test(key)) return findExecution(deps, key);
  const rows = await deps.sql.query<ExecutionRow>(
    `SELECT ${EXECUTION_COLUMNS} FROM executions WHERE id = $1`,
    [key],
  );
  if (!rows[0]) throw new EngineError('ExecutionDoesNotExist', `Execution Does Not Exist: '${key}'`);
  return rows[0];
}
