import { randomUUID } from 'node:crypto';
import { EngineError } from '@durastep/worker';
import type { ApiDeps } from '../api-deps.js';
import { checkDefinition } from './check-definition.js';
import { findActiveStateMachine } from './find-state-machine.js';
import { STATE_MACHINE_COLUMNS, type StateMachineRow } from './state-machine-row.js';

export type StateMachineChanges = { definition?: string; roleArn?: string; description?: string };

/**
 * Replaces the definition and/or role; a change makes a new revision. Running executions keep the
 * definition they started with (executions hold their own copy).
 */
export async function updateStateMachine(
  deps: ApiDeps,
  arn: string,
  changes: StateMachineChanges,
): Promise<StateMachineRow> {
  const current = await findActiveStateMachine(deps, arn);
  if (changes.definition !== undefined) checkDefinition(changes.definition, current.type);
  const unchanged =
    (changes.definition ?? current.definition) === current.definition &&
    (changes.roleArn ?? current.role_arn) === current.role_arn &&
    (changes.description ?? current.description) === current.description;
  if (unchanged) return current;
  const rows = await deps.sql.query<StateMachineRow>(
    `UPDATE state_machines
        SET definition = COALESCE($2, definition), role_arn = COALESCE($3, role_arn),
            description = COALESCE($4, description), revision_id = $5, updated_at = now()
      WHERE arn = $1 AND status = 'ACTIVE'
      RETURNING ${STATE_MACHINE_COLUMNS}`,
    [arn, changes.definition ?? null, changes.roleArn ?? null, changes.description ?? null, randomUUID()],
  );
  if (!rows[0]) throw new EngineError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`);
  return rows[0];
}
