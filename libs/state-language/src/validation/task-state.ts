import type { Diagnostic } from '../errors/diagnostics.js';
import { isJsonObject } from '../json.js';
import type { StateEntry } from './machine.js';
import { checkNumber, MAX_SECONDS } from './numbers.js';
import { displayArn, recognizeResource } from './resources.js';
import { atMostOne, has, schemaError, type Path } from './report.js';

export type StateMachineType = 'STANDARD' | 'EXPRESS';

/** Resource, timeouts and Credentials of a Task state. */
export function checkTaskState(entry: StateEntry, type: StateMachineType): Diagnostic[] {
  const { state, path } = entry;
  const found = [...checkResource(state.Resource, [...path, 'Resource'], type)];
  found.push(...atMostOne(state, ['TimeoutSeconds', 'TimeoutSecondsPath'], path));
  found.push(...atMostOne(state, ['HeartbeatSeconds', 'HeartbeatSecondsPath'], path));
  const timeout = state.TimeoutSeconds;
  const heartbeat = state.HeartbeatSeconds;
  const rule = { integer: true, min: 1, max: MAX_SECONDS };
  if (typeof timeout === 'number') found.push(...checkNumber(timeout, [...path, 'TimeoutSeconds'], rule));
  if (typeof heartbeat === 'number')
    found.push(...checkNumber(heartbeat, [...path, 'HeartbeatSeconds'], rule));
  if (typeof timeout === 'number' && typeof heartbeat === 'number' && heartbeat >= timeout) {
    found.push(
      schemaError(
        [...path, 'HeartbeatSeconds'],
        "The value for the field 'HeartbeatSeconds' must be smaller than 'TimeoutSeconds'",
      ),
    );
  }
  if (has(state, 'Credentials')) found.push(...checkCredentials(state.Credentials, [...path, 'Credentials']));
  return found;
}

function checkResource(resource: unknown, path: Path, type: StateMachineType): Diagnostic[] {
  if (typeof resource !== 'string') return []; // the schema reports a missing or non-string Resource
  const recognized = recognizeResource(resource);
  if (recognized === undefined) {
    return [
      schemaError(
        path,
        `The resource provided ${displayArn(resource)} is not recognized. The value is not a valid resource ARN, or the resource is not available in this region.`,
      ),
    ];
  }
  if (type !== 'EXPRESS') return [];
  if (recognized.pattern !== undefined) {
    const pattern = recognized.pattern === '.waitForTaskToken' ? '.waitForTaskToken' : '.sync';
    return [schemaError(path, `Express state machine does not support '${pattern}' service integration`)];
  }
  if (recognized.kind === 'activity')
    return [schemaError(path, 'Express state machine does not support activities')];
  return [];
}

/** Credentials name the role to assume: `RoleArn`, or `RoleArn.$` in a JSONPath state. */
function checkCredentials(credentials: unknown, path: Path): Diagnostic[] {
  if (typeof credentials === 'string') return []; // a JSONata expression, checked with the other JSONata strings
  if (!isJsonObject(credentials))
    return [schemaError(path, "The value for the field 'Credentials' must be a JSON object")];
  if (!has(credentials, 'RoleArn') && !has(credentials, 'RoleArn.$')) {
    return [schemaError(path, "The field 'RoleArn' is required but was missing")];
  }
  return [];
}
