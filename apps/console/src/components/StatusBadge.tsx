import { STATUS_LABELS, type StateStatus } from '../graph/state-status';

const EXECUTION_LABELS: Record<string, string> = {
  RUNNING: 'Running',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
  TIMED_OUT: 'Timed out',
  ABORTED: 'Aborted',
  PENDING_REDRIVE: 'Pending redrive',
  aborted: 'Aborted',
};

/** An execution status (RUNNING…) or a state status (succeeded…) as a coloured pill. */
export function StatusBadge({ status }: { status: string }) {
  const label = EXECUTION_LABELS[status] ?? STATUS_LABELS[status as StateStatus] ?? status;
  return (
    <span className={`badge s-${status}`} data-status={status}>
      {label}
    </span>
  );
}
