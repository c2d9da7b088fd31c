import { parseStateMachineArn } from '@durastep/worker';
import type { ApiDeps } from '../../api-deps.js';
import { ApiError } from '../../api-error.js';
import { optionalString, requireString, type Fields } from '../../http/fields.js';
import { updateStateMachine } from '../../state-machines/update-state-machine.js';
import { checkUnusedMembers } from './unused-members.js';
import { epochSeconds } from '../epoch-seconds.js';

export async function updateStateMachineAction(deps: ApiDeps, req: Fields) {
  const arn = requireString(req, 'stateMachineArn', 256);
  parseStateMachineArn(arn);
  checkUnusedMembers(req);
  const definition = optionalString(req, 'definition');
  const roleArn = optionalString(req, 'roleArn', 256);
  if (
    definition === undefined &&
    roleArn === undefined &&
    req.loggingConfiguration === undefined &&
    req.tracingConfiguration === undefined
  ) {
    throw new ApiError(
      'MissingRequiredParameter',
      'Either the definition, the roleArn, the loggingConfiguration or the tracingConfiguration must be specified',
    );
  }
  const m = await updateStateMachine(deps, arn, { definition, roleArn });
  return { updateDate: epochSeconds(m.updated_at), revisionId: m.revision_id };
}
