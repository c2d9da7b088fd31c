import { parseExecutionArn } from '@durastep/worker';
import type { ApiDeps } from '../../api-deps.js';
import {
  optionalBoolean,
  optionalInteger,
  optionalString,
  requireString,
  type Fields,
} from '../../http/fields.js';
import { findExecution } from '../../executions/find-execution.js';
import { readHistory } from '../../history/read-history.js';
import { toAwsEvent } from '../../history/to-aws-event.js';
import { MAX_PAGE_SIZE, pageSize } from '../../pagination/cursor.js';

export async function getExecutionHistoryAction(deps: ApiDeps, req: Fields) {
  const arn = requireString(req, 'executionArn', 256);
  parseExecutionArn(arn);
  const size = pageSize(optionalInteger(req, 'maxResults', 0, MAX_PAGE_SIZE));
  const reverse = optionalBoolean(req, 'reverseOrder') ?? false;
  const includeExecutionData = optionalBoolean(req, 'includeExecutionData') ?? true;
  const token = optionalString(req, 'nextToken', 3096);
  const execution = await findExecution(deps, arn);
  const page = await readHistory(deps, execution.id, { size, token, reverse });
  return {
    events: page.items.map((row) => toAwsEvent(row, { includeExecutionData })),
    ...(page.nextToken ? { nextToken: page.nextToken } : {}),
  };
}
