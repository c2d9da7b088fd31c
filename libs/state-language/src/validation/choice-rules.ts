import type { Diagnostic } from '../errors/diagnostics.js';
import { isJsonObject, type JsonObject } from '../json.js';
import { isJsonataTemplate } from '../jsonata/index.js';
import { unsupportedFieldMessage } from './field-sets.js';
import type { StateEntry } from './machine.js';
import { isValidPath } from './path-syntax.js';
import { has, schemaError, type Path } from './report.js';

type ValueType = 'string' | 'number' | 'boolean';
const COMPARISONS: Record<string, ValueType> = {};
for (const op of ['Equals', 'LessThan', 'GreaterThan', 'LessThanEquals', 'GreaterThanEquals']) {
  COMPARISONS[`String${op}`] = 'string';
  COMPARISONS[`Numeric${op}`] = 'number';
  COMPARISONS[`Timestamp${op}`] = 'string';
}
const PATH_COMPARISONS = [...Object.keys(COMPARISONS), 'BooleanEquals'].map((op) => `${op}Path`);
Object.assign(COMPARISONS, { BooleanEquals: 'boolean', StringMatches: 'string' });
for (const op of ['IsNull', 'IsPresent', 'IsNumeric', 'IsString', 'IsBoolean', 'IsTimestamp'])
  COMPARISONS[op] = 'boolean';
const OPERATORS = new Set([...Object.keys(COMPARISONS), ...PATH_COMPARISONS, 'And', 'Or', 'Not']);
const META = new Set(['Next', 'Assign', 'Comment']);

/**
 * The Choices of a Choice state. JSONata rules are a Condition and a Next; JSONPath rules hold
 * exactly one operator: a comparison on a Variable, or And / Or / Not over nested rules (which
 * have no Next). A JSONata rule may carry Output and Assign, a JSONPath one Assign.
 */
export function checkChoiceRules({ state, path, language }: StateEntry): Diagnostic[] {
  const choices = state.Choices;
  const at = [...path, 'Choices'];
  if (!Array.isArray(choices)) return []; // the schema reports a missing or non-array Choices
  if (choices.length === 0) return [schemaError(at, "The field 'Choices' must contain at least 1 item(s)")];
  return choices.flatMap((rule, i) => {
    if (!isJsonObject(rule))
      return [schemaError([...at, i], `The value for the field 'Choices[${i}]' must be a JSON object`)];
    const found = has(rule, 'Next') ? [] : [schemaError([...at, i], 'These fields are required: [Next]')];
    if (has(rule, 'Next') && typeof rule.Next !== 'string')
      found.push(schemaError([...at, i, 'Next'], "The value for the field 'Next' must be of type string"));
    return [
      ...found,
      ...(language === 'JSONata'
        ? checkJsonataRule(rule, [...at, i])
        : checkPathRule(rule, [...at, i], true)),
    ];
  });
}

function checkJsonataRule(rule: JsonObject, path: Path): Diagnostic[] {
  const found = Object.keys(rule)
    .filter((f) => !['Condition', 'Next', 'Assign', 'Output', 'Comment'].includes(f))
    .map((f) => schemaError([...path, f], unsupportedFieldMessage(f, 'JSONata')));
  if (!has(rule, 'Condition')) found.push(schemaError(path, 'These fields are required: [Condition]'));
  else if (typeof rule.Condition !== 'boolean' && !isJsonataTemplate(rule.Condition)) {
    found.push(
      schemaError(
        [...path, 'Condition'],
        "The value for the field 'Condition' must be a JSONata expression: a string starting with '{%' and ending with '%}'",
      ),
    );
  }
  return found;
}

function checkPathRule(rule: JsonObject, path: Path, topLevel: boolean): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const field of Object.keys(rule)) {
    if (OPERATORS.has(field) || field === 'Variable' || field === 'Comment' || (topLevel && META.has(field)))
      continue;
    found.push(schemaError([...path, field], unsupportedFieldMessage(field, 'JSONPath')));
  }
  const operators = Object.keys(rule).filter((f) => OPERATORS.has(f));
  if (operators.length !== 1) {
    return [
      ...found,
      schemaError(path, 'A Choice rule must contain exactly one comparison operator, or one of And, Or, Not'),
    ];
  }
  const [operator] = operators;
  const value = rule[operator];
  const at = [...path, operator];
  if (operator === 'And' || operator === 'Or') {
    if (!Array.isArray(value) || value.length === 0)
      return [...found, schemaError(at, `The field '${operator}' must be a non-empty array of Choice rules`)];
    return [...found, ...value.flatMap((r, i) => nestedRule(r, [...at, i]))];
  }
  if (has(rule, 'Variable'))
    found.push(...checkVariable(rule.Variable, [...path, 'Variable'], operator === 'Not'));
  if (operator === 'Not') return [...found, ...nestedRule(value, at)];
  if (!has(rule, 'Variable')) found.push(schemaError(path, 'These fields are required: [Variable]'));
  if (PATH_COMPARISONS.includes(operator)) {
    if (typeof value !== 'string' || !isValidPath(value, 'reference'))
      found.push(schemaError(at, `The value for the field '${operator}' must be a valid Reference Path`));
  } else if (typeof value !== COMPARISONS[operator]) {
    found.push(
      schemaError(at, `The value for the field '${operator}' must be of type ${COMPARISONS[operator]}`),
    );
  }
  return found;
}

function nestedRule(rule: unknown, path: Path): Diagnostic[] {
  if (!isJsonObject(rule)) return [schemaError(path, 'A nested Choice rule must be a JSON object')];
  return checkPathRule(rule, path, false);
}

function checkVariable(variable: unknown, path: Path, misplaced: boolean): Diagnostic[] {
  if (misplaced) return [schemaError(path, "Field 'Variable' is not supported")];
  if (typeof variable === 'string' && isValidPath(variable, 'reference')) return [];
  return [schemaError(path, "The value for the field 'Variable' must be a valid Reference Path")];
}
