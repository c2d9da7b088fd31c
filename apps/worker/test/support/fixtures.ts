import type { DataSource } from 'typeorm';
import { stateMachineArn, type AwsScope } from '../../src/engine/names.js';

export const SCOPE: AwsScope = { region: 'us-east-1', account: '123456789012' };

/** A definition of Task states in a row, each calling `resource` (an echo function in tests). */
export function taskChain(names: string[], resource: string): object {
  return {
    StartAt: names[0],
    States: Object.fromEntries(
      names.map((name, i) => [
        name,
        {
          Type: 'Task',
          Resource: resource,
          ...(i < names.length - 1 ? { Next: names[i + 1] } : { End: true }),
        },
      ]),
    ),
  };
}

/** Inserts a state machine row directly (the API's CreateStateMachine is tested in apps/api). */
export async function createStateMachine(
  db: DataSource,
  name: string,
  definition: object,
  type = 'STANDARD',
): Promise<string> {
  const arn = stateMachineArn(SCOPE, name);
  await db.query(
    `INSERT INTO state_machines (arn, name, type, definition, role_arn, revision_id) VALUES ($1, $2, $3, $4, $5, $6)`,
    [arn, name, type, JSON.stringify(definition), `arn:aws:iam::${SCOPE.account}:role/test`, 'r1'],
  );
  return arn;
}

export async function waitForStatus(
  db: DataSource,
  executionArn: string,
  timeoutMs = 20_000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await db.query(`SELECT status, output, error, cause FROM executions WHERE arn = $1`, [
      executionArn,
    ]);
    if (row && row.status !== 'RUNNING' && row.status !== 'PENDING_REDRIVE') return row;
    if (Date.now() > deadline) throw new Error(`execution still ${row?.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
