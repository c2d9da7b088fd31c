import type { Diagnostic } from '../errors/diagnostics.js';
import type { StateEntry } from './machine.js';
import { checkNumber, MAX_SECONDS } from './numbers.js';
import { has, schemaError } from './report.js';

const DURATION_FIELDS = ['Seconds', 'Timestamp', 'SecondsPath', 'TimestampPath'];

/** A Wait state waits for exactly one of Seconds, Timestamp, SecondsPath or TimestampPath. */
export function checkWaitState({ state, path }: StateEntry): Diagnostic[] {
  const present = DURATION_FIELDS.filter((f) => has(state, f));
  const found: Diagnostic[] = [];
  if (present.length !== 1) {
    found.push(
      schemaError(path, `A Wait state must contain exactly one of: [${DURATION_FIELDS.join(', ')}]`),
    );
  }
  if (typeof state.Seconds === 'number') {
    found.push(
      ...checkNumber(state.Seconds, [...path, 'Seconds'], { integer: true, min: 0, max: MAX_SECONDS }),
    );
  }
  return found;
}
