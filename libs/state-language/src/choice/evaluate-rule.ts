import { isJsonObject, type Json, type JsonObject } from '../json.js';
import { States, StatesError } from '../errors/states-errors.js';
import type { ChoiceRule } from '../definition/types.js';
import { lookupPath, type PathScope } from '../jsonpath/index.js';
import { COMPARISONS, pathOperatorBase, TYPE_TESTS } from './comparison-operators.js';

/** Fields a rule may carry besides its Variable and its one operator. */
const NON_OPERATOR_FIELDS = new Set(['Variable', 'Next', 'Comment', 'Assign', 'Output']);

/**
 * Evaluates a JSONPath Choice rule (`Variable` + one operator, or `And`/`Or`/`Not`, nested) against
 * the Choice state's effective input. `$` in paths is `input`; `$$` and variables come from scope.
 *
 * As on AWS: a value of the wrong type makes a comparison false; `IsPresent` tests whether the
 * Variable's path matches; for every other operator a Variable (or `…Path` operand) matching
 * nothing fails with States.Runtime ("Invalid path '$.x' : No results for path: $['x']").
 * And/Or stop at the first rule that decides them.
 */
export function evaluateChoiceRule(rule: ChoiceRule, input: Json, scope: PathScope): boolean {
  return evaluate(rule, { ...scope, input });
}

function evaluate(rule: Json, scope: PathScope): boolean {
  if (!isJsonObject(rule)) throw invalidRule('a Choice rule must be an object');
  if (rule.And !== undefined) return listOf(rule.And, 'And').every((r) => evaluate(r, scope));
  if (rule.Or !== undefined) return listOf(rule.Or, 'Or').some((r) => evaluate(r, scope));
  if (rule.Not !== undefined) return !evaluate(rule.Not, scope);
  return evaluateComparison(rule, scope);
}

function evaluateComparison(rule: JsonObject, scope: PathScope): boolean {
  const variable = rule.Variable;
  if (typeof variable !== 'string') throw invalidRule('a Choice rule needs a Variable (or And, Or, Not)');
  const operator = Object.keys(rule).find((k) => !NON_OPERATOR_FIELDS.has(k));
  if (operator === undefined) throw invalidRule(`the rule on '${variable}' has no comparison operator`);
  const operand = rule[operator];
  const found = lookupPath(variable, scope);

  if (operator === 'IsPresent') return found.found === expectBoolean(operator, operand);
  if (!found.found) throw new StatesError(States.Runtime, `Invalid path '${variable}' : ${found.message}`);
  const value = found.value;

  const typeTest = TYPE_TESTS.get(operator);
  if (typeTest !== undefined) return typeTest(value) === expectBoolean(operator, operand);

  const compare = COMPARISONS.get(operator);
  if (compare !== undefined) return compare(value, operand);

  const base = pathOperatorBase(operator);
  if (base !== undefined) {
    if (typeof operand !== 'string') throw invalidRule(`${operator} must be a path`);
    const other = lookupPath(operand, scope);
    if (!other.found) throw new StatesError(States.Runtime, `Invalid path '${operand}' : ${other.message}`);
    return (COMPARISONS.get(base) as (a: Json, b: Json) => boolean)(value, other.value);
  }
  throw invalidRule(`unknown comparison operator '${operator}'`);
}

function listOf(value: Json, field: string): Json[] {
  if (!Array.isArray(value)) throw invalidRule(`${field} must be an array of rules`);
  return value;
}

function expectBoolean(operator: string, operand: Json): boolean {
  if (typeof operand !== 'boolean') throw invalidRule(`${operator} must be true or false`);
  return operand;
}

function invalidRule(reason: string): StatesError {
  return new StatesError(States.Runtime, `Invalid Choice rule: ${reason}`);
}
