import type { ExecutionEvent, HistoryEvent } from '@durastep/executor';

/** A history event as stored: [id, previousEventId, type, timestamp (epoch ms), details]. */
export type StoredEvent = [number, number, string, number, Record<string, unknown>];

/** The text of an execution_steps row: the inputs a step applied and the events it produced. */
export type StepBody = { i: ExecutionEvent[]; e: StoredEvent[] };

export function encodeStepBody(inputs: ExecutionEvent[], events: HistoryEvent[]): string {
  const stored = events.map((e): StoredEvent => {
    const { id, previousEventId, timestamp, type, ...details } = e;
    return [id, previousEventId, type, timestamp, details];
  });
  return JSON.stringify({ i: inputs, e: stored } satisfies StepBody);
}

export function decodeStepBody(text: string): StepBody {
  return JSON.parse(text) as StepBody;
}
