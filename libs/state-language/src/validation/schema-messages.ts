import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../errors/diagnostics.js';
import { unsupportedFieldMessage } from './field-sets.js';
import type { QueryLanguage } from './machine.js';
import { schemaError, type Path } from './report.js';

/** Keywords whose message says most, best first; `oneOf`/`anyOf` only say "no alternative fits". */
const PRIORITY = [
  'format',
  'enum',
  'const',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'required',
  'additionalProperties',
  'type',
  'pattern',
];

/**
 * Ajv's errors for one state, as diagnostics. Errors on an ancestor of another error's node are
 * consequences (a oneOf that failed because a child did) and are dropped; each remaining node
 * gets the messages of its most telling keyword.
 */
export function schemaDiagnostics(
  errors: readonly ErrorObject[],
  base: Path,
  language: QueryLanguage,
): Diagnostic[] {
  const leaves = errors.filter((e) => !errors.some((o) => o.instancePath.startsWith(`${e.instancePath}/`)));
  const groups = new Map<string, ErrorObject[]>();
  for (const e of leaves) groups.set(e.instancePath, [...(groups.get(e.instancePath) ?? []), e]);
  const found: Diagnostic[] = [];
  for (const [instancePath, group] of groups) {
    const path = [...base, ...segmentsOf(instancePath)];
    found.push(...groupDiagnostics(group, path, instancePath === '' ? language : undefined));
  }
  return found;
}

function groupDiagnostics(
  group: readonly ErrorObject[],
  path: Path,
  stateLanguage: QueryLanguage | undefined,
): Diagnostic[] {
  const field = fieldName(path);
  const format = group.find((e) => e.keyword === 'format');
  if (format !== undefined) return [schemaError(path, formatMessage(String(format.params.format), field))];
  if (group.some((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')) {
    return [schemaError(path, `The value for the field '${field}' is not valid`)];
  }
  const keyword = PRIORITY.find((k) => group.some((e) => e.keyword === k)) ?? group[0].keyword;
  const chosen = group.filter((e) => e.keyword === keyword);
  if (keyword === 'required') {
    const missing = [...new Set(chosen.map((e) => String(e.params.missingProperty)))];
    return [schemaError(path, `These fields are required: [${missing.join(', ')}]`)];
  }
  if (keyword === 'additionalProperties') {
    return chosen.map((e) => {
      const extra = String(e.params.additionalProperty);
      const message =
        stateLanguage === undefined
          ? `Field '${extra}' is not supported`
          : unsupportedFieldMessage(extra, stateLanguage);
      return schemaError([...path, extra], message);
    });
  }
  const messages = [...new Set(chosen.map((e) => keywordMessage(e, field)))];
  return messages.map((m) => schemaError(path, m));
}

function keywordMessage(e: ErrorObject, field: string): string {
  switch (e.keyword) {
    case 'type': {
      const types = ([] as unknown[]).concat(e.params.type).join(' or ');
      return `The value for the field '${field}' must be of type ${types}`;
    }
    case 'enum':
      return `The value for the field '${field}' must be one of: [${(e.params.allowedValues as unknown[]).join(', ')}]`;
    case 'const':
      return `The value for the field '${field}' must be ${JSON.stringify(e.params.allowedValue)}`;
    case 'minimum':
    case 'exclusiveMinimum':
      return `Minimum value is ${e.params.limit}`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `Maximum value is ${e.params.limit}`;
    case 'minItems':
      return `The field '${field}' must contain at least ${e.params.limit} item(s)`;
    case 'pattern':
      return String(e.params.pattern).startsWith('^\\{%')
        ? `The value for the field '${field}' must be a JSONata expression: a string starting with '{%' and ending with '%}'`
        : `The value for the field '${field}' is not valid`;
    default:
      return `The value for the field '${field}' is not valid (${e.message ?? e.keyword})`;
  }
}

function formatMessage(format: string, field: string): string {
  switch (format) {
    case 'date-time':
      return 'String does not match RFC3339 timestamp';
    case 'asl_ref_path':
      return `The value for the field '${field}' must be a valid Reference Path`;
    case 'asl_result_path':
      return `The value for the field '${field}' must be a valid ResultPath`;
    case 'asl_path':
      return `The value for the field '${field}' must be a valid JSONPath`;
    default:
      return `The value for the field '${field}' is not valid (${format})`;
  }
}

/** JSON pointer segments of an Ajv instancePath ("/Choices/0/Next"). */
function segmentsOf(instancePath: string): string[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** How messages name a node: its key, or `Parent[i]` for an array item. */
export function fieldName(path: Path): string {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === undefined) return '';
  return /^\d+$/.test(String(last)) && parent !== undefined ? `${parent}[${last}]` : String(last);
}
