import type { Diagnostic } from '../errors/diagnostics.js';
import type { Machine, StateEntry } from './machine.js';
import { has, schemaError } from './report.js';
import { checkEnum } from './scope-fields.js';

/**
 * A state's own QueryLanguage: a valid value, and never JSONPath under a JSONata state machine
 * (a JSONPath machine may opt single states into JSONata, not the other way round).
 */
export function checkStateQueryLanguage(machine: Machine, { state, path }: StateEntry): Diagnostic[] {
  if (!has(state, 'QueryLanguage')) return [];
  const at = [...path, 'QueryLanguage'];
  const invalid = checkEnum(state.QueryLanguage, at, ['JSONPath', 'JSONata']);
  if (invalid.length > 0) return invalid;
  if (state.QueryLanguage === 'JSONPath' && machine.language === 'JSONata') {
    return [
      schemaError(at, "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine"),
    ];
  }
  return [];
}
