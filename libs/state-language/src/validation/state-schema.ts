import type { Diagnostic } from '../errors/diagnostics.js';
import { isJsonObject, type JsonObject } from '../json.js';
import { isStateType, STATE_SCHEMAS, stateValidator } from './asl-schemas.js';
import type { QueryLanguage, StateEntry } from './machine.js';
import { has, schemaError } from './report.js';
import { schemaDiagnostics } from './schema-messages.js';

const STUB_MACHINE = { StartAt: 'Stub', States: {} };
const STUB_RULES: Record<QueryLanguage, JsonObject> = {
  JSONPath: { Variable: '$', IsPresent: true, Next: 'Stub' },
  JSONata: { Condition: '{% true %}', Next: 'Stub' },
};

/**
 * One state against asl-validator's schema for its type and effective query language. Nested
 * state machines, Retry, Catch and Choices are stubbed out: they are checked on their own (nested
 * states as states of their scope), so each problem is reported once, where it is.
 */
export function checkStateSchema({ state, path, language }: StateEntry): Diagnostic[] {
  if (!has(state, 'Type')) return [schemaError(path, 'These fields are required: [Type]')];
  if (!isStateType(state.Type)) {
    const types = Object.keys(STATE_SCHEMAS).join(', ');
    return [schemaError([...path, 'Type'], `The value for the field 'Type' must be one of: [${types}]`)];
  }
  const validate = stateValidator(state.Type, language);
  if (validate === undefined || validate(prepared(state, language))) return [];
  return schemaDiagnostics(validate.errors ?? [], path, language);
}

function prepared(state: JsonObject, language: QueryLanguage): JsonObject {
  const copy: JsonObject = { ...state, QueryLanguage: language };
  if (Array.isArray(copy.Retry)) copy.Retry = [];
  if (Array.isArray(copy.Catch)) copy.Catch = [];
  if (Array.isArray(copy.Branches)) copy.Branches = copy.Branches.map(() => STUB_MACHINE);
  if (isJsonObject(copy.ItemProcessor)) copy.ItemProcessor = STUB_MACHINE;
  if (isJsonObject(copy.Iterator)) copy.Iterator = STUB_MACHINE;
  if (Array.isArray(copy.Choices) && state.Type === 'Choice') copy.Choices = [STUB_RULES[language]];
  return copy;
}
