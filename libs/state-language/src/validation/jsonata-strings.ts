import type { Diagnostic } from '../errors/diagnostics.js';
import { isJsonObject } from '../json.js';
import { checkJsonataSyntax, isJsonataTemplate } from '../jsonata/index.js';
import type { StateEntry } from './machine.js';
import { Code, error, type Path } from './report.js';

/** Fields of a JSONata state that are never evaluated (or are checked as states of their own). */
const NOT_EVALUATED = new Set([
  'Type',
  'Comment',
  'Next',
  'End',
  'QueryLanguage',
  'Resource',
  'Default',
  'Label',
  'Result',
  'Retry',
  'Branches',
  'ItemProcessor',
  'Iterator',
  'Choices',
  'Catch',
]);
/** The evaluated fields of a Choice rule and of a catcher. */
const RULE_FIELDS = ['Condition', 'Output', 'Assign'];
const CATCHER_FIELDS = ['Output', 'Assign'];

/** Every `{% … %}` string a JSONata state evaluates must parse (and not read `$` at the top level). */
export function checkJsonataStrings({ state, path, language }: StateEntry): Diagnostic[] {
  if (language !== 'JSONata') return [];
  const found: Diagnostic[] = [];
  for (const [field, value] of Object.entries(state)) {
    if (!NOT_EVALUATED.has(field)) found.push(...checkValue(value, [...path, field]));
  }
  for (const [list, fields] of [
    ['Choices', RULE_FIELDS],
    ['Catch', CATCHER_FIELDS],
  ] as const) {
    const items = state[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      if (isJsonObject(item))
        for (const f of fields) found.push(...checkValue(item[f], [...path, list, i, f]));
    });
  }
  return found;
}

function checkValue(value: unknown, path: Path): Diagnostic[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => checkValue(v, [...path, i]));
  if (isJsonObject(value)) return Object.entries(value).flatMap(([k, v]) => checkValue(v, [...path, k]));
  if (!isJsonataTemplate(value)) return [];
  const problem = checkJsonataSyntax(value);
  return problem === null
    ? []
    : [error(Code.InvalidJsonata, path, `Invalid JSONata expression ${value}: ${problem}`)];
}
