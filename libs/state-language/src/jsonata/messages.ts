import type { Json } from '../json.js';

/**
 * Cause texts of States.QueryEvaluationError, pinned by conformance cases recorded against AWS.
 * AWS prefixes them with "An error occurred while executing the state 'X' (entered at the event id #N). ";
 * that prefix needs the state name and event id, so the executor adds it.
 */

export type JsonataTypeName = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

function subject(expression: string, field: string): string {
  return `The JSONata expression '${expression}' specified for the field '${field}'`;
}

export function returnedUndefinedMessage(expression: string, field: string): string {
  return `${subject(expression, field)} returned nothing (undefined).`;
}

export function threwMessage(expression: string, field: string, detail: string): string {
  return `${subject(expression, field)} threw an error during evaluation. ${detail}`;
}

export function unsupportedResultMessage(expression: string, field: string): string {
  return `${subject(expression, field)} returned an unsupported result type.`;
}

export function unexpectedTypeMessage(
  expression: string,
  field: string,
  expected: string,
  value: Json,
): string {
  const actual = jsonataTypeOf(value);
  return `${subject(expression, field)} returned an unexpected result type. Expected '${expected}', but was '${actual}' for value: ${JSON.stringify(value)}`;
}

export function jsonataTypeOf(value: Json): JsonataTypeName {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return 'number';
    case 'string':
      return 'string';
    default:
      return 'object';
  }
}
