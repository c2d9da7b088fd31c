import type { HistoryAnalysis } from './analyse-history';
import { firstDetails } from './analyse-history';
import type { HistoryEvent, StateVisit } from './types';

/** A history event with what the table shows about it. */
export type HistoryRow = {
  event: HistoryEvent;
  /** The state run it belongs to. */
  visit?: StateVisit;
  /** Where: `Work` or, inside a Map, `Each[3]/Work`. */
  where?: string;
  failure: boolean;
  summary: string;
  /** ms since the first event */
  elapsed: number;
};

export type HistoryCategory = 'all' | 'states' | 'tasks' | 'map' | 'errors' | 'execution';
export const HISTORY_CATEGORIES: { value: HistoryCategory; label: string }[] = [
  { value: 'all', label: 'All events' },
  { value: 'states', label: 'State entered/exited' },
  { value: 'tasks', label: 'Tasks' },
  { value: 'map', label: 'Map & Parallel' },
  { value: 'errors', label: 'Failures' },
  { value: 'execution', label: 'Execution' },
];

const FAILURE = /(Failed|TimedOut|Aborted)$/;

export function historyRows(
  events: readonly HistoryEvent[],
  analysis: Pick<HistoryAnalysis, 'visits'>,
): HistoryRow[] {
  const visitOf = new Map<number, StateVisit>();
  for (const v of analysis.visits) for (const id of v.eventIds) visitOf.set(id, v);
  const t0 = events.length ? Date.parse(events[0].timestamp) : 0;
  return events.map((event) => {
    const visit = visitOf.get(event.id);
    return {
      event,
      visit,
      where: visit?.key,
      failure: FAILURE.test(event.type),
      summary: summarise(event),
      elapsed: Date.parse(event.timestamp) - t0,
    };
  });
}

function summarise(e: HistoryEvent): string {
  const d = firstDetails(e);
  if (typeof d.error === 'string') return `${d.error}${typeof d.cause === 'string' ? `: ${d.cause}` : ''}`;
  if (e.type.startsWith('MapIteration')) return `#${String(d.index)}`;
  if (e.type === 'MapStateStarted') return `${String(d.length)} items`;
  if (e.type === 'ExecutionRedriven') return `redrive ${String(d.redriveCount)}`;
  if (d.resource !== undefined && d.parameters !== undefined)
    return `${String(d.resource)} ${short(d.parameters)}`;
  for (const key of ['output', 'input', 'parameters'])
    if (d[key] !== undefined) return `${key} ${short(d[key])}`;
  if (typeof d.resource === 'string') return d.resource;
  return '';
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? '';
  return s.length > 140 ? `${s.slice(0, 139)}…` : s;
}

export type HistoryFilter = { text: string; category: HistoryCategory; state?: string };

export function filterHistory(rows: HistoryRow[], f: HistoryFilter): HistoryRow[] {
  const text = f.text.trim().toLowerCase();
  return rows.filter((r) => {
    const t = r.event.type;
    if (f.state && r.visit?.name !== f.state) return false;
    switch (f.category) {
      case 'states':
        if (!/State(Entered|Exited)$/.test(t)) return false;
        break;
      case 'tasks':
        if (!/^(Task|LambdaFunction|Activity)/.test(t) || t.startsWith('TaskState')) return false;
        break;
      case 'map':
        if (!/^(Map|Parallel)/.test(t)) return false;
        break;
      case 'errors':
        if (!r.failure) return false;
        break;
      case 'execution':
        if (!t.startsWith('Execution')) return false;
        break;
    }
    if (!text) return true;
    return (
      t.toLowerCase().includes(text) ||
      (r.where ?? '').toLowerCase().includes(text) ||
      r.summary.toLowerCase().includes(text) ||
      String(r.event.id) === text
    );
  });
}
