/** A history event as the REST API returns it: AWS's names, ISO timestamp, payloads as JSON values. */
export type HistoryEvent = {
  id: number;
  previousEventId: number;
  type: string;
  timestamp: string;
  [details: string]: unknown;
};

export type VisitStatus = 'running' | 'succeeded' | 'failed' | 'caught' | 'retried';

/** One run of a state: from its `…StateEntered` event to how it ended. */
export type StateVisit = {
  /** The id of its `…StateEntered` event. */
  id: number;
  name: string;
  /** `Task`, `Map`… from the event type. */
  stateType: string;
  /** The visit of the Parallel or Map state it runs inside. */
  parentId?: number;
  /** The Map iteration it runs in (index into the items). */
  iteration?: number;
  /** Where it runs, e.g. `Each[3]/Work`: the same key for a later run of the same state (a loop, a redrive). */
  key: string;
  depth: number;
  /** 0 for the first run of the execution, n after the n-th redrive. */
  redrive: number;
  enteredAt: string;
  endedAt?: string;
  input?: unknown;
  output?: unknown;
  /** What a task was called with (`TaskScheduled` parameters, a Lambda's input). */
  taskInput?: unknown;
  /** What the last successful task attempt returned. */
  taskResult?: unknown;
  /** Task attempts (scheduled events); retries are attempts − 1. */
  attempts: number;
  /** Errors along the way (failed attempts, the state's own failure). */
  failures: { error?: string; cause?: string; eventId: number }[];
  status: VisitStatus;
  /** Event ids of this visit (not those of states nested in it). */
  eventIds: number[];
};

/** One iteration of a Map state's visit. */
export type MapIteration = {
  mapVisitId: number;
  index: number;
  startedAt: string;
  endedAt?: string;
  status: 'running' | 'succeeded' | 'failed' | 'aborted';
};

/** Where an event happened: the innermost state visit it belongs to, and the Map iteration. */
export type EventContext = { visitId?: number; iteration?: number };
