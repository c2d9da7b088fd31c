import AjvModule, { type AnySchemaObject, type ValidateFunction } from 'ajv';
import { registerAll } from 'asl-path-validator';
import baseStateMachine from 'asl-validator/dist/src/schemas/base-state-machine.json' with { type: 'json' };
import choice from 'asl-validator/dist/src/schemas/choice.json' with { type: 'json' };
import common from 'asl-validator/dist/src/schemas/common.json' with { type: 'json' };
import errors from 'asl-validator/dist/src/schemas/errors.json' with { type: 'json' };
import fail from 'asl-validator/dist/src/schemas/fail.json' with { type: 'json' };
import jsonata from 'asl-validator/dist/src/schemas/jsonata.json' with { type: 'json' };
import map from 'asl-validator/dist/src/schemas/map.json' with { type: 'json' };
import parallel from 'asl-validator/dist/src/schemas/parallel.json' with { type: 'json' };
import pass from 'asl-validator/dist/src/schemas/pass.json' with { type: 'json' };
import paths from 'asl-validator/dist/src/schemas/paths.json' with { type: 'json' };
import stateMachine from 'asl-validator/dist/src/schemas/state-machine.json' with { type: 'json' };
import state from 'asl-validator/dist/src/schemas/state.json' with { type: 'json' };
import succeed from 'asl-validator/dist/src/schemas/succeed.json' with { type: 'json' };
import task from 'asl-validator/dist/src/schemas/task.json' with { type: 'json' };
import wait from 'asl-validator/dist/src/schemas/wait.json' with { type: 'json' };
import type { QueryLanguage } from './machine.js';
import { isRfc3339Timestamp } from './timestamp.js';

/** The state types, each with its asl-validator schema file (one branch per query language). */
export const STATE_SCHEMAS = {
  Pass: pass,
  Task: task,
  Choice: choice,
  Wait: wait,
  Succeed: succeed,
  Fail: fail,
  Parallel: parallel,
  Map: map,
} as const;
export type StateType = keyof typeof STATE_SCHEMAS;

const JSONATA_STRING = '^\\{%[\\s\\S]*%\\}$';
type Schema = AnySchemaObject & { definitions: Record<string, AnySchemaObject>; oneOf?: AnySchemaObject[] };

/**
 * asl-validator's JSON schemas, adjusted where they disagree with what AWS accepts:
 * a JSONata `Output` may be any JSON value; strings and JSONata strings may span lines;
 * ToleratedFailurePercentage may be a decimal. Paths, intrinsic calls, JSONata syntax and Task
 * resources are checked by our own code (with better messages), so those formats pass here.
 */
function adjustedSchemas(): Schema[] {
  const copy = <T>(s: T): Schema => structuredClone(s) as unknown as Schema;
  const jsonataSchema = copy(jsonata);
  jsonataSchema.definitions.output = {};
  jsonataSchema.definitions.jsonata = { type: 'string', pattern: JSONATA_STRING };
  jsonataSchema.definitions.not_jsonata = { type: 'string', not: { pattern: JSONATA_STRING } };
  jsonataSchema.definitions.maybe_jsonata = { type: 'string' };
  const mapSchema = copy(map);
  mapSchema.definitions.ToleratedFailurePercentage = { type: 'number', minimum: 0, maximum: 100 };
  mapSchema.definitions.MaxConcurrency = { type: 'integer', minimum: 0 };
  mapSchema.definitions.MaxItems = { type: 'integer', minimum: 0, maximum: 100_000_000 };
  const rest = [
    common,
    paths,
    choice,
    fail,
    parallel,
    pass,
    baseStateMachine,
    stateMachine,
    state,
    succeed,
    task,
    wait,
    errors,
  ];
  return [jsonataSchema, mapSchema, ...rest.map(copy)];
}

let cache: Map<string, ValidateFunction> | undefined;

function compileAll(): Map<string, ValidateFunction> {
  const ajv = new AjvModule.default({ schemas: adjustedSchemas(), allowUnionTypes: true, allErrors: true });
  registerAll(ajv);
  ajv.addFormat('asl_payload_template', () => true);
  ajv.addFormat('jsonata_string', () => true);
  ajv.addFormat('maybe_jsonata_string', () => true);
  ajv.addFormat('asl_arn', () => true);
  ajv.addFormat('date-time', isRfc3339Timestamp);
  const compiled = new Map<string, ValidateFunction>();
  for (const [type, schema] of Object.entries(STATE_SCHEMAS)) {
    const branches = (schema as unknown as Schema).oneOf ?? [];
    branches.forEach((branch, i) => {
      const ref = JSON.stringify(branch.properties?.QueryLanguage ?? '');
      const language: QueryLanguage = ref.includes('jsonata') ? 'JSONata' : 'JSONPath';
      const validate = ajv.getSchema(`${schema.$id}/oneOf/${i}`);
      if (validate !== undefined) compiled.set(`${type}:${language}`, validate);
    });
  }
  return compiled;
}

/** The compiled schema of one state type in one query language (compiled once, on first use). */
export function stateValidator(type: StateType, language: QueryLanguage): ValidateFunction | undefined {
  cache ??= compileAll();
  return cache.get(`${type}:${language}`);
}

export function isStateType(value: unknown): value is StateType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(STATE_SCHEMAS, value);
}
