import { parseExecutionArn } from '@durastep/worker';
import type { ApiDeps } from '../../api-deps.js';
import { optionalEnum, requireString, type Fields } from '../../http/fields.js';
import { findExecution } from '../../executions/find-execution.js';
import { redriveStatusOf } from '../../executions/redrive-status.js';
import { epochSeconds } from '../epoch-seconds.js';

const INCLUDED_DATA = ['ALL_DATA', 'METADATA_ONLY'] as const;

export async function describeExecutionAction(deps: ApiDeps, req: Fields) {
  const arn = requireString(req, 'executionArn', 256);
  parseExecutionArn(arn);
  const data = (optionalEnum(req, 'includedData', INCLUDED_DATA) ?? 'ALL_DATA') === 'ALL_DATA';
  const e = await findExecution(deps, arn);
  return {
    executionArn: e.arn,
    stateMachineArn: e.state_machine_arn,
    name: e.name,
    status: e.status,
    startDate: epochSeconds(e.start_date),
    ...(e.stop_date ? { stopDate: epochSeconds(e.stop_date) } : {}),
    ...(data ? { input: e.input } : {}),
    inputDetails: { included: data },
    ...(e.output !== null
      ? { ...(data ? { output: e.output } : {}), outputDetails: { included: data } }
      : {}),
    ...(e.error !== null ? { error: e.error } : {}),
    ...(e.cause !== null ? { cause: e.cause } : {}),
    redriveCount: e.redrive_count,
    ...(e.redrive_date ? { redriveDate: epochSeconds(e.redrive_date) } : {}),
    ...redriveStatusOf(e),
  };
}
