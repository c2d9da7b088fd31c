import type { EventRow } from './event-row.js';

/** A GetExecutionHistory event: AWS's field names, epoch-seconds timestamp, payloads as JSON text. */
export type AwsHistoryEvent = {
  timestamp: number;
  type: string;
  id: number;
  previousEventId: number;
  [details: string]: unknown;
};

export type AwsEventOptions = { includeExecutionData: boolean };

/** Payload fields of `…EventDetails` objects: AWS sends them as JSON text, and leaves them out without execution data. */
const PAYLOADS = new Set(['input', 'output', 'parameters']);
const ROW_FIELDS = new Set(['id', 'previousEventId', 'timestamp', 'type']);

export function toAwsEvent(row: EventRow, options: AwsEventOptions): AwsHistoryEvent {
  const event: AwsHistoryEvent = {
    timestamp: row.timestamp.getTime() / 1000,
    type: row.type,
    id: row.event_id,
    previousEventId: row.previous_event_id,
  };
  for (const [key, value] of Object.entries(row.details ?? {})) {
    if (ROW_FIELDS.has(key) || value === undefined) continue;
    event[key] = isPlainObject(value) ? toAwsDetails(value, options) : value;
  }
  return event;
}

function toAwsDetails(details: Record<string, unknown>, options: AwsEventOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    if (value === undefined) continue;
    if (PAYLOADS.has(key)) {
      if (options.includeExecutionData) out[key] = JSON.stringify(value);
    } else if (key === 'assignedVariables') {
      if (options.includeExecutionData && isPlainObject(value)) out[key] = stringifyValues(value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

function stringifyValues(variables: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(variables)) out[name] = JSON.stringify(value);
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
