import { Link } from 'react-router-dom';
import { listExecutions } from '../../api/executions';
import type { Execution } from '../../api/types';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../hooks/useAsync';
import { rerunOf } from './rerun-name';

/** "Re-run of #12" on a re-run; the list of re-runs on an execution that was re-run. */
export function RerunLinks({ execution, from }: { execution: Execution; from?: string }) {
  const original = from ?? rerunOf(execution.name);
  const prefix = `rerun-${execution.id}-`;
  const reruns = useAsync(
    () => listExecutions({ workflow: execution.workflow, limit: 1000 }),
    [execution.workflow, execution.id],
  );
  const mine = (reruns.data?.items ?? []).filter((e) => e.name.startsWith(prefix));
  if (!original && mine.length === 0) return null;
  return (
    <div className="note" role="note" data-testid="rerun-note">
      {original && (
        <div>
          Re-run of <Link to={`/executions/${original}`}>execution #{original}</Link>, with its input.
        </div>
      )}
      {mine.length > 0 && (
        <div className="row">
          Re-runs of this execution:
          {mine.map((e) => (
            <Link
              key={e.id}
              to={`/executions/${e.id}?from=${execution.id}`}
              className="row"
              style={{ gap: 4 }}
            >
              #{e.id} <StatusBadge status={e.status} />
            </Link>
          ))}
        </div>
      )}
    </div>
  );
}
