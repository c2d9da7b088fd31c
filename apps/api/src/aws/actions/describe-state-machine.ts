import { parseStateMachineArn } from '@durastep/worker';
import type { ApiDeps } from '../../api-deps.js';
import { requireString, type Fields } from '../../http/fields.js';
import { findStateMachine } from '../../state-machines/find-state-machine.js';
import { epochSeconds } from '../epoch-seconds.js';
import { LOGGING_OFF, TRACING_OFF } from '../logging-defaults.js';

export async function describeStateMachineAction(deps: ApiDeps, req: Fields) {
  const arn = requireString(req, 'stateMachineArn', 256);
  parseStateMachineArn(arn);
  const m = await findStateMachine(deps, arn);
  return {
    stateMachineArn: m.arn,
    name: m.name,
    status: m.status,
    definition: m.definition,
    roleArn: m.role_arn,
    type: m.type,
    creationDate: epochSeconds(m.created_at),
    loggingConfiguration: LOGGING_OFF,
    tracingConfiguration: TRACING_OFF,
    revisionId: m.revision_id,
    ...(m.description !== null ? { description: m.description } : {}),
  };
}
