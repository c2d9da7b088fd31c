import { randomUUID } from 'node:crypto';
import { checkName, EngineError, stateMachineArn } from '@durastep/worker';
import type { ApiDeps, SqlTx } from '../api-deps.js';
import { ApiError } from '../api-error.js';
import { checkDefinition } from './check-definition.js';
import type { Tags } from './tags.js';
import { STATE_MACHINE_COLUMNS, type MachineType, type StateMachineRow } from './state-machine-row.js';

export type CreateStateMachineRequest = {
  name: unknown;
  definition: string;
  roleArn: string;
  type: MachineType;
  description?: string;
  tags?: Tags;
};
export type CreatedStateMachine = { machine: StateMachineRow; existing: boolean };

/**
 * Creates a state machine. Creating it again with the same definition, role and type returns the
 * existing one, its tags unchanged (AWS is idempotent there); anything else is StateMachineAlreadyExists. A name whose
 * previous machine is DELETING is free again once that machine's executions have finished.
 */
export async function createStateMachine(
  deps: ApiDeps,
  req: CreateStateMachineRequest,
): Promise<CreatedStateMachine> {
  const name = checkName(req.name, 'state machine');
  checkDefinition(req.definition, req.type);
  const arn = stateMachineArn(deps.scope, name);
  return deps.sql.transaction(async (tx) => {
    const inserted = await insert(tx, arn, name, req);
    if (inserted) return { machine: inserted, existing: false };
    const [current] = await tx.query<StateMachineRow>(
      `SELECT ${STATE_MACHINE_COLUMNS} FROM state_machines WHERE name = $1 FOR UPDATE`,
      [name],
    );
    if (!current)
      throw new ApiError('ConflictException', `State machine '${name}' changed concurrently; retry`);
    if (current.status === 'DELETING') {
      const removed = await tx.query(
        `DELETE FROM state_machines WHERE arn = $1 AND NOT EXISTS (
           SELECT 1 FROM executions WHERE state_machine_arn = $1 AND status IN ('RUNNING', 'PENDING_REDRIVE'))
         RETURNING arn`,
        [current.arn],
      );
      if (removed.length === 0)
        throw new EngineError('StateMachineDeleting', `State machine is being deleted: '${current.arn}'`);
      const created = await insert(tx, arn, name, req);
      if (!created)
        throw new ApiError('ConflictException', `State machine '${name}' changed concurrently; retry`);
      return { machine: created, existing: false };
    }
    const same =
      current.definition === req.definition && current.role_arn === req.roleArn && current.type === req.type;
    if (same) return { machine: current, existing: true };
    throw new EngineError('StateMachineAlreadyExists', `State Machine Already Exists: '${current.arn}'`);
  });
}

async function insert(
  tx: SqlTx,
  arn: string,
  name: string,
  req: CreateStateMachineRequest,
): Promise<StateMachineRow | undefined> {
  const rows = await tx.query<StateMachineRow>(
    `INSERT INTO state_machines (arn, name, type, definition, role_arn, revision_id, description, tags)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
     ON CONFLICT DO NOTHING
     RETURNING ${STATE_MACHINE_COLUMNS}`,
    [
      arn,
      name,
      req.type,
      req.definition,
      req.roleArn,
      randomUUID(),
      req.description ?? null,
      JSON.stringify(req.tags ?? {}),
    ],
  );
  return rows[0];
}
