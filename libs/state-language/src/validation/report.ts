import { toPointer, type Diagnostic } from '../errors/diagnostics.js';

/** Where a node sits in the definition, as the segments of its JSON pointer. */
export type Path = readonly (string | number)[];

/** The diagnostic codes AWS uses (ValidateStateMachineDefinition, CreateStateMachine). */
export const Code = {
  InvalidJson: 'INVALID_JSON_DESCRIPTION',
  MissingDescription: 'MISSING_DESCRIPTION',
  Schema: 'SCHEMA_VALIDATION_FAILED',
  MissingEndState: 'MISSING_END_STATE',
  MissingTransitionTarget: 'MISSING_TRANSITION_TARGET',
  DuplicateStateName: 'DUPLICATE_STATE_NAME',
  InvalidStateName: 'INVALID_STATE_NAME',
  DuplicateLabelName: 'DUPLICATE_LABEL_NAME',
  InvalidLabelName: 'INVALID_LABEL_NAME',
  InvalidJsonata: 'INVALID_JSONATA_EXPRESSION',
  // Warnings: the definition is accepted.
  NoDollar: 'NO_DOLLAR',
  PassResultIsStatic: 'PASS_RESULT_IS_STATIC',
} as const;

export type DiagnosticCode = (typeof Code)[keyof typeof Code];

export function error(code: DiagnosticCode, path: Path, message: string): Diagnostic {
  return { code, location: toPointer(path), message, severity: 'ERROR' };
}

export function warning(code: DiagnosticCode, path: Path, message: string): Diagnostic {
  return { code, location: toPointer(path), message, severity: 'WARNING' };
}

/** The most common diagnostic: a schema rule broken at `path`. */
export function schemaError(path: Path, message: string): Diagnostic {
  return error(Code.Schema, path, message);
}

export function has(object: object, field: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, field);
}

/** "There should only be one of the following fields: [A, B]" when more than one is present. */
export function atMostOne(object: object, fields: readonly string[], path: Path): Diagnostic[] {
  const present = fields.filter((f) => has(object, f));
  if (present.length <= 1) return [];
  return [schemaError(path, `There should only be one of the following fields: [${present.join(', ')}]`)];
}
