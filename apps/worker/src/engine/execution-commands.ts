import { randomUUID } from 'node:crypto';
import { MAX_JSON_NESTING, nestsDeeperThan, type Json } from '@durastep/state-language';
import type { DataSource } from 'typeorm';
import { EngineError } from './engine-error.js';
import { checkName, executionArn, parseStateMachineArn, type AwsScope } from './names.js';
import { enqueue, notifyWork, notifyWorkSoon } from './inbox.js';
import type { StartHandoff } from '../worker/worker-pool.js';
import { sqlOf } from '../db/sql.js';
import { StartBatcher, type StartResult } from './start-batcher.js';

const startBatchers = new WeakMap<DataSource, StartBatcher>();
function startBatcherOf(db: DataSource): StartBatcher {
  let batcher = startBatchers.get(db);
  if (!batcher) startBatchers.set(db, (batcher = new StartBatcher(sqlOf(db))));
  return batcher;
}

const MAX_PAYLOAD = 262_144;
/** How long StopExecution waits for a worker to record the abort before it answers anyway. */
const STOP_SETTLE_MS = 2_000;

export type StartExecutionRequest = {
  stateMachineArn: string;
  name?: string;
  /** The execution input as JSON text (AWS sends a string); default "{}". */
  input?: string;
};
export type StartedExecution = { executionArn: string; startDate: Date; existing: boolean };

/** Validates the input as JSON of at most 256 KiB (and 1,000 levels), as StartExecution does. */
export function parseExecutionInput(text: string | undefined): unknown {
  const input = text ?? '{}';
  if (Buffer.byteLength(input, 'utf8') > MAX_PAYLOAD) {
    throw new EngineError(
      'InvalidExecutionInput',
      `Invalid State Machine Execution Input: 'The input exceeds the maximum size of ${MAX_PAYLOAD} bytes'`,
    );
  }
  if (nestsDeeperThan(input)) {
    throw new EngineError(
      'InvalidExecutionInput',
      `Invalid State Machine Execution Input: 'The input is nested deeper than ${MAX_JSON_NESTING} levels'`,
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
  // One statement for this and the starts arriving meanwhile (group commit): the execution row and
  // its ExecutionStarted input, or nothing when the machine is missing or the name is taken. The
  // event is built as json around the input text, so the input keeps the caller's key order (as AWS).
  let row: StartResult;
  try {
    row = await startBatcherOf(db).start({
      stateMachineArn: req.stateMachineArn,
      machineName,
      arn,
      name,
      input: inputText,
      startDate,
      seed,
      region: scope.region,
      account: scope.account,
      leaseOwner: owner ?? null,
      leaseSeconds: handoff?.leaseSeconds ?? 0,
    });
  } catch (e) {
    if (owner) handoff!.unreserve(owner);
    throw e;
  }
  if (owner && row.id !== null && row.definition !== null && row.inboxId !== null)
    handoff!.adopt(owner, {
      id: row.id,
      arn,
      definition: row.definition,
      // The event the statement queued, as it built it: the adopting actor need not read it back.
      started: {
        inboxId: row.inboxId,
        event: {
          type: 'ExecutionStarted',
          at: startDate.getTime(),
          input: JSON.parse(inputText) as Json,
          seed,
          execution: {
            executionArn: arn,
            name,
            stateMachineArn: req.stateMachineArn,
            stateMachineName: machineName,
            roleArn: row.roleArn ?? '',
            region: scope.region,
            account: scope.account,
          },
        },
      },
    });
  else if (owner) handoff!.unreserve(owner);
  if (!row.machineExists)
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

/**
 * StopExecution: queues a StopRequested event; the worker aborts the execution (or, `timedOut`,
 * ends it TIMED_OUT), and the call answers once it did (or after STOP_SETTLE_MS, the stop queued).
 */
export async function stopExecution(
  db: DataSource,
  arn: string,
  error?: string,
  cause?: string,
  options: { settleMs?: number; timedOut?: boolean } = {},
): Promise<{ stopDate: Date }> {
  const row = await executionRow(db, arn);
  const stopDate = new Date();
  if (row.status !== 'RUNNING') return { stopDate };
  await enqueue(db, row.id, {
    type: 'StopRequested',
    at: stopDate.getTime(),
    ...(error !== undefined ? { error } : {}),
    ...(cause !== undefined ? { cause } : {}),
    ...(options.timedOut ? { timedOut: true } : {}),
  });
  await notifyWork(db);
  // As on AWS, a DescribeExecution after StopExecution should see ABORTED: wait for a worker to
  // record it (milliseconds), but not forever (no worker may be running: the stop stays queued).
  const ended = await waitUntilEnded(db, arn, options.settleMs ?? STOP_SETTLE_MS);
  return { stopDate: ended?.stopDate ?? stopDate };
}

/**
 * Waits until the execution has ended (any status but RUNNING and PENDING_REDRIVE), polling its row
 * every 2 ms, then twice as long each time up to 50 ms; undefined after `timeoutMs`.
 */
export async function waitUntilEnded(
  db: DataSource,
  arn: string,
  timeoutMs: number,
): Promise<{ status: string; stopDate: Date | null } | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
    const [row] = await db.query(`SELECT status, stop_date FROM executions WHERE arn = $1`, [arn]);
    if (row && row.status !== 'RUNNING' && row.status !== 'PENDING_REDRIVE')
      return { status: row.status, stopDate: row.stop_date };
    if (Date.now() >= deadline) return undefined;
    await new Promise((r) => setTimeout(r, pause));
  }
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
