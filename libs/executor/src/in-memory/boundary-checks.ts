import { States, type Json } from '@durastep/state-language';
import { exceedsPayloadLimit, MAX_PAYLOAD_BYTES } from '../runtime/payload-limit.js';
import { surelyFitsJson } from '../runtime/json-size-bound.js';
import { findNonJson } from './json-value.js';
import type { TaskOutcome } from './run-in-memory.js';

/** What StartExecution would reject: input that is not JSON, or larger than AWS's 256 KiB. */
export function checkExecutionInput(input: Json): void {
  // One cheap walk proves ordinary input is plain JSON and small enough; anything else is diagnosed
  // by the exact (slower) checks below.
  if (surelyFitsJson(input, MAX_PAYLOAD_BYTES)) return;
  const notJson = findNonJson(input);
  if (notJson !== undefined) throw new Error(`invalid execution input: ${notJson}`);
  if (exceedsPayloadLimit(input))
    throw new Error(`invalid execution input: larger than ${MAX_PAYLOAD_BYTES} bytes (256 KiB)`);
}

/**
 * A task handler's answer as the executor needs it. A malformed answer (no outcome, an output that
 * is not JSON, a failure without an error name) is the task's failure, as a thrown error is.
 */
export function checkTaskOutcome(outcome: unknown): TaskOutcome {
  const invalid = (why: string): TaskOutcome => ({
    ok: false,
    error: States.TaskFailed,
    cause: `The task handler returned an invalid outcome: ${why}`,
  });
  if (typeof outcome !== 'object' || outcome === null) return invalid(`${String(outcome)}`);
  const o = outcome as Record<string, unknown>;
  if (o.ok === true) {
    const notJson = findNonJson(o.output);
    return notJson === undefined ? (outcome as TaskOutcome) : invalid(`its output is not JSON: ${notJson}`);
  }
  if (o.ok === false) {
    if (typeof o.error !== 'string') return invalid('a failure needs an error name (string)');
    if (o.cause !== undefined && typeof o.cause !== 'string')
      return invalid('a failure cause must be a string');
    return outcome as TaskOutcome;
  }
  return invalid('expected { ok: true, output } or { ok: false, error, cause? }');
}
