import { parseStateMachineArn, startExecution, stopExecution, waitUntilEnded } from '@durastep/worker';
import type { ApiDeps } from '../../api-deps.js';
import { ApiError } from '../../api-error.js';
import { findExecution } from '../../executions/find-execution.js';
import { optionalString, requireString, type Fields } from '../../http/fields.js';
import { epochSeconds } from '../epoch-seconds.js';

/** AWS runs an Express execution for at most five minutes. */
const EXPRESS_LIMIT_MS = 5 * 60_000;

/**
 * StartSyncExecution (EXPRESS state machines only): starts the execution as StartExecution does and
 * answers once it finished, with its status, output or error. One still running after five minutes
 * (AWS's Express limit) is ended TIMED_OUT with States.Timeout.
 */
export async function startSyncExecutionAction(deps: ApiDeps, req: Fields) {
  const stateMachineArn = requireString(req, 'stateMachineArn', 256);
  parseStateMachineArn(stateMachineArn);
  const traceHeader = optionalString(req, 'traceHeader', 256);
  const [machine] = await deps.sql.query<{ type: string }>(
    `SELECT type FROM state_machines WHERE arn = $1 AND status = 'ACTIVE'`,
    [stateMachineArn],
  );
  if (machine && machine.type !== 'EXPRESS')
    throw new ApiError(
      'StateMachineTypeNotSupported',
      'This operation is not supported by this type of state machine',
    );
  const started = await startExecution(
    deps.db,
    deps.scope,
    { stateMachineArn, name: optionalString(req, 'name'), input: optionalString(req, 'input') },
    deps.handoff,
  );
  const arn = started.executionArn;
  if (!(await waitUntilEnded(deps.db, arn, EXPRESS_LIMIT_MS)))
    await stopExecution(deps.db, arn, 'States.Timeout', 'Express executions run at most five minutes', {
      timedOut: true,
    });
  const e = await findExecution(deps, arn);
  return {
    executionArn: e.arn,
    stateMachineArn: e.state_machine_arn,
    name: e.name,
    startDate: epochSeconds(e.start_date),
    stopDate: epochSeconds(e.stop_date ?? new Date()),
    // AWS's sync statuses are SUCCEEDED, FAILED and TIMED_OUT: a stopped one is a failure here.
    status: e.status === 'ABORTED' ? 'FAILED' : e.status,
    ...(e.error !== null ? { error: e.error } : {}),
    ...(e.cause !== null ? { cause: e.cause } : {}),
    input: e.input,
    inputDetails: { included: true },
    ...(e.output !== null ? { output: e.output, outputDetails: { included: true } } : {}),
    ...(traceHeader !== undefined ? { traceHeader } : {}),
  };
}
