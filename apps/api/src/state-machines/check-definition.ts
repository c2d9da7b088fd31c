import { parseDefinition, type Diagnostic } from '@durastep/state-language';
import { ApiError } from '../api-error.js';
import type { MachineType } from './state-machine-row.js';

/** AWS's limit on a definition's size. */
export const MAX_DEFINITION_BYTES = 1_048_576;

export function checkDefinitionSize(definition: string): void {
  if (Buffer.byteLength(definition, 'utf8') > MAX_DEFINITION_BYTES) {
    throw new ApiError(
      'ValidationException',
      `1 validation error detected: Value at 'definition' failed to satisfy constraint: Member must have length less than or equal to ${MAX_DEFINITION_BYTES}`,
    );
  }
}

/** The diagnostics of a definition (errors and warnings); never throws on bad ASL. */
export function diagnose(definition: string, type: MachineType): readonly Diagnostic[] {
  checkDefinitionSize(definition);
  const result = parseDefinition(definition, { type });
  return result.ok ? result.warnings : result.diagnostics;
}

/** Rejects a definition that CreateStateMachine/UpdateStateMachine would reject, with AWS's message. */
export function checkDefinition(definition: string, type: MachineType): void {
  const errors = diagnose(definition, type).filter((d) => d.severity === 'ERROR');
  if (errors.length > 0) throw new ApiError('InvalidDefinition', invalidDefinitionMessage(errors));
}

/** "Invalid State Machine Definition: 'CODE: message at /States/A/Next, …'" as AWS words it. */
export function invalidDefinitionMessage(errors: readonly Diagnostic[]): string {
  const listed = errors.map((d) => `${d.code}: ${d.message} at ${d.location || '/'}`).join(', ');
  return `Invalid State Machine Definition: '${listed}'`;
}
