import type { StateSummary } from '../../graph/state-status';

/** Retries and run counts over a state node (`↻2`, `×1000`, `3✗`). */
export function NodeBadges({ summary }: { summary: StateSummary }) {
  const failed = summary.counts.failed ?? 0;
  const many = summary.runs > 1;
  if (!summary.retryCount && !many) return null;
  return (
    <div className="node-badges">
      {summary.retryCount > 0 && (
        <span
          className="retry"
          title={`${summary.retryCount} ${summary.retryCount === 1 ? 'retry' : 'retries'}`}
          data-testid="retry-count"
        >
          ↻{summary.retryCount}
        </span>
      )}
      {many && <span title={`${summary.runs} runs`}>×{summary.runs}</span>}
      {many && failed > 0 && <span title={`${failed} failed`}>{failed}✗</span>}
    </div>
  );
}
