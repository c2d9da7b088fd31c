import { sendTaskSuccess } from '@durastep/worker';
import type { ApiDeps } from '../../api-deps.js';
import { requireString, type Fields } from '../../http/fields.js';
import { MAX_OUTPUT_CHARS, MAX_TASK_TOKEN_CHARS } from './task-token-limits.js';

/** SendTaskSuccess: completes a `.waitForTaskToken` task with `output` (JSON text). */
export async function sendTaskSuccessAction(deps: ApiDeps, req: Fields) {
  const taskToken = requireString(req, 'taskToken', MAX_TASK_TOKEN_CHARS);
  const output = requireString(req, 'output', MAX_OUTPUT_CHARS);
  await sendTaskSuccess(deps.db, taskToken, output);
  return {};
}
