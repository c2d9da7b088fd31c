import type { TimelineRow } from '../../history/timeline';
import type { StateVisit } from '../../history/types';
import { formatDuration } from '../../util/format';

type Props = {
  row: TimelineRow;
  span: { start: number; end: number };
  now: number;
  selected: boolean;
  onToggle: (id: string) => void;
  onSelect: (v: StateVisit) => void;
};

const COLOUR: Record<string, string> = {
  running: 'var(--st-running)',
  succeeded: 'var(--st-succeeded)',
  failed: 'var(--st-failed)',
  caught: 'var(--st-caught)',
  retried: 'var(--st-retried)',
  aborted: 'var(--st-aborted)',
};

export function TimelineRowView({ row, span, now, selected, onToggle, onSelect }: Props) {
  const total = span.end - span.start;
  const end = row.end ?? now;
  const left = ((row.start - span.start) / total) * 100;
  const width = Math.max(((end - row.start) / total) * 100, 0.15);
  const select = () => (row.visit ? onSelect(row.visit) : row.expandable && onToggle(row.id));
  return (
    <div
      className={`timeline-row${selected ? ' selected' : ''}`}
      style={{ '--s': COLOUR[row.status] } as React.CSSProperties}
      onClick={select}
      data-testid="timeline-row"
      data-status={row.status}
    >
      <div className="tl-label" style={{ paddingLeft: 6 + row.depth * 16 }}>
        {row.expandable ? (
          <button
            type="button"
            className="fold"
            aria-expanded={row.expanded}
            aria-label={`${row.expanded ? 'Fold' : 'Unfold'} ${row.label} (${row.childCount})`}
            onClick={(e) => {
              e.stopPropagation();
              onToggle(row.id);
            }}
          >
            {row.expanded ? '▾' : '▸'}
          </button>
        ) : (
          <span style={{ width: 20, display: 'inline-block' }} />
        )}
        {row.visit ? (
          <button
            type="button"
            className="link"
            style={{ textDecoration: 'none', color: 'inherit' }}
            onClick={(e) => (e.stopPropagation(), select())}
          >
            {row.label}
          </button>
        ) : (
          <span className="muted">{row.label}</span>
        )}
        {row.expandable && !row.expanded && <span className="muted small">({row.childCount})</span>}
      </div>
      <div className="tl-track">
        <div
          className={`bar ${row.kind === 'iteration' ? 'iteration' : ''} ${row.end === undefined ? 'running' : ''}`}
          style={{ left: `${left}%`, width: `${width}%` }}
          title={`${row.label}: ${row.status}`}
        />
        <span className="dur" style={{ left: `${Math.min(left + width, 100)}%` }}>
          {formatDuration(end - row.start)}
          {row.end === undefined ? '…' : ''}
        </span>
      </div>
    </div>
  );
}
