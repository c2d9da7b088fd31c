/** Choice rules as short edge labels: `$.total > 100`, `$.kind == "a" and $.x is present`. */

const OPERATORS: Record<string, string> = {
  StringEquals: '==',
  StringLessThan: '<',
  StringGreaterThan: '>',
  StringLessThanEquals: '<=',
  StringGreaterThanEquals: '>=',
  StringMatches: 'matches',
  NumericEquals: '==',
  NumericLessThan: '<',
  NumericGreaterThan: '>',
  NumericLessThanEquals: '<=',
  NumericGreaterThanEquals: '>=',
  BooleanEquals: '==',
  TimestampEquals: '==',
  TimestampLessThan: '<',
  TimestampGreaterThan: '>',
  TimestampLessThanEquals: '<=',
  TimestampGreaterThanEquals: '>=',
};

const TESTS: Record<string, [string, string]> = {
  IsNull: ['is null', 'is not null'],
  IsPresent: ['is present', 'is absent'],
  IsNumeric: ['is numeric', 'is not numeric'],
  IsString: ['is a string', 'is not a string'],
  IsBoolean: ['is a boolean', 'is not a boolean'],
  IsTimestamp: ['is a timestamp', 'is not a timestamp'],
};

const MAX = 48;

function shorten(text: string): string {
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

function describe(rule: unknown, nested: boolean): string {
  if (typeof rule !== 'object' || rule === null) return '?';
  const r = rule as Record<string, unknown>;
  if (typeof r.Condition === 'string') return r.Condition.replace(/^\{%\s*|\s*%\}$/g, '');
  if (typeof r.Condition === 'boolean') return String(r.Condition);
  for (const [key, joiner] of [
    ['And', ' and '],
    ['Or', ' or '],
  ] as const) {
    if (Array.isArray(r[key])) {
      const text = (r[key] as unknown[]).map((x) => describe(x, true)).join(joiner);
      return nested ? `(${text})` : text;
    }
  }
  if (r.Not !== undefined) return `not ${describe(r.Not, true)}`;
  const variable = typeof r.Variable === 'string' ? r.Variable : '?';
  for (const [key, value] of Object.entries(r)) {
    if (key === 'Variable' || key === 'Next' || key === 'Comment' || key === 'Assign') continue;
    const isPath = key.endsWith('Path') && key !== 'Path';
    const op = isPath ? key.slice(0, -4) : key;
    if (OPERATORS[op])
      return `${variable} ${OPERATORS[op]} ${isPath ? String(value) : JSON.stringify(value)}`;
    if (TESTS[op]) return `${variable} ${TESTS[op][value === false ? 1 : 0]}`;
  }
  return variable;
}

/** A Choice rule (or its Condition) as one short line. */
export function describeRule(rule: unknown): string {
  return shorten(describe(rule, false));
}
