/** A row of `executions`, without the worker's columns (state, lease). */
export type ExecutionRow = {
  id: string;
  arn: string;
  state_machine_arn: string;
  state_machine_name: string;
  name: string;
  status: ExecutionStatus;
  input: string;
  output: string | null;
  error: string | null;
  cause: string | null;
  start_date: Date;
  stop_date: Date | null;
  redrive_count: number;
  redrive_date: Date | null;
};

export type ExecutionStatus =
  'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED' | 'PENDING_REDRIVE';
export const EXECUTION_STATUSES: readonly ExecutionStatus[] = [
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
  'TIMED_OUT',
  'ABORTED',
  'PENDING_REDRIVE',
];

/** An execution without its payloads, as lists show it. */
export type ExecutionSummary = Omit<ExecutionRow, 'input' | 'output'>;

export const EXECUTION_SUMMARY_COLUMNS = `id::text AS id, arn, state_machine_arn, state_machine_name, name, status,
  error, cause, start_date, stop_date, redrive_count, redrive_date`;
export const EXECUTION_COLUMNS = `${EXECUTION_SUMMARY_COLUMNS}, input, output`;
