import { parseStateMachineArn } from '@durastep/worker';
import type { ApiDeps } from '../../api-deps.js';
import { requireString, type Fields } from '../../http/fields.js';
import { deleteStateMachine } from '../../state-machines/delete-state-machine.js';

/** AWS answers DeleteStateMachine of an unknown machine with success, as here. */
export async function deleteStateMachineAction(deps: ApiDeps, req: Fields) {
  const arn = requireString(req, 'stateMachineArn', 256);
  parseStateMachineArn(arn);
  await deleteStateMachine(deps, arn);
  return {};
}
