import type { DataSource } from 'typeorm';
import type { ExecutionEvent } from '@durastep/executor';
import { MAX_JSON_NESTING, nestsDeeperThan } from '@durastep/state-language';
import { EngineError } from './engine-error.js';
import { enqueue, notifyWork } from './inbox.js';

const MAX_PAYLOAD = 262_144;

async function findTask(db: DataSource, token: unknown): Promise<{ executionId: string; taskId: string }> {
  // Tokens are ours (printable ASCII): one with a control character cannot exist.
  if (typeof token !== 'string' || token.length === 0 || token.length > 1024 || /[\u0000-\u001f]/.test(token))
    throw new EngineError('InvalidToken', 'Invalid Token');
  const rows = await db.query(`SELECT execution_id, task_id FROM task_invocations WHERE task_token = $1`, [
    token,
  ]);
  if (!rows[0]) throw new EngineError('TaskDoesNotExist', 'Task Timed Out or does not exist');
  return { executionId: String(rows[0].execution_id), taskId: rows[0].task_id };
}

/** SendTaskSuccess: the callback for a `.waitForTaskToken` task, with its JSON output. */
export async function sendTaskSuccess(db: DataSource, token: unknown, output: unknown): Promise<void> {
  if (typeof output !== 'string' || Buffer.byteLength(output) > MAX_PAYLOAD)
    throw new EngineError('InvalidOutput', 'Invalid Output: the output must be JSON of at most 256 KiB');
  if (nestsDeeperThan(output))
    throw new EngineError('InvalidOutput', `Invalid Output: nested deeper than ${MAX_JSON_NESTING} levels`);
  let value: unknown;
  try {
    value = JSON.parse(output);
  } catch {
    throw new EngineError('InvalidOutput', 'Invalid Output: not valid JSON');
  }
  const task = await findTask(db, token);
  await deliver(db, task.executionId, {
    type: 'TaskSucceeded',
    at: Date.now(),
    taskId: task.taskId,
    output: value as never,
  });
}

/** SendTaskFailure: fails the waiting task with an ASL error (default States.TaskFailed). */
export async function sendTaskFailure(
  db: DataSource,
  token: unknown,
  error?: string,
  cause?: string,
): Promise<void> {
  const task = await findTask(db, token);
  await deliver(db, task.executionId, {
    type: 'TaskFailed',
    at: Date.now(),
    taskId: task.taskId,
    error: error ?? 'States.TaskFailed',
    ...(cause !== undefined ? { cause } : {}),
  });
}

/** SendTaskHeartbeat: restarts the task's HeartbeatSeconds clock. */
export async function sendTaskHeartbeat(db: DataSource, token: unknown): Promise<void> {
  const task = await findTask(db, token);
  await deliver(db, task.executionId, { type: 'TaskHeartbeat', at: Date.now(), taskId: task.taskId });
}

async function deliver(db: DataSource, executionId: string, event: ExecutionEvent): Promise<void> {
  await enqueue(db, executionId, event);
  await notifyWork(db);
}
