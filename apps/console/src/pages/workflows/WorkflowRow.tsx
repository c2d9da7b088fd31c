import { Link } from 'react-router-dom';
import { listExecutions } from '../../api/executions';
import type { ExecutionStatus, Workflow } from '../../api/types';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../hooks/useAsync';
import { formatAgo } from '../../util/format';

const RECENT = 1000;

/** A workflow with its last execution and the counts of its recent executions by status. */
export function WorkflowRow({ workflow }: { workflow: Workflow }) {
  const recent = useAsync(() => listExecutions({ workflow: workflow.name, limit: RECENT }), [workflow.name]);
  const items = recent.data?.items ?? [];
  const counts = new Map<ExecutionStatus, number>();
  for (const e of items) counts.set(e.status, (counts.get(e.status) ?? 0) + 1);
  const last = items[0];
  const more = recent.data?.nextCursor ? '+' : '';
  return (
    <tr data-testid={`workflow-row-${workflow.name}`}>
      <td>
        <Link to={`/workflows/${encodeURIComponent(workflow.name)}`}>
          <strong>{workflow.name}</strong>
        </Link>
        {workflow.description && <div className="muted small">{workflow.description}</div>}
      </td>
      <td className="small">{workflow.type}</td>
      <td>
        {recent.error ? (
          <span className="inline-error">{recent.error.message}</span>
        ) : last ? (
          <Link to={`/executions/${last.id}`} className="row" style={{ textDecoration: 'none' }}>
            <StatusBadge status={last.status} />
            <span className="muted small">{formatAgo(last.startDate)}</span>
          </Link>
        ) : recent.data ? (
          <span className="muted small">never run</span>
        ) : (
          <span className="muted small">…</span>
        )}
      </td>
      <td>
        <div className="counts">
          {[...counts].map(([status, n]) => (
            <Link
              key={status}
              to={`/executions?workflow=${encodeURIComponent(workflow.name)}&status=${status}`}
              className={`badge s-${status}`}
              style={{ textDecoration: 'none' }}
              title={`${n}${more} ${status.toLowerCase()}`}
              data-testid={`count-${status}`}
            >
              {n}
              {more} {status.toLowerCase().replace('_', ' ')}
            </Link>
          ))}
        </div>
      </td>
      <td className="muted small nowrap">{formatAgo(workflow.updatedAt)}</td>
      <td className="nowrap">
        <Link className="button" to={`/workflows/${encodeURIComponent(workflow.name)}/edit`}>
          Edit
        </Link>
      </td>
    </tr>
  );
}
