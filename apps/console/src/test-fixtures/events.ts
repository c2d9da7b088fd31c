import type { HistoryEvent } from '../history/types';

/** A tiny history builder for tests: ids count up, each event follows `prev` (default: the last one). */
export function historyOf(
  ...steps: [type: string, details?: Record<string, unknown>, prev?: number][]
): HistoryEvent[] {
  const t0 = Date.parse('2026-01-01T00:00:00.000Z');
  return steps.map(([type, details, prev], i) => ({
    id: i + 1,
    previousEventId: prev ?? i,
    type,
    timestamp: new Date(t0 + i * 1000).toISOString(),
    ...(details ?? {}),
  }));
}

export const entered = (type: string, name: string, input: unknown = {}, prev?: number) =>
  [`${type}StateEntered`, { stateEnteredEventDetails: { name, input } }, prev] as [
    string,
    Record<string, unknown>,
    number | undefined,
  ];

export const exited = (type: string, name: string, output: unknown = {}, prev?: number) =>
  [`${type}StateExited`, { stateExitedEventDetails: { name, output } }, prev] as [
    string,
    Record<string, unknown>,
    number | undefined,
  ];
