import type { ExecutionRow } from './execution-row.js';

export type RedriveStatus = { redriveStatus: 'REDRIVABLE' | 'NOT_REDRIVABLE'; redriveStatusReason?: string };

/** Whether RedriveExecution would accept this execution, as DescribeExecution reports it. */
export function redriveStatusOf(row: Pick<ExecutionRow, 'status'>): RedriveStatus {
  switch (row.status) {
    case 'FAILED':
    case 'TIMED_OUT':
    case 'ABORTED':
      return { redriveStatus: 'REDRIVABLE' };
    case 'RUNNING':
    case 'SUCCEEDED':
    case 'PENDING_REDRIVE':
      return {
        redriveStatus: 'NOT_REDRIVABLE',
        redriveStatusReason: `Execution is ${row.status} and cannot be redriven`,
      };
  }
}
