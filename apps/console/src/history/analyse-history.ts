import type { EventContext, HistoryEvent, MapIteration, StateVisit } from './types';

/**
 * Reads a history into state visits and Map iterations. Events of a Parallel branch or a Map
 * iteration interleave with others; each event's `previousEventId` leads back along its own
 * thread, which is how an event is tied to the state (and iteration) it belongs to:
 *
 * - `…StateEntered` opens a visit inside the context of its previous event;
 * - `…StateExited` closes it (succeeded, retried after failed attempts, or caught after a failure);
 * - task events count attempts and failures; `…StateFailed`, `MapIterationFailed` and the
 *   execution's end close what is still open as failed.
 */
export type HistoryAnalysis = {
  visits: StateVisit[];
  iterations: MapIteration[];
  /** By event id. */
  contexts: Map<number, EventContext>;
  /** The execution's end event type, if it ended. */
  ended?: string;
};

const SCHEDULED = new Set(['TaskScheduled', 'LambdaFunctionScheduled', 'ActivityScheduled']);
const TASK_SUCCEEDED = new Set(['TaskSucceeded', 'LambdaFunctionSucceeded', 'ActivitySucceeded']);
const TASK_FAILED = new Set([
  'TaskFailed',
  'TaskTimedOut',
  'TaskStartFailed',
  'TaskSubmitFailed',
  'LambdaFunctionFailed',
  'LambdaFunctionTimedOut',
  'LambdaFunctionStartFailed',
  'LambdaFunctionScheduleFailed',
  'ActivityFailed',
  'ActivityTimedOut',
  'ActivityScheduleFailed',
]);
const EXECUTION_END = new Set([
  'ExecutionSucceeded',
  'ExecutionFailed',
  'ExecutionAborted',
  'ExecutionTimedOut',
]);

type Open = StateVisit & { lastOutcome?: 'succeeded' | 'failed'; open: boolean; parentCtx: EventContext };

export function analyseHistory(events: readonly HistoryEvent[]): HistoryAnalysis {
  const visits: Open[] = [];
  const byId = new Map<number, Open>();
  const open = new Set<Open>();
  const iterations: MapIteration[] = [];
  const iterationOf = new Map<string, MapIteration>();
  const contexts = new Map<number, EventContext>();
  let redrive = 0;
  let ended: string | undefined;

  const closeOpen = (status: 'failed', at: string, within?: (v: Open) => boolean) => {
    for (const v of open) {
      if (within && !within(v)) continue;
      open.delete(v);
      v.open = false;
      v.endedAt = at;
      v.status = status;
    }
  };
  const isInside = (v: Open, ancestorId: number, iteration?: number): boolean => {
    let cur: Open | undefined = v;
    while (cur?.parentId !== undefined) {
      if (cur.parentId === ancestorId)
        return iteration === undefined || cur.parentCtx.iteration === iteration;
      cur = byId.get(cur.parentId);
    }
    return false;
  };

  for (const e of events) {
    const prev = contexts.get(e.previousEventId) ?? {};
    let ctx: EventContext = prev;
    const current = prev.visitId !== undefined ? byId.get(prev.visitId) : undefined;
    const type = e.type;

    if (type.endsWith('StateEntered')) {
      const d = details(e, 'stateEnteredEventDetails');
      const name = String(d.name ?? '?');
      const parent = current;
      const iteration = prev.iteration;
      const key = `${parent ? `${parent.key}${iteration !== undefined ? `[${iteration}]` : ''}/` : ''}${name}`;
      const visit: Open = {
        id: e.id,
        name,
        stateType: type.slice(0, -'StateEntered'.length),
        parentId: parent?.id,
        iteration,
        key,
        depth: parent ? parent.depth + 1 : 0,
        redrive,
        enteredAt: e.timestamp,
        input: d.input,
        attempts: 0,
        failures: [],
        status: 'running',
        eventIds: [e.id],
        open: true,
        parentCtx: prev,
      };
      visits.push(visit);
      byId.set(e.id, visit);
      open.add(visit);
      ctx = { visitId: e.id };
    } else if (type.endsWith('StateExited') || type.endsWith('StateAborted')) {
      const d = details(e, 'stateExitedEventDetails');
      const visit = findOpen(current, String(d.name ?? current?.name ?? ''), byId);
      if (visit) {
        visit.eventIds.push(e.id);
        visit.open = false;
        open.delete(visit);
        visit.endedAt = e.timestamp;
        if (type.endsWith('StateAborted')) visit.status = 'failed';
        else {
          visit.output = d.output;
          visit.status =
            visit.lastOutcome === 'failed' ? 'caught' : visit.failures.length > 0 ? 'retried' : 'succeeded';
        }
        ctx = visit.parentCtx;
      }
    } else if (type === 'MapIterationStarted') {
      const d = details(e, 'mapIterationStartedEventDetails');
      const index = Number(d.index ?? 0);
      if (current) {
        const it: MapIteration = { mapVisitId: current.id, index, startedAt: e.timestamp, status: 'running' };
        iterations.push(it);
        iterationOf.set(`${current.id}:${index}`, it);
        current.eventIds.push(e.id);
      }
      ctx = { visitId: prev.visitId, iteration: index };
    } else if (/^MapIteration(Succeeded|Failed|Aborted)$/.test(type)) {
      const d = details(e, `${type[0].toLowerCase()}${type.slice(1)}EventDetails`);
      const index = Number(d.index ?? 0);
      const map = findOpen(current, String(d.name ?? ''), byId) ?? current;
      const it = map ? iterationOf.get(`${map.id}:${index}`) : undefined;
      if (it) {
        it.endedAt = e.timestamp;
        it.status =
          type === 'MapIterationSucceeded'
            ? 'succeeded'
            : type === 'MapIterationFailed'
              ? 'failed'
              : 'aborted';
      }
      if (map) {
        map.eventIds.push(e.id);
        if (type !== 'MapIterationSucceeded')
          closeOpen('failed', e.timestamp, (v) => isInside(v, map.id, index));
        ctx = { visitId: map.id };
      }
    } else if (type.endsWith('StateFailed')) {
      // A Parallel or Map failed: what still runs inside it is over; the state is caught or fails.
      const container = findOpenOfType(current, type.slice(0, -'StateFailed'.length), byId);
      if (container) {
        container.eventIds.push(e.id);
        container.lastOutcome = 'failed';
        const d = firstDetails(e);
        const inner = [...visits].reverse().find((v) => isInside(v, container.id) && v.failures.length > 0);
        const failure = inner?.failures[inner.failures.length - 1];
        container.failures.push({
          error: str(d.error) ?? failure?.error,
          cause: str(d.cause) ?? failure?.cause,
          eventId: e.id,
        });
        closeOpen('failed', e.timestamp, (v) => isInside(v, container.id));
        ctx = { visitId: container.id };
      }
    } else if (type === 'ExecutionRedriven') {
      redrive += 1;
      ctx = {};
    } else if (EXECUTION_END.has(type)) {
      ended = type;
      const d = firstDetails(e);
      const failure = { error: str(d.error), cause: str(d.cause), eventId: e.id };
      // The state the execution failed in (a Fail state, a Choice without a match…) gets its error.
      if (current?.open && type !== 'ExecutionSucceeded' && current.lastOutcome !== 'failed')
        current.failures.push(failure);
      closeOpen('failed', e.timestamp);
      for (const it of iterations)
        if (it.status === 'running') {
          it.status = 'aborted';
          it.endedAt = e.timestamp;
        }
      ctx = {};
    } else if (current) {
      current.eventIds.push(e.id);
      if (SCHEDULED.has(type)) {
        current.attempts += 1;
        const d = firstDetails(e);
        current.taskInput = d.parameters ?? d.input;
      } else if (TASK_SUCCEEDED.has(type)) {
        current.lastOutcome = 'succeeded';
        current.taskResult = firstDetails(e).output;
      } else if (TASK_FAILED.has(type)) {
        current.lastOutcome = 'failed';
        const d = firstDetails(e);
        current.failures.push({ error: str(d.error), cause: str(d.cause), eventId: e.id });
      }
    }
    contexts.set(e.id, ctx);
  }

  return {
    visits: visits.map(({ lastOutcome: _o, open: _open, parentCtx: _p, ...v }) => v),
    iterations,
    contexts,
    ended,
  };
}

/** The open visit named `name`: the current one or one of its ancestors. */
function findOpen(from: Open | undefined, name: string, byId: Map<number, Open>): Open | undefined {
  for (let v = from; v; v = v.parentId !== undefined ? byId.get(v.parentId) : undefined)
    if (v.open && v.name === name) return v;
  return undefined;
}

function findOpenOfType(from: Open | undefined, type: string, byId: Map<number, Open>): Open | undefined {
  for (let v = from; v; v = v.parentId !== undefined ? byId.get(v.parentId) : undefined)
    if (v.open && v.stateType === type) return v;
  return undefined;
}

function details(e: HistoryEvent, key: string): Record<string, unknown> {
  const d = e[key];
  return typeof d === 'object' && d !== null ? (d as Record<string, unknown>) : {};
}

/** The event's `…EventDetails` object (each event has at most one). */
export function firstDetails(e: HistoryEvent): Record<string, unknown> {
  for (const [key, value] of Object.entries(e))
    if (key.endsWith('EventDetails') && typeof value === 'object' && value !== null)
      return value as Record<string, unknown>;
  return {};
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
