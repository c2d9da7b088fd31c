import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { listExecutions } from '../../api/executions';
import { deleteWorkflow, getWorkflow } from '../../api/workflows';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ExecutionsTable } from '../../components/ExecutionsTable';
import { GraphLegend } from '../../components/graph/GraphLegend';
import { WorkflowGraph } from '../../components/graph/WorkflowGraph';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { StartExecutionDialog } from '../../components/StartExecutionDialog';
import { buildGraph } from '../../graph/build-graph';
import type { GraphNode } from '../../graph/types';
import { useAsync } from '../../hooks/useAsync';
import { formatDate } from '../../util/format';
import { StateDefinitionPanel } from './StateDefinitionPanel';

/** A workflow: its graph (click a state for its JSON), its recent executions, start one. */
export function WorkflowPage() {
  const { name = '' } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const selected = params.get('state') ?? undefined;
  const [dialog, setDialog] = useState<'start' | 'delete'>();
  const workflow = useAsync(() => getWorkflow(name), [name]);
  const recent = useAsync(() => listExecutions({ workflow: name, limit: 10 }), [name]);
  const graph = useMemo(
    () => (workflow.data ? buildGraph(workflow.data.definition) : undefined),
    [workflow.data],
  );
  const select = useCallback(
    (n: GraphNode) =>
      setParams(
        (p) => {
          p.set('state', n.id);
          return p;
        },
        { replace: true },
      ),
    [setParams],
  );

  if (workflow.error)
    return <ErrorState error={workflow.error} retry={workflow.reload} title={`Workflow ${name}`} />;
  if (!workflow.data || !graph) return <Loading what="Loading the workflow" />;
  const w = workflow.data;
  const node = graph.nodes.find((n) => n.id === selected);

  return (
    <>
      <PageHeader title={w.name} crumbs={<Link to="/workflows">Workflows</Link>}>
        <span className="muted small">{w.type}</span>
        <button type="button" className="primary" onClick={() => setDialog('start')}>
          Start execution
        </button>
        <Link className="button" to={`/workflows/${encodeURIComponent(w.name)}/edit`}>
          Edit
        </Link>
        <button type="button" className="danger" onClick={() => setDialog('delete')}>
          Delete
        </button>
      </PageHeader>
      {w.description && <p className="muted">{w.description}</p>}
      <div className="grid-2">
        <div>
          <WorkflowGraph graph={graph} selectedId={selected} onSelect={select} tall />
          <GraphLegend />
        </div>
        <StateDefinitionPanel
          node={node}
          definition={w.definition}
          onClose={() => setParams({}, { replace: true })}
        />
      </div>
      <div className="panel" style={{ marginTop: 16 }}>
        <div className="row" style={{ marginBottom: 8 }}>
          <h2 style={{ margin: 0 }}>Recent executions</h2>
          <div style={{ flex: 1 }} />
          <Link to={`/executions?workflow=${encodeURIComponent(w.name)}`}>All executions of {w.name}</Link>
        </div>
        {recent.error ? (
          <ErrorState error={recent.error} retry={recent.reload} />
        ) : !recent.data ? (
          <Loading />
        ) : recent.data.items.length === 0 ? (
          <EmptyState title="Not run yet">Start an execution to see it here.</EmptyState>
        ) : (
          <ExecutionsTable items={recent.data.items} showWorkflow={false} />
        )}
        <p className="muted small">
          Created {formatDate(w.createdAt)} · updated {formatDate(w.updatedAt)} ·{' '}
          <span className="mono">{w.arn}</span>
        </p>
      </div>
      {dialog === 'start' && <StartExecutionDialog workflow={w.name} onClose={() => setDialog(undefined)} />}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={`Delete ${w.name}?`}
          confirm="Delete workflow"
          onClose={() => setDialog(undefined)}
          onConfirm={async () => {
            await deleteWorkflow(w.name);
            navigate('/workflows');
          }}
        >
          Running executions go on until they end; the workflow can no longer be started.
        </ConfirmDialog>
      )}
    </>
  );
}
