/**
 * One history event (stored in the step rows of `execution_steps`). `details` holds the event's `…EventDetails`
 * objects by AWS field name (e.g. `{ stateEnteredEventDetails: { name, input, inputDetails } }`),
 * with payloads (`input`, `output`, `parameters`, assigned variables) as JSON values, not text.
 */
export type EventRow = {
  event_id: number;
  previous_event_id: number;
  type: string;
  timestamp: Date;
  details: Record<string, unknown> | null;
};
