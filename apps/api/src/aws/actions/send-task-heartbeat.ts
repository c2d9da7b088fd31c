import { sendTaskHeartbeat } from '@durastep/worker';
import type { ApiDeps } from '../../api-deps.js';
import { requireString, type Fields } from '../../http/fields.js';
import { MAX_TASK_TOKEN_CHARS } from './task-token-limits.js';

/** SendTaskHeartbeat: restarts the `HeartbeatSeconds` clock of a `.waitForTaskToken` task. */
export async function sendTaskHeartbeatAction(deps: ApiDeps, req: Fields) {
  const taskToken = requireString(req, 'taskToken', MAX_TASK_TOKEN_CHARS);
  await sendTaskHeartbeat(deps.db, taskToken);
  return {};
}
