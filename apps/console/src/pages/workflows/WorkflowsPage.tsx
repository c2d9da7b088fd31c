import { Link, useSearchParams } from 'react-router-dom';
import { listAllWorkflows } from '../../api/workflows';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useAsync } from '../../hooks/useAsync';
import { WorkflowRow } from './WorkflowRow';

/** Workflows: search, type, last execution and counts by status. */
export function WorkflowsPage() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const type = params.get('type') ?? '';
  const workflows = useAsync(listAllWorkflows, []);
  const set = (key: string, value: string) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );

  const shown = (workflows.data ?? []).filter(
    (w) =>
      (!type || w.type === type) &&
      (!search || `${w.name} ${w.description ?? ''}`.toLowerCase().includes(search.toLowerCase())),
  );

  return (
    <>
      <PageHeader title="Workflows">
        <Link className="button primary" to="/workflows/new">
          New workflow
        </Link>
      </PageHeader>
      <div className="toolbar">
        <label className="field">
          Search
          <input
            type="search"
            value={search}
            placeholder="Name or description"
            onChange={(e) => set('q', e.target.value)}
          />
        </label>
        <label className="field">
          Type
          <select value={type} onChange={(e) => set('type', e.target.value)}>
            <option value="">Any</option>
            <option value="STANDARD">Standard</option>
            <option value="EXPRESS">Express</option>
          </select>
        </label>
      </div>
      {workflows.error ? (
        <ErrorState error={workflows.error} retry={workflows.reload} />
      ) : !workflows.data ? (
        <Loading what="Loading workflows" />
      ) : workflows.data.length === 0 ? (
        <EmptyState title="No workflows yet">
          Write one in Amazon States Language: <Link to="/workflows/new">create a workflow</Link>.
        </EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState title="No workflow matches">Change the search or the type.</EmptyState>
      ) : (
        <table className="list" aria-label="Workflows">
          <thead>
            <tr>
              <th>Name</th>
              <th>Type</th>
              <th>Last execution</th>
              <th>Executions by status</th>
              <th>Updated</th>
              <th>
                <span className="skip-link">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((w) => (
              <WorkflowRow key={w.name} workflow={w} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
