import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { EngineError } from './engine-error.js';
import { checkName, executionArn, parseStateMachineArn, type AwsScope } from './names.js';
import { enqueue, notifyWork, notifyWorkSoon } from './inbox.js';
import type { StartHandoff } from '../worker/worker-pool.js';

const MAX_PAYLOAD = 262_144;

export type StartExecutionRequest = {
  stateMachineArn: string;
  name?: string;
  /** The execution input as JSON text (AWS sends a string); default "{}". */
  input?: string;
};
export type StartedExecution = { executionArn: string; startDate: Date; existing: boolean };

/** Validates the input as JSON of at most 256 KiB, as StartExecution does. */
export function parseExecutionInput(text: string | undefined): unknown {
  const input = text ?? '{}';
  if (Buffer.byteLength(input, 'utf8') > MAX_PAYLOAD) {
    throw new EngineError(
      'InvalidExecutionInput',
      `Invalid State Machine Execution Input: 'The input exceeds the maximum size of ${MAX_PAYLOAD} bytes'`,
    );
  }
  try {
    return JSON.parse(input);
  } catch (e) {
    throw new EngineError(
      'InvalidExecutionInput',
      `Invalid State Machine Execution Input: '${e instanceof Error ? e.message : 'Invalid execution input.'}'`,
    );
  }
}

/**
 * Records a new execution and queues its ExecutionStarted event for the workers. Starting again with
 * the same name and input while it runs returns the same execution; a different input (or a closed
 * execution) is ExecutionAlreadyExists.
 */
export async function startExecution(
  db: DataSource,
  scope: AwsScope,
  req: StartExecutionRequest,
  handoff?: StartHandoff,
): Promise<StartedExecution> {
  parseExecutionInput(req.input);
  const inputText = req.input ?? '{}';
  const name = checkName(req.name ?? randomUUID(), 'execution');
  const { name: machineName } = parseStateMachineArn(req.stateMachineArn);
  const arn = executionArn(scope, machineName, name);
  const startDate = new Date();
  const seed = randomUUID();
  // With a worker pool in this process that has room, the new execution is leased to it in the same
  // statement and handed over directly (the lease expires, and any worker takes over, if it dies).
  const owner = handoff?.reserve();
  // One statement (one round trip, one implicit transaction): the execution row and its
  // ExecutionStarted input, or nothing when the machine is missing or the name is taken. The event is
  // built as json around the input text, so the input keeps the caller's key order (as in AWS).
  let row;
  try {
    [row] = await db.query(
      `WITH sm AS (
       SELECT name, definition, role_arn FROM state_machines WHERE arn = $1 AND status = 'ACTIVE'
     ), created AS (
       INSERT INTO executions (arn, state_machine_arn, state_machine_name, definition, role_arn, name, status, input, start_date,
                               lease_owner, lease_until)
       SELECT $2, $1, sm.name, sm.definition, sm.role_arn, $3, 'RUNNING', $4, $5,
              $11::text, CASE WHEN $11::text IS NULL THEN NULL ELSE now() + make_interval(secs => $12) END FROM sm
       ON CONFLICT DO NOTHING RETURNING id, role_arn, definition
     ), queued AS (
       INSERT INTO execution_inbox (execution_id, event)
       SELECT id, json_build_object('type', 'ExecutionStarted', 'at', $6::bigint, 'input', $4::json, 'seed', $7::text,
         'execution', json_build_object('executionArn', $2::text, 'name', $3::text, 'stateMachineArn', $1::text,
           'stateMachineName', $8::text, 'roleArn', role_arn, 'region', $9::text, 'account', $10::text))
       FROM created
     )
     SELECT (SELECT count(*) FROM sm)::int AS machines, created.id, created.definition
     FROM (SELECT 1) AS one LEFT JOIN created ON true`,
      [
        req.stateMachineArn,
        arn,
        name,
        inputText,
        startDate,
        startDate.getTime(),
        seed,
        machineName,
        scope.region,
        scope.account,
        owner ?? null,
        handoff?.leaseSeconds ?? 0,
      ],
    );
  } catch (e) {
    if (owner) handoff!.unreserve(owner);
    throw e;
  }
  if (owner && row.id !== null)
    handoff!.adopt(owner, { id: String(row.id), arn, definition: row.definition });
  else if (owner) handoff!.unreserve(owner);
  if (row.machines === 0)
    throw new EngineError(
      'StateMachineDoesNotExist',
      `State Machine Does Not Exist: '${req.stateMachineArn}'`,
    );
  if (row.id === null) {
    const existing = await db.query(`SELECT status, input, start_date FROM executions WHERE arn = $1`, [arn]);
    if (existing[0]?.status === 'RUNNING' && existing[0].input === inputText)
      return { executionArn: arn, startDate: existing[0].start_date, existing: true };
    throw new EngineError('ExecutionAlreadyExists', `Execution Already Exists: '${arn}'`);
  }
  if (!owner) notifyWorkSoon(db);
  return { executionArn: arn, startDate, existing: false };
}

async function executionRow(db: DataSource, arn: string): Promise<{ id: string; status: string }> {
  const rows = await db.query(`SELECT id, status FROM executions WHERE arn = $1`, [arn]);
  if (!rows[0]) throw new EngineError('ExecutionDoesNotExist', `Execution Does Not Exist: '${arn}'`);
  return rows[0];
}

/** StopExecution: queues a StopRequested event; the worker aborts the execution. */
export async function stopExecution(
  db: DataSource,
  arn: string,
  error?: string,
  cause?: string,
): Promise<{ stopDate: Date }> {
  const row = await executionRow(db, arn);
  const stopDate = new Date();
  if (row.status !== 'RUNNING') return { stopDate };
  await enqueue(db, row.id, {
    type: 'StopRequested',
    at: stopDate.getTime(),
    ...(error !== undefined ? { error } : {}),
    ...(cause !== undefined ? { cause } : {}),
  });
  await notifyWork(db);
  return { stopDate };
}

/** RedriveExecution: only FAILED, TIMED_OUT and ABORTED executions can be redriven. */
export async function redriveExecution(db: DataSource, arn: string): Promise<{ redriveDate: Date }> {
  const row = await executionRow(db, arn);
  if (!['FAILED', 'TIMED_OUT', 'ABORTED'].includes(row.status)) {
    throw new EngineError(
      'ExecutionNotRedrivable',
      `Execution is ${row.status} and cannot be redriven: '${arn}'`,
    );
  }
  const redriveDate = new Date();
  await db.transaction(async (tx) => {
    await tx.query(`UPDATE executions SET status = 'PENDING_REDRIVE', redrive_date = $2 WHERE id = $1`, [
      row.id,
      redriveDate,
    ]);
    await enqueue(tx, row.id, { type: 'RedriveRequested', at: redriveDate.getTime() });
    await notifyWork(tx);
  });
  return { redriveDate };
}
