import { describe, expect, it } from 'vitest';
import redriven from '../test-fixtures/redriven-history.json';
import { analyseHistory } from './analyse-history';
import { filterHistory, historyRows } from './history-rows';
import type { HistoryEvent } from './types';

const events = (redriven as { items: HistoryEvent[] }).items;
const rows = historyRows(events, analyseHistory(events));

describe('historyRows', () => {
  it('ties events to their state run, Map iterations included', () => {
    const byId = (id: number) => rows.find((r) => r.event.id === id)!;
    expect(byId(19)).toMatchObject({ where: 'Each[0]/Work' });
    expect(byId(28)).toMatchObject({ where: 'Each[0]/Work' });
    expect(byId(16)).toMatchObject({ where: 'Each', summary: '#0' });
    expect(byId(42)).toMatchObject({ where: 'Charge', failure: true });
    expect(byId(42).summary).toMatch(/^PaymentDeclined: \{"errorType"/);
    expect(byId(1).where).toBeUndefined();
    expect(byId(9).elapsed).toBe(1095);
  });

  it('filters by category, state and text', () => {
    const ids = (f: Parameters<typeof filterHistory>[1]) => filterHistory(rows, f).map((r) => r.event.id);
    expect(ids({ text: '', category: 'errors' })).toEqual([42, 45, 46, 54]);
    expect(ids({ text: '', category: 'all', state: 'Work' })).toHaveLength(15);
    expect(ids({ text: 'each[2]', category: 'states' })).toEqual([25, 35]);
    expect(ids({ text: '', category: 'execution' })).toEqual([1, 46, 47, 54]);
    expect(ids({ text: '', category: 'map' }).slice(0, 3)).toEqual([4, 5, 12]);
  });
});
