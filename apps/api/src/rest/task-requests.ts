import { ApiError } from '../api-error.js';
import { MAX_CAUSE_CHARS, MAX_ERROR_CHARS, MAX_TASK_TOKEN_CHARS } from '../aws/actions/task-token-limits.js';
import { fieldsOf, optionalString, requireString } from '../http/fields.js';

/** `{ taskToken, output }`: output is any JSON value, sent on as JSON text. */
export function parseTaskSuccess(body: unknown): { taskToken: string; output: string } {
  const o = fieldsOf(body);
  const taskToken = requireString(o, 'taskToken', MAX_TASK_TOKEN_CHARS);
  if (!('output' in o))
    throw new ApiError(
      'ValidationException',
      "1 validation error detected: Value null at 'output' failed to satisfy constraint: Member must not be null",
    );
  return { taskToken, output: JSON.stringify(o.output) };
}

/** `{ taskToken, error?, cause? }`. */
export function parseTaskFailure(body: unknown): { taskToken: string; error?: string; cause?: string } {
  const o = fieldsOf(body);
  return {
    taskToken: requireString(o, 'taskToken', MAX_TASK_TOKEN_CHARS),
    error: optionalString(o, 'error', MAX_ERROR_CHARS),
    cause: optionalString(o, 'cause', MAX_CAUSE_CHARS),
  };
}

/** `{ taskToken }`. */
export function parseTaskHeartbeat(body: unknown): { taskToken: string } {
  return { taskToken: requireString(fieldsOf(body), 'taskToken', MAX_TASK_TOKEN_CHARS) };
}
