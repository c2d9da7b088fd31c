import { parseExecutionArn } from '@durastep/worker';
import type { ApiDeps } from '../../api-deps.js';
import { requireString, type Fields } from '../../http/fields.js';
import { findExecutionMachine } from '../../executions/find-execution-machine.js';
import { epochSeconds } from '../epoch-seconds.js';
import { LOGGING_OFF, TRACING_OFF } from '../logging-defaults.js';

export async function describeStateMachineForExecutionAction(deps: ApiDeps, req: Fields) {
  const arn = requireString(req, 'executionArn', 256);
  parseExecutionArn(arn);
  const m = await findExecutionMachine(deps, arn);
  return {
    stateMachineArn: m.state_machine_arn,
    name: m.state_machine_name,
    definition: m.definition,
    roleArn: m.role_arn,
    updateDate: epochSeconds(m.update_date),
    loggingConfiguration: LOGGING_OFF,
    tracingConfiguration: TRACING_OFF,
    ...(m.revision_id !== null ? { revisionId: m.revision_id } : {}),
  };
}
