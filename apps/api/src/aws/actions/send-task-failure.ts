import { sendTaskFailure } from '@durastep/worker';
import type { ApiDeps } from '../../api-deps.js';
import { optionalString, requireString, type Fields } from '../../http/fields.js';
import { MAX_CAUSE_CHARS, MAX_ERROR_CHARS, MAX_TASK_TOKEN_CHARS } from './task-token-limits.js';

/** SendTaskFailure: fails a `.waitForTaskToken` task with an ASL error (default States.TaskFailed). */
export async function sendTaskFailureAction(deps: ApiDeps, req: Fields) {
  const taskToken = requireString(req, 'taskToken', MAX_TASK_TOKEN_CHARS);
  const error = optionalString(req, 'error', MAX_ERROR_CHARS);
  const cause = optionalString(req, 'cause', MAX_CAUSE_CHARS);
  await sendTaskFailure(deps.db, taskToken, error, cause);
  return {};
}
