import { useCallback, useMemo, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { VirtualList } from '../../components/VirtualList';
import type { HistoryAnalysis } from '../../history/analyse-history';
import {
  filterHistory,
  HISTORY_CATEGORIES,
  historyRows,
  type HistoryCategory,
} from '../../history/history-rows';
import type { HistoryEvent } from '../../history/types';
import { useDebounced } from '../../hooks/useDebounced';
import { prettyJson } from '../../util/format';
import { HistoryRowView } from './HistoryRowView';

const ROW = 31;
const LINE = 17;
const MAX_LINES = 24;

type Props = {
  events: HistoryEvent[];
  analysis: HistoryAnalysis;
  /** Only this state's events, when set. */
  state?: string;
  focusEvent?: number;
  onFocusEvent: (id: number | undefined) => void;
  onClearState: () => void;
};

/** The event history: filterable, virtualised (10,000 events scroll smoothly), rows expand to their JSON. */
export function HistoryTable({ events, analysis, state, focusEvent, onFocusEvent, onClearState }: Props) {
  const [text, setText] = useState('');
  const [category, setCategory] = useState<HistoryCategory>('all');
  const [onlyState, setOnlyState] = useState(true);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const query = useDebounced(text, 150);
  const all = useMemo(() => historyRows(events, analysis), [events, analysis]);
  const rows = useMemo(
    () => filterHistory(all, { text: query, category, state: onlyState ? state : undefined }),
    [all, query, category, state, onlyState],
  );
  const json = useMemo(() => new Map<number, string>(), [events]);
  const jsonOf = useCallback(
    (e: HistoryEvent) => {
      let s = json.get(e.id);
      if (s === undefined) {
        s = prettyJson(e);
        json.set(e.id, s);
      }
      return s;
    },
    [json],
  );
  const height = useCallback(
    (i: number) => {
      const e = rows[i].event;
      if (!expanded.has(e.id)) return ROW;
      const lines = Math.min(jsonOf(e).split('\n').length, MAX_LINES);
      return ROW + lines * LINE + 30;
    },
    [rows, expanded, jsonOf],
  );
  const toggle = useCallback(
    (id: number) => {
      setExpanded((s) => {
        const next = new Set(s);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      onFocusEvent(id);
    },
    [onFocusEvent],
  );
  const focusIndex = focusEvent === undefined ? undefined : rows.findIndex((r) => r.event.id === focusEvent);

  return (
    <section aria-label="Event history" data-testid="history">
      <div className="toolbar">
        <label className="field">
          Filter
          <input
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="type, state, error, id…"
            aria-label="Filter events"
          />
        </label>
        <label className="field">
          Events
          <select value={category} onChange={(e) => setCategory(e.target.value as HistoryCategory)}>
            {HISTORY_CATEGORIES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        {state && (
          <label className="row small" style={{ alignSelf: 'center' }}>
            <input type="checkbox" checked={onlyState} onChange={(e) => setOnlyState(e.target.checked)} />
            Only state <strong>{state}</strong>
            <button type="button" className="link small" onClick={onClearState}>
              (clear)
            </button>
          </label>
        )}
        <span className="muted small" style={{ alignSelf: 'center' }}>
          {rows.length} of {all.length} events
        </span>
        {expanded.size > 0 && (
          <button type="button" onClick={() => setExpanded(new Set())} style={{ alignSelf: 'center' }}>
            Collapse all
          </button>
        )}
      </div>
      {rows.length === 0 ? (
        <EmptyState title={all.length === 0 ? 'No events yet' : 'No event matches'}>
          {all.length > 0 && 'Change the filter.'}
        </EmptyState>
      ) : (
        <>
          <div className="history-head" aria-hidden="true">
            <span>Id</span>
            <span>Time</span>
            <span>Type</span>
            <span>State</span>
            <span>Details</span>
          </div>
          <VirtualList
            count={rows.length}
            height={height}
            viewport={520}
            label="Events"
            scrollTo={focusIndex !== undefined && focusIndex >= 0 ? focusIndex : undefined}
            render={(i) => (
              <HistoryRowView
                row={rows[i]}
                expanded={expanded.has(rows[i].event.id)}
                json={expanded.has(rows[i].event.id) ? jsonOf(rows[i].event) : undefined}
                onToggle={toggle}
              />
            )}
          />
        </>
      )}
    </section>
  );
}
