import type { HistoryAnalysis } from './analyse-history';
import type { MapIteration, StateVisit, VisitStatus } from './types';

/** One bar of the Gantt timeline: a state's run, or a Map iteration grouping the runs inside it. */
export type TimelineRow = {
  id: string;
  kind: 'state' | 'iteration';
  label: string;
  depth: number;
  /** epoch ms */
  start: number;
  /** epoch ms; absent while it runs */
  end?: number;
  status: VisitStatus | MapIteration['status'];
  expandable: boolean;
  expanded: boolean;
  /** Rows hidden under it (iterations of a Map, runs of an iteration or a Parallel). */
  childCount: number;
  visit?: StateVisit;
  iteration?: MapIteration;
};

/** Maps with more iterations than this start folded. */
export const FOLD_ITERATIONS_OVER = 25;

/**
 * Visits → timeline rows in start order, nested: a Parallel's runs under it, a Map's iterations
 * under it and each iteration's runs under the iteration. `toggled` holds row ids whose folding
 * the user flipped from the default (Maps with many iterations folded, iterations folded unless
 * they failed).
 */
export function buildTimeline(
  analysis: Pick<HistoryAnalysis, 'visits' | 'iterations'>,
  toggled: ReadonlySet<string> = new Set(),
): TimelineRow[] {
  const children = new Map<number | undefined, StateVisit[]>();
  const byIteration = new Map<string, StateVisit[]>();
  for (const v of analysis.visits) {
    if (v.iteration !== undefined && v.parentId !== undefined) {
      const k = `${v.parentId}:${v.iteration}`;
      const list = byIteration.get(k) ?? [];
      list.push(v);
      byIteration.set(k, list);
    } else {
      const list = children.get(v.parentId) ?? [];
      list.push(v);
      children.set(v.parentId, list);
    }
  }
  const iterationsOf = new Map<number, MapIteration[]>();
  for (const it of analysis.iterations) {
    const list = iterationsOf.get(it.mapVisitId) ?? [];
    list.push(it);
    iterationsOf.set(it.mapVisitId, list);
  }

  const rows: TimelineRow[] = [];
  const ms = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));
  const isOpen = (id: string, byDefault: boolean) => byDefault !== toggled.has(id);

  const addVisit = (v: StateVisit, depth: number) => {
    const id = `v${v.id}`;
    const its = iterationsOf.get(v.id) ?? [];
    const kids = children.get(v.id) ?? [];
    const childCount = its.length + kids.length;
    const expanded = childCount > 0 && isOpen(id, its.length <= FOLD_ITERATIONS_OVER);
    const retries = Math.max(0, v.attempts - 1);
    rows.push({
      id,
      kind: 'state',
      label: retries > 0 ? `${v.name} (${retries} ${retries === 1 ? 'retry' : 'retries'})` : v.name,
      depth,
      start: ms(v.enteredAt)!,
      end: ms(v.endedAt),
      status: v.status,
      expandable: childCount > 0,
      expanded,
      childCount,
      visit: v,
    });
    if (!expanded) return;
    for (const k of kids) addVisit(k, depth + 1);
    for (const it of its) {
      const iid = `i${v.id}:${it.index}`;
      const inner = byIteration.get(`${v.id}:${it.index}`) ?? [];
      const open = inner.length > 0 && isOpen(iid, it.status === 'failed');
      rows.push({
        id: iid,
        kind: 'iteration',
        label: `${v.name} #${it.index}`,
        depth: depth + 1,
        start: ms(it.startedAt)!,
        end: ms(it.endedAt),
        status: it.status,
        expandable: inner.length > 0,
        expanded: open,
        childCount: inner.length,
        iteration: it,
      });
      if (open) for (const k of inner) addVisit(k, depth + 2);
    }
  };
  for (const v of children.get(undefined) ?? []) addVisit(v, 0);
  return rows;
}

/** The time span the rows cover (ends at `now` while something runs). */
export function timelineSpan(rows: TimelineRow[], now: number): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const r of rows) {
    start = Math.min(start, r.start);
    end = Math.max(end, r.end ?? now);
  }
  if (!Number.isFinite(start)) return { start: now, end: now };
  return { start, end: Math.max(end, start + 1) };
}
