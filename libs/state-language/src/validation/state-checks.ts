import type { Diagnostic } from '../errors/diagnostics.js';
import { isStateType, type StateType } from './asl-schemas.js';
import { checkChoiceRules } from './choice-rules.js';
import { checkFailState } from './fail-state.js';
import { checkJsonataStrings } from './jsonata-strings.js';
import type { Machine, StateEntry } from './machine.js';
import { checkMapState } from './map-state.js';
import { checkParallelState } from './parallel-state.js';
import { checkPassState } from './pass-state.js';
import { checkPayloadTemplates } from './payload-templates.js';
import { checkStateQueryLanguage } from './query-language.js';
import { checkRetryAndCatch } from './retry-catch.js';
import { checkStateSchema } from './state-schema.js';
import { checkTaskState, type StateMachineType } from './task-state.js';
import { checkWaitState } from './wait-state.js';

/** Everything about one state on its own (its transitions are checked with its scope). */
export function checkState(machine: Machine, entry: StateEntry, type: StateMachineType): Diagnostic[] {
  return [
    ...checkStateQueryLanguage(machine, entry),
    ...checkStateSchema(entry),
    ...(isStateType(entry.state.Type) ? checkByType(entry.state.Type, entry, type) : []),
    ...checkRetryAndCatch(entry),
    ...checkPayloadTemplates(entry),
    ...checkJsonataStrings(entry),
  ];
}

function checkByType(stateType: StateType, entry: StateEntry, type: StateMachineType): Diagnostic[] {
  switch (stateType) {
    case 'Task':
      return checkTaskState(entry, type);
    case 'Choice':
      return checkChoiceRules(entry);
    case 'Wait':
      return checkWaitState(entry);
    case 'Fail':
      return checkFailState(entry);
    case 'Map':
      return checkMapState(entry);
    case 'Parallel':
      return checkParallelState(entry);
    case 'Pass':
      return checkPassState(entry);
    case 'Succeed':
      return [];
    default:
      return assertNever(stateType);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected state type: ${String(value)}`);
}
