import type { ApiDeps } from '../../api-deps.js';
import { optionalInteger, optionalString, type Fields } from '../../http/fields.js';
import { MAX_PAGE_SIZE, pageSize } from '../../pagination/cursor.js';
import { listStateMachines } from '../../state-machines/list-state-machines.js';
import { epochSeconds } from '../epoch-seconds.js';

export async function listStateMachinesAction(deps: ApiDeps, req: Fields) {
  const page = await listStateMachines(deps, {
    size: pageSize(optionalInteger(req, 'maxResults', 0, MAX_PAGE_SIZE)),
    token: optionalString(req, 'nextToken', 1024),
  });
  return {
    stateMachines: page.items.map((m) => ({
      stateMachineArn: m.arn,
      name: m.name,
      type: m.type,
      creationDate: epochSeconds(m.created_at),
    })),
    ...(page.nextToken ? { nextToken: page.nextToken } : {}),
  };
}
