import type { HistoryRow } from '../../history/history-rows';
import { formatDuration, formatTime } from '../../util/format';

type Props = { row: HistoryRow; expanded: boolean; json?: string; onToggle: (id: number) => void };

/** One event: a button row (Enter or click expands its JSON). */
export function HistoryRowView({ row, expanded, json, onToggle }: Props) {
  const e = row.event;
  return (
    <div
      className={`history-row${row.failure ? ' failure' : ''}${expanded ? ' expanded' : ''}`}
      data-testid="history-row"
      data-type={e.type}
    >
      <button
        type="button"
        className="cells"
        aria-expanded={expanded}
        onClick={() => onToggle(e.id)}
        onKeyDown={(k) => k.key === 'Escape' && expanded && onToggle(e.id)}
      >
        <span className="mono small">{e.id}</span>
        <span className="small" title={e.timestamp}>
          {formatTime(e.timestamp)}
          <span className="muted"> +{formatDuration(row.elapsed)}</span>
        </span>
        <span className="etype">{e.type}</span>
        <span className="mono small" title={row.where}>
          {row.where ?? ''}
        </span>
        <span className="mono small muted" title={row.summary}>
          {row.summary}
        </span>
      </button>
      {expanded && json !== undefined && (
        <pre className="json" tabIndex={0} aria-label={`Event ${e.id} JSON`}>
          {json}
        </pre>
      )}
    </div>
  );
}
