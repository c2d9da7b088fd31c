import type { Execution } from '../../api/types';
import type { HistoryAnalysis } from '../../history/analyse-history';
import { prettyCause } from '../../util/format';

/** Why the execution failed, and the state it failed in (a button that selects it). */
export function FailureBanner({
  execution,
  analysis,
  onSelect,
}: {
  execution: Execution;
  analysis: HistoryAnalysis;
  onSelect: (name: string, visit?: number) => void;
}) {
  if (!['FAILED', 'TIMED_OUT', 'ABORTED'].includes(execution.status)) return null;
  const failed = [...analysis.visits].reverse().find((v) => v.status === 'failed' && v.failures.length > 0);
  return (
    <section className="failure-banner" aria-label="Failure" data-testid="failure-banner">
      <div className="row">
        <strong>
          {execution.status === 'ABORTED'
            ? 'Stopped'
            : execution.status === 'TIMED_OUT'
              ? 'Timed out'
              : 'Failed'}
        </strong>
        {execution.error && <span className="mono">{execution.error}</span>}
        {failed && (
          <>
            <span className="muted">in state</span>
            <button type="button" className="link" onClick={() => onSelect(failed.name, failed.id)}>
              {failed.key}
            </button>
          </>
        )}
      </div>
      {execution.cause && <pre>{prettyCause(execution.cause)}</pre>}
    </section>
  );
}
