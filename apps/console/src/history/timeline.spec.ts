import { describe, expect, it } from 'vitest';
import redriven from '../test-fixtures/redriven-history.json';
import { entered, exited, historyOf } from '../test-fixtures/events';
import { analyseHistory } from './analyse-history';
import { buildTimeline, FOLD_ITERATIONS_OVER, timelineSpan } from './timeline';
import type { HistoryEvent } from './types';

const events = (redriven as { items: HistoryEvent[] }).items;

describe('buildTimeline', () => {
  it('nests Parallel runs, Map iterations and their runs, in start order', () => {
    const rows = buildTimeline(analyseHistory(events));
    expect(rows.map((r) => `${'  '.repeat(r.depth)}${r.label} ${r.status}`)).toEqual([
      'Prepare succeeded',
      'Branches succeeded',
      '  A1 succeeded',
      '  B1 succeeded',
      '  B2 succeeded',
      'Each succeeded',
      '  Each #0 succeeded',
      '  Each #1 succeeded',
      '  Each #2 succeeded',
      'Charge (1 retry) failed',
      'Charge succeeded',
      'IsBig failed',
    ]);
    const b1 = rows.find((r) => r.label === 'B1')!;
    expect(b1.end! - b1.start).toBe(1095);
    // Iterations are folded by default; unfolding one shows its runs.
    const unfolded = buildTimeline(analyseHistory(events), new Set(['i14:1']));
    expect(unfolded.filter((r) => r.depth === 2).map((r) => r.label)).toEqual(['Work']);
    expect(unfolded.find((r) => r.id === 'i14:1')).toMatchObject({ expanded: true, childCount: 1 });
  });

  it('folds Maps with many iterations, and opens failed iterations', () => {
    const n = FOLD_ITERATIONS_OVER + 5;
    const steps: Parameters<typeof historyOf> = [['ExecutionStarted', {}], entered('Map', 'M')];
    for (let i = 0; i < n; i++)
      steps.push(['MapIterationStarted', { mapIterationStartedEventDetails: { name: 'M', index: i } }, 2]);
    steps.push(entered('Pass', 'P', 0, 3 + n - 1));
    steps.push(['MapIterationFailed', { mapIterationFailedEventDetails: { name: 'M', index: n - 1 } }]);
    const analysis = analyseHistory(historyOf(...steps));
    const folded = buildTimeline(analysis);
    expect(folded).toHaveLength(1);
    expect(folded[0]).toMatchObject({ expandable: true, expanded: false, childCount: n });
    const open = buildTimeline(analysis, new Set(['v2']));
    expect(open).toHaveLength(1 + n + 1);
    expect(open[open.length - 1]).toMatchObject({ label: 'P', depth: 2, status: 'failed' });
  });

  it('spans to now while a state runs', () => {
    const rows = buildTimeline(analyseHistory(historyOf(['ExecutionStarted', {}], entered('Wait', 'W'))));
    const start = rows[0].start;
    expect(rows[0].end).toBeUndefined();
    expect(timelineSpan(rows, start + 5000)).toEqual({ start, end: start + 5000 });
    expect(timelineSpan([], 7)).toEqual({ start: 7, end: 7 });
  });

  it('ignores an exit it cannot match', () => {
    const rows = buildTimeline(analyseHistory(historyOf(['ExecutionStarted', {}], exited('Pass', 'Ghost'))));
    expect(rows).toEqual([]);
  });
});
