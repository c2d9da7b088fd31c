import { Link } from 'react-router-dom';
import type { ExecutionSummary } from '../api/types';
import { useNow } from '../hooks/useNow';
import { durationBetween, formatAgo, formatDate, formatDuration } from '../util/format';
import { StatusBadge } from './StatusBadge';

/** Executions with their status, start and duration (ticking while they run). */
export function ExecutionsTable({
  items,
  showWorkflow = true,
}: {
  items: ExecutionSummary[];
  showWorkflow?: boolean;
}) {
  const now = useNow(items.some((e) => e.status === 'RUNNING'));
  return (
    <table className="list" aria-label="Executions">
      <thead>
        <tr>
          <th>Execution</th>
          {showWorkflow && <th>Workflow</th>}
          <th>Status</th>
          <th>Started</th>
          <th>Duration</th>
          <th>Redrives</th>
        </tr>
      </thead>
      <tbody>
        {items.map((e) => (
          <tr key={e.id} data-testid="execution-row">
            <td>
              <Link to={`/executions/${e.id}`} className="mono small">
                {e.name}
              </Link>
              {e.error && (
                <div className="small inline-error" title={e.cause ?? undefined}>
                  {e.error}
                </div>
              )}
            </td>
            {showWorkflow && (
              <td>
                <Link to={`/workflows/${encodeURIComponent(e.workflow)}`}>{e.workflow}</Link>
              </td>
            )}
            <td>
              <StatusBadge status={e.status} />
            </td>
            <td className="small nowrap" title={formatDate(e.startDate)}>
              {formatAgo(e.startDate, now)}
            </td>
            <td className="small nowrap">{formatDuration(durationBetween(e.startDate, e.stopDate, now))}</td>
            <td className="small">{e.redriveCount || ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
