import type { Diagnostic } from '../errors/diagnostics.js';
import { MAX_JSON_NESTING, nestsDeeperThan } from '../json.js';
import { findDuplicateKeys } from './duplicate-keys.js';
import { Code, error, type Path } from './report.js';

export type ParsedInput =
  | { readonly ok: true; readonly value: unknown; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * Turns the caller's definition (JSON text or an already parsed value) into a value. Text is
 * also scanned for repeated keys, which JSON.parse would otherwise drop silently.
 */
export function parseInput(definition: unknown): ParsedInput {
  if (definition === undefined || definition === null) {
    return failed(error(Code.MissingDescription, [], 'The definition is empty'));
  }
  if (typeof definition !== 'string') return { ok: true, value: definition, diagnostics: [] };
  if (definition.trim() === '') return failed(error(Code.MissingDescription, [], 'The definition is empty'));
  if (nestsDeeperThan(definition)) {
    const why = `nested deeper than ${MAX_JSON_NESTING} levels`;
    return failed(error(Code.InvalidJson, [], `The definition is not valid JSON: ${why}`));
  }
  let value: unknown;
  try {
    value = JSON.parse(definition);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return failed(error(Code.InvalidJson, [], `The definition is not valid JSON: ${detail}`));
  }
  return { ok: true, value, diagnostics: findDuplicateKeys(definition).map(duplicateKeyDiagnostic) };
}

function failed(diagnostic: Diagnostic): ParsedInput {
  return { ok: false, diagnostics: [diagnostic] };
}

function duplicateKeyDiagnostic(path: Path): Diagnostic {
  const key = String(path[path.length - 1]);
  if (path.length >= 2 && path[path.length - 2] === 'States') {
    return error(Code.DuplicateStateName, path, `Duplicate state name '${key}'`);
  }
  return error(Code.Schema, path, `Duplicate field '${key}'`);
}
