import { isJsonObject, jsonEquals, type Json } from '../json.js';
import type { RelationalOperator } from './path-ast.js';

/** A filter operand once evaluated: Jayway's ValueNode, reduced to what the operators need. */
export type FilterValue =
  | { readonly kind: 'undefined' }
  | { readonly kind: 'value'; readonly value: Json }
  | { readonly kind: 'regex'; readonly regex: RegExp };

const NUMERIC = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Applies a relational operator with Jayway's EvaluatorFactory semantics. */
export function compareFilterValues(op: RelationalOperator, left: FilterValue, right: FilterValue): boolean {
  switch (op) {
    case '==':
      return looseEquals(left, right);
    case '!=':
      return !looseEquals(left, right);
    case '===':
      return strictEquals(left, right);
    case '!==':
      return !strictEquals(left, right);
    case '<':
      return order(left, right, (c) => c < 0);
    case '<=':
      return order(left, right, (c) => c <= 0);
    case '>':
      return order(left, right, (c) => c > 0);
    case '>=':
      return order(left, right, (c) => c >= 0);
    case '=~':
      return regexMatch(left, right);
    case 'in':
      return listOf(right)?.some((v) => looseEquals(left, value(v))) ?? false;
    case 'nin':
      return !(listOf(right)?.some((v) => looseEquals(left, value(v))) ?? false);
    case 'subsetof':
      return setTest(left, right, (l, r) => l.every((x) => r.some((y) => equalJson(x, y))));
    case 'anyof':
      return setTest(left, right, (l, r) => l.some((x) => r.some((y) => equalJson(x, y))));
    case 'noneof':
      return setTest(left, right, (l, r) => !l.some((x) => r.some((y) => equalJson(x, y))));
    case 'contains':
      return contains(left, right);
    case 'size':
      return sized(left, (n) => right.kind === 'value' && right.value === n);
    case 'empty':
      return sized(left, (n) => right.kind === 'value' && right.value === (n === 0));
  }
}

function value(v: Json): FilterValue {
  return { kind: 'value', value: v };
}

function equalJson(a: Json, b: Json): boolean {
  return looseEquals(value(a), value(b));
}

/** `==`: numbers and numeric strings compare as numbers; objects and arrays deeply. */
function looseEquals(l: FilterValue, r: FilterValue): boolean {
  if (l.kind !== 'value' || r.kind !== 'value') return false;
  const a = l.value;
  const b = r.value;
  if (typeof a === 'number' && typeof b === 'string') return NUMERIC.test(b) && Number(b) === a;
  if (typeof a === 'string' && typeof b === 'number') return a === String(b);
  if (typeof a === 'object' || typeof b === 'object') {
    if (a === null || b === null) return a === b;
    return jsonEquals(a, b);
  }
  return a === b;
}

function kindOf(v: Json): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function strictEquals(l: FilterValue, r: FilterValue): boolean {
  if (l.kind !== 'value' || r.kind !== 'value') return false;
  return kindOf(l.value) === kindOf(r.value) && looseEquals(l, r);
}

function order(l: FilterValue, r: FilterValue, test: (c: number) => boolean): boolean {
  if (l.kind !== 'value' || r.kind !== 'value') return false;
  const a = l.value;
  const b = r.value;
  if (typeof a === 'number' && typeof b === 'number') return test(a - b);
  if (typeof a === 'string' && typeof b === 'string') return test(a < b ? -1 : a > b ? 1 : 0);
  return false;
}

function regexMatch(l: FilterValue, r: FilterValue): boolean {
  if ((l.kind === 'regex') === (r.kind === 'regex')) return false;
  const [pattern, subject] = l.kind === 'regex' ? [l.regex, r] : [(r as { regex: RegExp }).regex, l];
  if (subject.kind !== 'value') return pattern.test('');
  const v = subject.value;
  if (Array.isArray(v)) return v.some((x) => pattern.test(matchInput(x)));
  return pattern.test(matchInput(v));
}

function matchInput(v: Json): string {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

function listOf(v: FilterValue): readonly Json[] | undefined {
  return v.kind === 'value' && Array.isArray(v.value) ? v.value : undefined;
}

function setTest(
  l: FilterValue,
  r: FilterValue,
  test: (l: readonly Json[], r: readonly Json[]) => boolean,
): boolean {
  const a = listOf(l);
  const b = listOf(r);
  return a !== undefined && b !== undefined && test(a, b);
}

function contains(l: FilterValue, r: FilterValue): boolean {
  if (l.kind !== 'value' || r.kind !== 'value') return false;
  if (typeof l.value === 'string') return typeof r.value === 'string' && l.value.includes(r.value);
  if (Array.isArray(l.value)) return l.value.some((x) => looseEquals(value(x), r));
  return false;
}

function sized(l: FilterValue, test: (size: number) => boolean): boolean {
  if (l.kind !== 'value') return false;
  if (typeof l.value === 'string' || Array.isArray(l.value)) return test(l.value.length);
  if (isJsonObject(l.value)) return test(Object.keys(l.value).length);
  return false;
}

/** Java's `Pattern.matcher(s).matches()`: the whole string must match. Throws on a bad pattern. */
export function toRegExp(source: string, flags: string): RegExp {
  const jsFlags = [...new Set(flags.split('').filter((f) => f === 'i' || f === 'm' || f === 's'))].join('');
  return new RegExp(`^(?:${source})$`, jsFlags);
}
