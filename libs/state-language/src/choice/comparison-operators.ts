import type { Json } from '../json.js';
import { matchesWildcard } from './string-matches.js';
import { compareInstants, isTimestamp, parseTimestamp, type Instant } from './timestamp.js';

/** Compares the Variable's value with the operand; a type mismatch is simply false. */
type Compare = (value: Json, operand: Json) => boolean;

const BASES = ['String', 'Numeric', 'Timestamp'] as const;
const RELATIONS = {
  Equals: (c: number) => c === 0,
  LessThan: (c: number) => c < 0,
  GreaterThan: (c: number) => c > 0,
  LessThanEquals: (c: number) => c <= 0,
  GreaterThanEquals: (c: number) => c >= 0,
} as const;

/** Three-way comparisons per base type; undefined when either side has the wrong type. */
const ORDERINGS: Record<(typeof BASES)[number], (a: Json, b: Json) => number | undefined> = {
  String: (a, b) =>
    typeof a === 'string' && typeof b === 'string' ? (a < b ? -1 : a > b ? 1 : 0) : undefined,
  Numeric: (a, b) => (typeof a === 'number' && typeof b === 'number' ? Math.sign(a - b) : undefined),
  Timestamp: (a, b) => {
    const x = instantOf(a);
    const y = instantOf(b);
    return x && y ? compareInstants(x, y) : undefined;
  },
};

function instantOf(v: Json): Instant | undefined {
  return typeof v === 'string' ? parseTimestamp(v) : undefined;
}

function buildComparisons(): Map<string, Compare> {
  const table = new Map<string, Compare>();
  for (const base of BASES) {
    for (const [relation, test] of Object.entries(RELATIONS)) {
      table.set(`${base}${relation}`, (value, operand) => {
        const c = ORDERINGS[base](value, operand);
        return c !== undefined && test(c);
      });
    }
  }
  table.set('BooleanEquals', (v, o) => typeof v === 'boolean' && typeof o === 'boolean' && v === o);
  table.set(
    'StringMatches',
    (v, o) => typeof v === 'string' && typeof o === 'string' && matchesWildcard(v, o),
  );
  return table;
}

/** Binary comparison operators by name (`StringEquals`, `NumericLessThan`, …, `StringMatches`). */
export const COMPARISONS: ReadonlyMap<string, Compare> = buildComparisons();

/** Type tests (`IsNull: true` holds when the Variable is null). IsPresent is handled apart. */
export const TYPE_TESTS: ReadonlyMap<string, (value: Json) => boolean> = new Map<
  string,
  (value: Json) => boolean
>([
  ['IsNull', (v: Json) => v === null],
  ['IsNumeric', (v: Json) => typeof v === 'number'],
  ['IsString', (v: Json) => typeof v === 'string'],
  ['IsBoolean', (v: Json) => typeof v === 'boolean'],
  ['IsTimestamp', (v: Json) => isTimestamp(v)],
]);

/** Operators whose operand is a path to compare against (`StringEqualsPath`, …), minus `Path`. */
export function pathOperatorBase(name: string): string | undefined {
  if (!name.endsWith('Path')) return undefined;
  const base = name.slice(0, -'Path'.length);
  return COMPARISONS.has(base) && base !== 'StringMatches' ? base : undefined;
}
