import { analyseHistory, type HistoryAnalysis } from '../history/analyse-history';
import type { HistoryEvent, StateVisit, VisitStatus } from '../history/types';

/** How a state fared in an execution, for colouring its node. */
export type StateStatus = 'notReached' | VisitStatus;

export type StateSummary = {
  name: string;
  status: StateStatus;
  /** Retries over its latest runs (a task attempted 3 times: 2). */
  retryCount: number;
  /** Every run of the state (loops, Map iterations, redrives). */
  runs: number;
  /** Latest runs by status (one per place it runs: a Map's items count one each). */
  counts: Partial<Record<VisitStatus, number>>;
  /** The run to show when the state is selected: a failing one first, else the latest. */
  focus?: StateVisit;
};

/** Which status wins when a state ran several times at once (Map items): the most urgent. */
const PRECEDENCE: VisitStatus[] = ['running', 'failed', 'caught', 'retried', 'succeeded'];

/**
 * History events → a status per state name. For each place a state runs (its key, e.g. `Each[3]/Work`)
 * the latest run counts — so a redriven state that now succeeded is green, and a loop shows its last
 * pass; a state that ran in many Map iterations shows the most urgent status, with counts.
 */
export function stateStatuses(events: readonly HistoryEvent[] | HistoryAnalysis): Map<string, StateSummary> {
  const { visits } = Array.isArray(events) ? analyseHistory(events) : (events as HistoryAnalysis);
  const latestByKey = new Map<string, StateVisit>();
  const runs = new Map<string, number>();
  for (const v of visits) {
    latestByKey.set(v.key, v);
    runs.set(v.name, (runs.get(v.name) ?? 0) + 1);
  }
  const latest = new Map<string, StateVisit[]>();
  for (const v of latestByKey.values()) {
    const list = latest.get(v.name) ?? [];
    list.push(v);
    latest.set(v.name, list);
  }
  const out = new Map<string, StateSummary>();
  for (const [name, list] of latest) {
    const counts: Partial<Record<VisitStatus, number>> = {};
    let retryCount = 0;
    for (const v of list) {
      counts[v.status] = (counts[v.status] ?? 0) + 1;
      retryCount += Math.max(0, v.attempts - 1);
    }
    const status = PRECEDENCE.find((s) => counts[s]) ?? 'succeeded';
    const focus =
      [...list].reverse().find((v) => v.status === 'failed') ??
      [...list].reverse().find((v) => v.status === status) ??
      list[list.length - 1];
    out.set(name, { name, status, retryCount, runs: runs.get(name) ?? list.length, counts, focus });
  }
  return out;
}

/** The summary for a state, `notReached` when it never ran. */
export function statusOf(statuses: Map<string, StateSummary>, name: string | undefined): StateSummary {
  const found = name !== undefined ? statuses.get(name) : undefined;
  return found ?? { name: name ?? '', status: 'notReached', retryCount: 0, runs: 0, counts: {} };
}

export const STATUS_LABELS: Record<StateStatus, string> = {
  notReached: 'Not reached',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  caught: 'Caught',
  retried: 'Succeeded after retry',
};
