import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { listExecutions } from '../../api/executions';
import type { ExecutionStatus } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ExecutionsTable } from '../../components/ExecutionsTable';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { StartExecutionDialog } from '../../components/StartExecutionDialog';
import { useAsync } from '../../hooks/useAsync';
import { ExecutionFilters, SINCE_OPTIONS } from './ExecutionFilters';

const PAGE = 25;

/** Executions filtered by workflow, status and start time, a page at a time (newest first). */
export function ExecutionsPage() {
  const [params, setParams] = useSearchParams();
  const workflow = params.get('workflow') ?? '';
  const status = (params.get('status') ?? '') as ExecutionStatus | '';
  const since = params.get('since') ?? '';
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [starting, setStarting] = useState(false);
  const cursor = cursors[cursors.length - 1];
  useEffect(() => setCursors([undefined]), [workflow, status, since]);

  const page = useAsync(
    () => listExecutions({ workflow: workflow || undefined, status, limit: PAGE, cursor }),
    [workflow, status, cursor],
  );
  const running = page.data?.items.some((e) => e.status === 'RUNNING');
  const { reload } = page;
  useEffect(() => {
    if (!running) return;
    const t = setInterval(reload, 2000);
    return () => clearInterval(t);
  }, [running, reload]);

  const sinceMs = SINCE_OPTIONS.find((o) => o.value === since)?.ms;
  const bound = sinceMs ? Date.now() - sinceMs : undefined;
  const items = (page.data?.items ?? []).filter(
    (e) => bound === undefined || Date.parse(e.startDate) >= bound,
  );
  const olderThanBound =
    bound !== undefined && (page.data?.items ?? []).some((e) => Date.parse(e.startDate) < bound);
  const next = olderThanBound ? undefined : page.data?.nextCursor;

  const set = (key: string, value: string) =>
    setParams((p) => {
      if (value) p.set(key, value);
      else p.delete(key);
      return p;
    });

  return (
    <>
      <PageHeader title="Executions">
        <button
          type="button"
          className="primary"
          disabled={!workflow}
          title={workflow ? undefined : 'Choose a workflow first'}
          onClick={() => setStarting(true)}
        >
          Start execution
        </button>
      </PageHeader>
      <ExecutionFilters workflow={workflow} status={status} since={since} onChange={set} />
      {page.error ? (
        <ErrorState error={page.error} retry={page.reload} />
      ) : !page.data ? (
        <Loading what="Loading executions" />
      ) : items.length === 0 ? (
        <EmptyState title={workflow || status || since ? 'No execution matches' : 'No executions yet'}>
          {workflow || status || since ? (
            'Change the filters.'
          ) : (
            <>
              Start one from a <Link to="/workflows">workflow</Link>.
            </>
          )}
        </EmptyState>
      ) : (
        <ExecutionsTable items={items} />
      )}
      <nav className="pager" aria-label="Pages">
        <span className="muted small">Page {cursors.length}</span>
        <button
          type="button"
          disabled={cursors.length <= 1}
          onClick={() => setCursors((c) => c.slice(0, -1))}
        >
          ← Newer
        </button>
        <button type="button" disabled={!next} onClick={() => setCursors((c) => [...c, next])}>
          Older →
        </button>
      </nav>
      {starting && workflow && (
        <StartExecutionDialog workflow={workflow} onClose={() => setStarting(false)} />
      )}
    </>
  );
}
