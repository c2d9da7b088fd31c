import { useCallback, useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { definitionForExecution } from '../../api/executions';
import { ErrorState } from '../../components/ErrorState';
import { GraphLegend } from '../../components/graph/GraphLegend';
import { WorkflowGraph } from '../../components/graph/WorkflowGraph';
import { Loading } from '../../components/Loading';
import { Tabs } from '../../components/Tabs';
import { buildGraph } from '../../graph/build-graph';
import { stateStatuses } from '../../graph/state-status';
import type { GraphNode } from '../../graph/types';
import { useAsync } from '../../hooks/useAsync';
import { useLiveExecution } from '../../hooks/useLiveExecution';
import { ExecutionHeader } from './ExecutionHeader';
import { ExecutionIO } from './ExecutionIO';
import { FailureBanner } from './FailureBanner';
import { HistoryTable } from './HistoryTable';
import { RerunLinks } from './RerunLinks';
import { StatePanel } from './StatePanel';
import { Timeline } from './Timeline';

const TABS = [
  { id: 'timeline', label: 'Timeline' },
  { id: 'history', label: 'Event history' },
  { id: 'io', label: 'Input & output' },
];

/**
 * An execution: its graph coloured by state status (live while it runs), the selected state's
 * data, a timeline, the event history, and redrive / re-run for failures.
 * URL: /executions/:id?state=<name>&visit=<event id>&tab=timeline|history|io&from=<id>
 */
export function ExecutionPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const live = useLiveExecution(id);
  const { execution, analysis, events } = live;
  const arn = execution?.arn;
  const machine = useAsync(() => (arn ? definitionForExecution(arn) : Promise.resolve(undefined)), [arn]);
  const definition = useMemo(() => parse(machine.data?.definition), [machine.data]);
  const graph = useMemo(() => (definition ? buildGraph(definition) : undefined), [definition]);
  const statuses = useMemo(() => stateStatuses(analysis), [analysis]);

  const selected = params.get('state') ?? undefined;
  const visitId = params.get('visit') ? Number(params.get('visit')) : undefined;
  const tab = params.get('tab') ?? 'timeline';
  const [focusEvent, setFocusEvent] = useState<number>();
  const update = useCallback(
    (changes: Record<string, string | undefined>) =>
      setParams(
        (p) => {
          for (const [k, v] of Object.entries(changes)) {
            if (v === undefined) p.delete(k);
            else p.set(k, v);
          }
          return p;
        },
        { replace: true },
      ),
    [setParams],
  );
  const selectState = useCallback(
    (name: string | undefined, visit?: number) =>
      update({ state: name, visit: visit === undefined ? undefined : String(visit) }),
    [update],
  );
  const onNode = useCallback((n: GraphNode) => selectState(n.stateName), [selectState]);

  if (live.error && !execution)
    return <ErrorState error={live.error} retry={live.refresh} title={`Execution ${id}`} />;
  if (!execution) return <Loading what="Loading the execution" />;
  const endStatus =
    execution.status === 'SUCCEEDED'
      ? 'reached'
      : ['FAILED', 'TIMED_OUT', 'ABORTED'].includes(execution.status)
        ? 'failed'
        : undefined;

  return (
    <>
      <ExecutionHeader
        execution={execution}
        live={live.live}
        onChanged={live.refresh}
        definition={machine.data?.definition}
      />
      <RerunLinks execution={execution} from={params.get('from') ?? undefined} />
      {live.error && (
        <p className="inline-error" role="alert">
          Lost contact with the service ({live.error.message}); trying again…
        </p>
      )}
      <FailureBanner execution={execution} analysis={analysis} onSelect={selectState} />
      <div className="grid-2">
        <div>
          {machine.error ? (
            <ErrorState error={machine.error} retry={machine.reload} title="Could not load the definition" />
          ) : graph ? (
            <WorkflowGraph
              graph={graph}
              statuses={statuses}
              selectedId={selected}
              onSelect={onNode}
              endStatus={endStatus}
              tall
              label="Execution graph"
            />
          ) : (
            <Loading what="Loading the definition" />
          )}
          <GraphLegend statuses />
        </div>
        <StatePanel
          name={selected}
          visitId={visitId}
          statuses={statuses}
          analysis={analysis}
          definition={definition}
          graph={graph}
          onSelect={selectState}
          onShowEvents={() => update({ tab: 'history' })}
        />
      </div>
      <Tabs
        tabs={TABS.map((t) => (t.id === 'history' ? { ...t, label: `Event history (${events.length})` } : t))}
        active={tab}
        onChange={(t) => update({ tab: t })}
        label="Execution details"
      />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'timeline' && (
          <Timeline
            analysis={analysis}
            live={live.live}
            selectedVisit={visitId}
            onSelect={(v) => selectState(v.name, v.id)}
          />
        )}
        {tab === 'history' && (
          <HistoryTable
            events={events}
            analysis={analysis}
            state={selected}
            focusEvent={focusEvent}
            onFocusEvent={setFocusEvent}
            onClearState={() => selectState(undefined)}
          />
        )}
        {tab === 'io' && <ExecutionIO execution={execution} />}
      </div>
    </>
  );
}

function parse(text: string | undefined): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
