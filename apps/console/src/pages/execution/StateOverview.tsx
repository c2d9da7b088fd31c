import { StatusBadge } from '../../components/StatusBadge';
import type { StateSummary } from '../../graph/state-status';
import type { HistoryAnalysis } from '../../history/analyse-history';

/** With no state selected: the states that ran, most urgent first, each a button to select it. */
export function StateOverview({
  statuses,
  analysis,
  onSelect,
}: {
  statuses: Map<string, StateSummary>;
  analysis: HistoryAnalysis;
  onSelect: (name: string, visit?: number) => void;
}) {
  const order = ['failed', 'running', 'caught', 'retried', 'succeeded'];
  const list = [...statuses.values()].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  return (
    <>
      <h2>States</h2>
      <p className="muted small">
        Click a state in the graph (or Tab to it and press Enter) for its input, output, error and data flow.{' '}
        {analysis.visits.length} state runs so far.
      </p>
      {list.length === 0 ? (
        <p className="muted">No state has run yet.</p>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.map((s) => (
            <li key={s.name} className="row" style={{ marginBottom: 4 }}>
              <StatusBadge status={s.status} />
              <button type="button" className="link" onClick={() => onSelect(s.name, s.focus?.id)}>
                {s.name}
              </button>
              {s.runs > 1 && <span className="muted small">×{s.runs}</span>}
              {s.retryCount > 0 && <span className="muted small">↻{s.retryCount}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
