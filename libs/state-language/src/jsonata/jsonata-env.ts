import type { Json } from '../json.js';

/** The `$states` reserved variable. Only the members that exist for the field being evaluated are set. */
export type JsonataStates = { input: Json; context: Json; result?: Json; errorOutput?: Json };

/** Everything a JSONata expression may observe. Time and randomness come from the caller, never the host. */
export type JsonataEnv = {
  states: JsonataStates;
  /** Workflow variables visible to this state (Assign). */
  variables: Readonly<Record<string, Json>>;
  /** The current time as ISO-8601 string (from the event being processed): used for $now() and $millis(). */
  now: string;
  /** Deterministic randomness supplied by the caller, in [0,1). */
  random(): number;
  /** Deterministic uuid v4 supplied by the caller. */
  uuid(): string;
};
