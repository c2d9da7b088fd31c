import { parseStateMachineArn } from '@durastep/worker';
import type { ApiDeps } from '../../api-deps.js';
import { ApiError } from '../../api-error.js';
import { optionalEnum, optionalInteger, optionalString, type Fields } from '../../http/fields.js';
import { EXECUTION_STATUSES } from '../../executions/execution-row.js';
import { listExecutions } from '../../executions/list-executions.js';
import { MAX_PAGE_SIZE, pageSize } from '../../pagination/cursor.js';
import { findStateMachine } from '../../state-machines/find-state-machine.js';
import { epochSeconds } from '../epoch-seconds.js';

const REDRIVE_FILTERS = ['REDRIVEN', 'NOT_REDRIVEN'] as const;

/** Newest first; without stateMachineArn, all executions (AWS requires one of it or mapRunArn). */
export async function listExecutionsAction(deps: ApiDeps, req: Fields) {
  const stateMachineArn = optionalString(req, 'stateMachineArn', 256);
  const mapRunArn = optionalString(req, 'mapRunArn', 2000);
  const status = optionalEnum(req, 'statusFilter', EXECUTION_STATUSES);
  const redrive = optionalEnum(req, 'redriveFilter', REDRIVE_FILTERS);
  const size = pageSize(optionalInteger(req, 'maxResults', 0, MAX_PAGE_SIZE));
  const token = optionalString(req, 'nextToken', 3096);
  if (mapRunArn !== undefined)
    throw new ApiError('ResourceNotFound', `Map Run Does Not Exist: '${mapRunArn}'`);
  if (stateMachineArn !== undefined) {
    parseStateMachineArn(stateMachineArn);
    await findStateMachine(deps, stateMachineArn);
  }
  const redriven = redrive === undefined ? undefined : redrive === 'REDRIVEN';
  const page = await listExecutions(deps, { stateMachineArn, status, redriven }, { size, token });
  return {
    executions: page.items.map((e) => ({
      executionArn: e.arn,
      stateMachineArn: e.state_machine_arn,
      name: e.name,
      status: e.status,
      startDate: epochSeconds(e.start_date),
      ...(e.stop_date ? { stopDate: epochSeconds(e.stop_date) } : {}),
      redriveCount: e.redrive_count,
      ...(e.redrive_date ? { redriveDate: epochSeconds(e.redrive_date) } : {}),
    })),
    ...(page.nextToken ? { nextToken: page.nextToken } : {}),
  };
}
