import { EngineError } from '@durastep/worker';
import type { ApiDeps } from '../api-deps.js';
import { STATE_MACHINE_COLUMNS, type StateMachineRow } from './state-machine-row.js';

export async function findStateMachine(deps: ApiDeps, arn: string): Promise<StateMachineRow> {
  const rows = await deps.sql.query<StateMachineRow>(
    `SELECT ${STATE_MACHINE_COLUMNS} FROM state_machines WHERE arn = $1`,
    [arn],
  );
  if (!rows[0]) throw new EngineError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`);
  return rows[0];
}

/** Like findStateMachine, for changes: a DELETING state machine is StateMachineDeleting. */
export async function findActiveStateMachine(deps: ApiDeps, arn: string): Promise<StateMachineRow> {
  const machine = await findStateMachine(deps, arn);
  if (machine.status === 'DELETING')
    throw new EngineError('StateMachineDeleting', `State machine is being deleted: '${arn}'`);
  return machine;
}
