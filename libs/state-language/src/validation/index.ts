import type { Diagnostic } from '../errors/diagnostics.js';
import { isJsonObject } from '../json.js';
import { readMachine } from './machine.js';
import { parseInput } from './parse-input.js';
import { Code, error } from './report.js';
import { checkScopeFields } from './scope-fields.js';
import { checkState } from './state-checks.js';
import { checkStateNames } from './state-names.js';
import type { StateMachineType } from './task-state.js';
import { checkTransitions } from './transitions.js';

export type { StateMachineType } from './task-state.js';

export type ValidationOptions = {
  /** EXPRESS state machines reject `.sync`, `.waitForTaskToken` and activities. Default STANDARD. */
  readonly type?: StateMachineType;
};

/**
 * All problems of a definition in one list (ERRORs and WARNINGs), each located by a JSON pointer.
 * Accepts the JSON text or the parsed value. Never throws.
 */
export function validateDefinition(
  definition: string | unknown,
  options: ValidationOptions = {},
): Diagnostic[] {
  try {
    return unique(collect(definition, options.type ?? 'STANDARD'));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return [error(Code.Schema, [], `The definition could not be validated: ${detail}`)];
  }
}

function collect(definition: unknown, type: StateMachineType): Diagnostic[] {
  const parsed = parseInput(definition);
  if (!parsed.ok) return [...parsed.diagnostics];
  if (!isJsonObject(parsed.value)) return [error(Code.Schema, [], 'The definition must be a JSON object')];
  const machine = readMachine(parsed.value);
  const found = [...parsed.diagnostics, ...checkStateNames(machine)];
  for (const scope of machine.scopes) found.push(...checkScopeFields(scope));
  for (const entry of machine.states) found.push(...checkState(machine, entry, type));
  for (const scope of machine.scopes) found.push(...checkTransitions(scope));
  return found;
}

/** Two checks may notice the same thing; report it once. */
function unique(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.severity}|${d.code}|${d.location}|${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
