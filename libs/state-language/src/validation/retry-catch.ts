import type { Diagnostic } from '../errors/diagnostics.js';
import { isJsonObject, type JsonObject } from '../json.js';
import { unsupportedFieldMessage } from './field-sets.js';
import type { QueryLanguage, StateEntry } from './machine.js';
import { checkNumber, MAX_SECONDS } from './numbers.js';
import { isValidPath } from './path-syntax.js';
import { has, schemaError, type Path } from './report.js';
import { checkEnum } from './scope-fields.js';

const RETRIER_FIELDS = [
  'ErrorEquals',
  'IntervalSeconds',
  'MaxAttempts',
  'BackoffRate',
  'MaxDelaySeconds',
  'JitterStrategy',
  'Comment',
];
const CATCHER_FIELDS: Record<QueryLanguage, readonly string[]> = {
  JSONPath: ['ErrorEquals', 'Next', 'ResultPath', 'Assign', 'Comment'],
  JSONata: ['ErrorEquals', 'Next', 'Output', 'Assign', 'Comment'],
};
const MAX_DELAY_SECONDS = 31_622_400;

/** Retry and Catch of a Task, Parallel or Map state (other types reject the fields in their schema). */
export function checkRetryAndCatch({ state, path, language }: StateEntry): Diagnostic[] {
  if (state.Type !== 'Task' && state.Type !== 'Parallel' && state.Type !== 'Map') return [];
  return [
    ...eachItem(state, 'Retry', path, (r, at, last) => checkRetrier(r, at, last)),
    ...eachItem(state, 'Catch', path, (c, at, last) => checkCatcher(c, at, last, language)),
  ];
}

type ItemCheck = (item: JsonObject, path: Path, isLast: boolean) => Diagnostic[];

function eachItem(state: JsonObject, field: 'Retry' | 'Catch', path: Path, check: ItemCheck): Diagnostic[] {
  if (!has(state, field)) return [];
  const list = state[field];
  if (!Array.isArray(list))
    return [schemaError([...path, field], `The value for the field '${field}' must be of type array`)];
  return list.flatMap((item, i) => {
    const at = [...path, field, i];
    if (!isJsonObject(item))
      return [schemaError(at, `The value for the field '${field}[${i}]' must be a JSON object`)];
    return check(item, at, i === list.length - 1);
  });
}

function checkRetrier(retrier: JsonObject, path: Path, isLast: boolean): Diagnostic[] {
  const found = unknownFields(retrier, RETRIER_FIELDS, path, undefined);
  found.push(...checkErrorEquals(retrier, path, isLast, 'Retrier', 'Retry'));
  const number = (field: string, rule: Parameters<typeof checkNumber>[2]) =>
    has(retrier, field) ? checkNumber(retrier[field], [...path, field], rule) : [];
  found.push(...number('IntervalSeconds', { integer: true, min: 1, max: MAX_SECONDS }));
  found.push(...number('MaxAttempts', { integer: true, min: 0, max: MAX_SECONDS }));
  found.push(...number('BackoffRate', { integer: false, min: 1, decimal: true }));
  found.push(...number('MaxDelaySeconds', { integer: true, min: 1, max: MAX_DELAY_SECONDS }));
  if (has(retrier, 'JitterStrategy'))
    found.push(...checkEnum(retrier.JitterStrategy, [...path, 'JitterStrategy'], ['FULL', 'NONE']));
  return found;
}

function checkCatcher(
  catcher: JsonObject,
  path: Path,
  isLast: boolean,
  language: QueryLanguage,
): Diagnostic[] {
  const found = unknownFields(catcher, CATCHER_FIELDS[language], path, language);
  found.push(...checkErrorEquals(catcher, path, isLast, 'Catcher', 'Catch'));
  if (!has(catcher, 'Next')) found.push(schemaError(path, 'These fields are required: [Next]'));
  else if (typeof catcher.Next !== 'string')
    found.push(schemaError([...path, 'Next'], "The value for the field 'Next' must be of type string"));
  const resultPath = catcher.ResultPath;
  if (language === 'JSONPath' && has(catcher, 'ResultPath') && resultPath !== null) {
    if (typeof resultPath !== 'string' || !isValidPath(resultPath, 'result')) {
      found.push(
        schemaError(
          [...path, 'ResultPath'],
          "The value for the field 'ResultPath' must be a valid ResultPath",
        ),
      );
    }
  }
  if (has(catcher, 'Assign') && !isJsonObject(catcher.Assign)) {
    found.push(schemaError([...path, 'Assign'], "The value for the field 'Assign' must be a JSON object"));
  }
  return found;
}

/** Non-empty error names; "States.ALL" alone in its list and in the last retrier or catcher. */
function checkErrorEquals(
  item: JsonObject,
  path: Path,
  isLast: boolean,
  kind: string,
  list: string,
): Diagnostic[] {
  if (!has(item, 'ErrorEquals')) return [schemaError(path, 'These fields are required: [ErrorEquals]')];
  const names = item.ErrorEquals;
  const at = [...path, 'ErrorEquals'];
  if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === 'string')) {
    return [schemaError(at, "The value for the field 'ErrorEquals' must be a non-empty array of strings")];
  }
  if (!names.includes('States.ALL')) return [];
  if (names.length > 1) return [schemaError(at, "'States.ALL' must appear alone in 'ErrorEquals'")];
  if (!isLast) return [schemaError(at, `A ${kind} with 'States.ALL' must be the last one in '${list}'`)];
  return [];
}

function unknownFields(
  item: JsonObject,
  allowed: readonly string[],
  path: Path,
  language: QueryLanguage | undefined,
): Diagnostic[] {
  return Object.keys(item)
    .filter((f) => !allowed.includes(f))
    .map((f) =>
      schemaError(
        [...path, f],
        language === undefined ? `Field '${f}' is not supported` : unsupportedFieldMessage(f, language),
      ),
    );
}
