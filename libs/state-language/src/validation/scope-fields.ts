import type { Diagnostic } from '../errors/diagnostics.js';
import { isJsonObject, type JsonObject } from '../json.js';
import type { Scope, ScopeKind } from './machine.js';
import { checkNumber, MAX_SECONDS } from './numbers.js';
import { has, schemaError, type Path } from './report.js';

const FIELDS: Record<ScopeKind, readonly string[]> = {
  machine: ['Comment', 'StartAt', 'States', 'Version', 'TimeoutSeconds', 'QueryLanguage'],
  branch: ['Comment', 'StartAt', 'States'],
  'item-processor': ['Comment', 'StartAt', 'States', 'ProcessorConfig'],
  iterator: ['Comment', 'StartAt', 'States', 'ProcessorConfig'],
};

/** The body of a state machine, Parallel branch or Map processor: its own fields, not its states. */
export function checkScopeFields({ kind, body, path }: Scope): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const field of Object.keys(body)) {
    if (!FIELDS[kind].includes(field))
      found.push(schemaError([...path, field], `Field '${field}' is not supported`));
  }
  const missing = ['StartAt', 'States'].filter((f) => !has(body, f));
  if (missing.length > 0) found.push(schemaError(path, `These fields are required: [${missing.join(', ')}]`));
  found.push(...checkString(body, 'Comment', path), ...checkString(body, 'StartAt', path));
  if (has(body, 'States')) found.push(...checkStates(body.States, [...path, 'States']));
  if (kind === 'machine') found.push(...checkMachineOnly(body));
  if ((kind === 'item-processor' || kind === 'iterator') && has(body, 'ProcessorConfig')) {
    found.push(...checkProcessorConfig(body.ProcessorConfig, [...path, 'ProcessorConfig']));
  }
  return found;
}

function checkStates(states: unknown, path: Path): Diagnostic[] {
  if (!isJsonObject(states)) return [schemaError(path, "The field 'States' must be a JSON object")];
  const names = Object.keys(states);
  if (names.length === 0) return [schemaError(path, "The field 'States' must contain at least one state")];
  return names
    .filter((n) => !isJsonObject(states[n]))
    .map((n) => schemaError([...path, n], `State '${n}' must be a JSON object`));
}

function checkMachineOnly(body: JsonObject): Diagnostic[] {
  const found = checkString(body, 'Version', []);
  if (has(body, 'TimeoutSeconds'))
    found.push(
      ...checkNumber(body.TimeoutSeconds, ['TimeoutSeconds'], { integer: true, min: 1, max: MAX_SECONDS }),
    );
  if (has(body, 'QueryLanguage'))
    found.push(...checkEnum(body.QueryLanguage, ['QueryLanguage'], ['JSONPath', 'JSONata']));
  return found;
}

function checkProcessorConfig(config: unknown, path: Path): Diagnostic[] {
  if (!isJsonObject(config)) return [schemaError(path, "The field 'ProcessorConfig' must be a JSON object")];
  const found: Diagnostic[] = [];
  for (const field of Object.keys(config)) {
    if (field !== 'Mode' && field !== 'ExecutionType')
      found.push(schemaError([...path, field], `Field '${field}' is not supported`));
  }
  if (has(config, 'Mode'))
    found.push(...checkEnum(config.Mode, [...path, 'Mode'], ['INLINE', 'DISTRIBUTED']));
  if (has(config, 'ExecutionType'))
    found.push(...checkEnum(config.ExecutionType, [...path, 'ExecutionType'], ['STANDARD', 'EXPRESS']));
  if (config.Mode === 'DISTRIBUTED' && !has(config, 'ExecutionType')) {
    found.push(schemaError(path, 'These fields are required: [ExecutionType]'));
  }
  return found;
}

export function checkEnum(value: unknown, path: Path, allowed: readonly string[]): Diagnostic[] {
  if (typeof value === 'string' && allowed.includes(value)) return [];
  const field = String(path[path.length - 1]);
  return [schemaError(path, `The value for the field '${field}' must be one of: [${allowed.join(', ')}]`)];
}

function checkString(body: JsonObject, field: string, path: Path): Diagnostic[] {
  if (!has(body, field) || typeof body[field] === 'string') return [];
  return [schemaError([...path, field], `The value for the field '${field}' must be a string`)];
}
