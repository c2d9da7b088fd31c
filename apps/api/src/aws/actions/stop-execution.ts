import { parseExecutionArn, stopExecution } from '@durastep/worker';
import type { ApiDeps } from '../../api-deps.js';
import { optionalString, requireString, type Fields } from '../../http/fields.js';
import { epochSeconds } from '../epoch-seconds.js';

export async function stopExecutionAction(deps: ApiDeps, req: Fields) {
  const arn = requireString(req, 'executionArn', 256);
  parseExecutionArn(arn);
  const error = optionalString(req, 'error', 256);
  const cause = optionalString(req, 'cause', 32768);
  const { stopDate } = await stopExecution(deps.db, arn, error, cause);
  return { stopDate: epochSeconds(stopDate) };
}
