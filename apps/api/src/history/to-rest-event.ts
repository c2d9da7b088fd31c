import type { EventRow } from './event-row.js';

/** A REST history event: AWS's field names, ISO timestamp, payloads as JSON values. */
export type RestHistoryEvent = {
  id: number;
  previousEventId: number;
  type: string;
  timestamp: string;
  [details: string]: unknown;
};

export function toRestEvent(row: EventRow): RestHistoryEvent {
  return {
    ...row.details,
    id: row.event_id,
    previousEventId: row.previous_event_id,
    type: row.type,
    timestamp: row.timestamp.toISOString(),
  };
}
