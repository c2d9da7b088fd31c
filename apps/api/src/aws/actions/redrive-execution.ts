import { parseExecutionArn, redriveExecution } from '@durastep/worker';
import type { ApiDeps } from '../../api-deps.js';
import { optionalString, requireString, type Fields } from '../../http/fields.js';
import { epochSeconds } from '../epoch-seconds.js';

export async function redriveExecutionAction(deps: ApiDeps, req: Fields) {
  const arn = requireString(req, 'executionArn', 256);
  parseExecutionArn(arn);
  optionalString(req, 'clientToken', 64);
  const { redriveDate } = await redriveExecution(deps.db, arn);
  return { redriveDate: epochSeconds(redriveDate) };
}
