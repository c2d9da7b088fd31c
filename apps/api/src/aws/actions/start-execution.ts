import { parseStateMachineArn, startExecution } from '@durastep/worker';
import type { ApiDeps } from '../../api-deps.js';
import { optionalString, requireString, type Fields } from '../../http/fields.js';
import { epochSeconds } from '../epoch-seconds.js';

export async function startExecutionAction(deps: ApiDeps, req: Fields) {
  const stateMachineArn = requireString(req, 'stateMachineArn', 256);
  parseStateMachineArn(stateMachineArn);
  optionalString(req, 'traceHeader', 256); // accepted, not used (no X-Ray)
  const started = await startExecution(
    deps.db,
    deps.scope,
    {
      stateMachineArn,
      name: optionalString(req, 'name'),
      input: optionalString(req, 'input'),
    },
    deps.handoff,
  );
  return { executionArn: started.executionArn, startDate: epochSeconds(started.startDate) };
}
