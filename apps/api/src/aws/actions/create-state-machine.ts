import type { ApiDeps } from '../../api-deps.js';
import { optionalEnum, requireString, type Fields } from '../../http/fields.js';
import { readTags } from '../../state-machines/tags.js';
import { checkUnusedMembers } from './unused-members.js';
import { createStateMachine } from '../../state-machines/create-state-machine.js';
import { MACHINE_TYPES } from '../../state-machines/state-machine-row.js';
import { epochSeconds } from '../epoch-seconds.js';

export async function createStateMachineAction(deps: ApiDeps, req: Fields) {
  checkUnusedMembers(req);
  const tags = readTags(req);
  const { machine } = await createStateMachine(deps, {
    name: requireString(req, 'name'),
    definition: requireString(req, 'definition'),
    roleArn: requireString(req, 'roleArn', 256),
    type: optionalEnum(req, 'type', MACHINE_TYPES) ?? 'STANDARD',
    tags,
  });
  return { stateMachineArn: machine.arn, creationDate: epochSeconds(machine.created_at) };
}
