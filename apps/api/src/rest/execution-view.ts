import type { ExecutionRow, ExecutionSummary } from '../executions/execution-row.js';
import { parseJsonText } from './workflow-view.js';

export type ExecutionSummaryView = {
  id: string;
  arn: string;
  name: string;
  workflow: string;
  stateMachineArn: string;
  status: string;
  startDate: string;
  stopDate: string | null;
  error: string | null;
  cause: string | null;
  redriveCount: number;
  redriveDate: string | null;
};
export type ExecutionView = ExecutionSummaryView & { input: unknown; output: unknown };

export function toExecutionSummaryView(e: ExecutionSummary): ExecutionSummaryView {
  return {
    id: e.id,
    arn: e.arn,
    name: e.name,
    workflow: e.state_machine_name,
    stateMachineArn: e.state_machine_arn,
    status: e.status,
    startDate: e.start_date.toISOString(),
    stopDate: e.stop_date?.toISOString() ?? null,
    error: e.error,
    cause: e.cause,
    redriveCount: e.redrive_count,
    redriveDate: e.redrive_date?.toISOString() ?? null,
  };
}

/** An execution with its input and output as JSON values (output null until it succeeded). */
export function toExecutionView(e: ExecutionRow): ExecutionView {
  return {
    ...toExecutionSummaryView(e),
    input: parseJsonText(e.input),
    output: e.output === null ? null : parseJsonText(e.output),
  };
}
