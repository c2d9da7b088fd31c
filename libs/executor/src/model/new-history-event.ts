import type { Json } from '@durastep/state-language';
import type { HistoryEvent } from './history-event.js';

/**
 * Builds one history event with its `…EventDetails` field. The frequent detail keys get an object
 * literal each, so every event of a kind shares one hidden class; adding a variable key to a built
 * object instead is a megamorphic store, the costliest line of a Pass state.
 */
export function newHistoryEvent(
  id: number,
  previousEventId: number,
  timestamp: number,
  type: string,
  detailsKey: string | undefined,
  details: Json | undefined,
): HistoryEvent {
  // The two events of every state first, in a function small enough for V8 to inline.
  if (detailsKey === 'stateEnteredEventDetails')
    return { id, previousEventId, timestamp, type, stateEnteredEventDetails: details };
  if (detailsKey === 'stateExitedEventDetails')
    return { id, previousEventId, timestamp, type, stateExitedEventDetails: details };
  return newOtherHistoryEvent(id, previousEventId, timestamp, type, detailsKey, details);
}

function newOtherHistoryEvent(
  id: number,
  previousEventId: number,
  timestamp: number,
  type: string,
  detailsKey: string | undefined,
  details: Json | undefined,
): HistoryEvent {
  switch (detailsKey) {
    case undefined:
      return { id, previousEventId, timestamp, type };
    case 'mapIterationStartedEventDetails':
      return { id, previousEventId, timestamp, type, mapIterationStartedEventDetails: details };
    case 'mapIterationSucceededEventDetails':
      return { id, previousEventId, timestamp, type, mapIterationSucceededEventDetails: details };
    case 'taskScheduledEventDetails':
      return { id, previousEventId, timestamp, type, taskScheduledEventDetails: details };
    case 'taskStartedEventDetails':
      return { id, previousEventId, timestamp, type, taskStartedEventDetails: details };
    case 'taskSucceededEventDetails':
      return { id, previousEventId, timestamp, type, taskSucceededEventDetails: details };
    case 'executionStartedEventDetails':
      return { id, previousEventId, timestamp, type, executionStartedEventDetails: details };
    case 'executionSucceededEventDetails':
      return { id, previousEventId, timestamp, type, executionSucceededEventDetails: details };
    default: {
      const event: Record<string, Json | undefined> = { id, previousEventId, timestamp, type };
      event[detailsKey] = details;
      return event as HistoryEvent;
    }
  }
}
