import { useMemo } from 'react';
import { JsonView } from '../../components/JsonView';
import { StatusBadge } from '../../components/StatusBadge';
import { statusOf, type StateSummary } from '../../graph/state-status';
import type { WorkflowGraph } from '../../graph/types';
import type { HistoryAnalysis } from '../../history/analyse-history';
import { dataFlowSteps } from '../../history/data-flow';
import { durationBetween, formatDate, formatDuration } from '../../util/format';
import { DataFlowSteps } from './DataFlowSteps';
import { FailureDetails } from './FailureDetails';
import { StateOverview } from './StateOverview';

type Props = {
  name?: string;
  visitId?: number;
  statuses: Map<string, StateSummary>;
  analysis: HistoryAnalysis;
  definition?: Record<string, unknown>;
  graph?: WorkflowGraph;
  /** Select a state (and one of its runs); undefined closes the panel. */
  onSelect: (name: string | undefined, visitId?: number) => void;
  onShowEvents: () => void;
};

/** The selected state in this execution: status, the run shown, its error and cause, input, output, data flow. */
export function StatePanel({
  name,
  visitId,
  statuses,
  analysis,
  definition,
  graph,
  onSelect,
  onShowEvents,
}: Props) {
  const onClose = () => onSelect(undefined);
  const runs = useMemo(() => (name ? analysis.visits.filter((v) => v.name === name) : []), [analysis, name]);
  if (!name)
    return (
      <aside className="panel state-panel" aria-label="Selected state">
        <StateOverview statuses={statuses} onSelect={onSelect} analysis={analysis} />
      </aside>
    );
  const summary = statusOf(statuses, name);
  const visit = runs.find((v) => v.id === visitId) ?? summary.focus ?? runs[runs.length - 1];
  const node = graph?.nodes.find((n) => n.stateName === name && n.kind === 'state');
  const stateType = node?.stateType ?? visit?.stateType;
  const language = definition?.QueryLanguage === 'JSONata' ? 'JSONata' : 'JSONPath';
  return (
    <aside
      className="panel state-panel"
      aria-label="Selected state"
      data-testid="state-panel"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div className="row">
        <h2 style={{ margin: 0 }} data-testid="selected-state">
          {name}
        </h2>
        <span className="muted small">{stateType}</span>
        <StatusBadge status={summary.status} />
        <div style={{ flex: 1 }} />
        <button type="button" className="icon" onClick={onClose} aria-label="Close the state">
          ✕
        </button>
      </div>
      <p className="small muted" style={{ margin: '6px 0' }}>
        {summary.runs === 0
          ? 'Not reached in this execution.'
          : `${summary.runs} ${summary.runs === 1 ? 'run' : 'runs'}`}
        {summary.retryCount > 0 &&
          ` · ${summary.retryCount} ${summary.retryCount === 1 ? 'retry' : 'retries'}`}
        {Object.entries(summary.counts).length > 1 &&
          ` · ${Object.entries(summary.counts)
            .map(([s, n]) => `${n} ${s}`)
            .join(', ')}`}
      </p>
      {runs.length > 1 && visit && (
        <label className="field">
          Run shown
          <select value={visit.id} onChange={(e) => onSelect(name, Number(e.target.value))}>
            {runs.map((v) => (
              <option key={v.id} value={v.id}>
                {v.key} · {v.status}
                {v.redrive ? ` · redrive ${v.redrive}` : ''} · event {v.id}
              </option>
            ))}
          </select>
        </label>
      )}
      {visit && (
        <>
          <dl className="kv" style={{ marginTop: 8 }}>
            <dt>Status</dt>
            <dd>
              <StatusBadge status={visit.status} />
            </dd>
            <dt>Entered</dt>
            <dd>{formatDate(visit.enteredAt)}</dd>
            <dt>Duration</dt>
            <dd>
              {visit.endedAt ? formatDuration(durationBetween(visit.enteredAt, visit.endedAt)) : 'running'}
            </dd>
            {visit.attempts > 0 && (
              <>
                <dt>Attempts</dt>
                <dd>{visit.attempts}</dd>
              </>
            )}
          </dl>
          {visit.failures.length > 0 && <FailureDetails failures={visit.failures} />}
          <h3>Input</h3>
          <JsonView value={visit.input} label="State input" maxHeight={220} />
          <h3>Output</h3>
          {visit.output !== undefined ? (
            <JsonView value={visit.output} label="State output" maxHeight={220} />
          ) : (
            <p className="muted small">No output{visit.status === 'running' ? ' yet' : ''}.</p>
          )}
          <h3>Data flow</h3>
          <DataFlowSteps steps={dataFlowSteps(node?.definition, visit, language)} />
          <p>
            <button type="button" className="link" onClick={onShowEvents}>
              Show this state's events
            </button>
          </p>
        </>
      )}
      {node?.definition && (
        <details>
          <summary className="small muted">State definition</summary>
          <JsonView value={node.definition} label={`${name} definition`} maxHeight={260} />
        </details>
      )}
    </aside>
  );
}
