import type { AwsScope } from '@durastep/worker';
import { ApiError } from '../api-error.js';
import { fieldsOf, optionalEnum, optionalString, requireString, type Fields } from '../http/fields.js';
import type { CreateStateMachineRequest } from '../state-machines/create-state-machine.js';
import { MACHINE_TYPES } from '../state-machines/state-machine-row.js';
import type { StateMachineChanges } from '../state-machines/update-state-machine.js';

/** The role recorded for workflows created over REST without one. */
export function defaultRoleArn(scope: AwsScope): string {
  return `arn:aws:iam::${scope.account}:role/DurastepExecutionRole`;
}

/** `definition` may be the ASL object itself or its JSON text. */
function definitionText(o: Fields, required: boolean): string | undefined {
  const v = o.definition;
  if (v === undefined || v === null) {
    if (required) requireString(o, 'definition');
    return undefined;
  }
  if (typeof v === 'string') return requireString(o, 'definition');
  if (typeof v === 'object' && !Array.isArray(v)) return JSON.stringify(v);
  throw new ApiError('ValidationException', "'definition' must be an ASL object or its JSON text");
}

export function parseCreateWorkflow(body: unknown, scope: AwsScope): CreateStateMachineRequest {
  const o = fieldsOf(body);
  return {
    name: requireString(o, 'name'),
    definition: definitionText(o, true) as string,
    roleArn: optionalString(o, 'roleArn', 256) ?? defaultRoleArn(scope),
    type: optionalEnum(o, 'type', MACHINE_TYPES) ?? 'STANDARD',
    description: optionalString(o, 'description', 256),
  };
}

export function parseUpdateWorkflow(body: unknown): StateMachineChanges {
  const o = fieldsOf(body);
  const changes = {
    definition: definitionText(o, false),
    roleArn: optionalString(o, 'roleArn', 256),
    description: optionalString(o, 'description', 256),
  };
  if (Object.values(changes).every((v) => v === undefined))
    throw new ApiError('ValidationException', 'Nothing to update: give definition, roleArn or description');
  return changes;
}
