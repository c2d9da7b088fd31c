import type { FilterExpr, FilterOperand, RelationalOperator } from './path-ast.js';
import type { PathCursor } from './path-cursor.js';
import { parseSegments } from './parse-segments.js';
import { toRegExp } from './filter-operators.js';

const SYMBOL_OPERATORS: readonly RelationalOperator[] = [
  '===',
  '!==',
  '==',
  '!=',
  '<=',
  '>=',
  '=~',
  '<',
  '>',
];
const WORD_OPERATORS: readonly RelationalOperator[] = [
  'subsetof',
  'contains',
  'noneof',
  'anyof',
  'empty',
  'size',
  'nin',
  'in',
];

/** Parses the inside of `[?( … )]`: `||`, `&&`, `!`, parentheses and relations, as Jayway does. */
export function parseFilterExpr(cursor: PathCursor): FilterExpr {
  let left = parseAnd(cursor);
  for (;;) {
    cursor.skipSpaces();
    if (!cursor.eat('||')) return left;
    left = { kind: 'or', left, right: parseAnd(cursor) };
  }
}

function parseAnd(cursor: PathCursor): FilterExpr {
  let left = parseUnary(cursor);
  for (;;) {
    cursor.skipSpaces();
    if (!cursor.eat('&&')) return left;
    left = { kind: 'and', left, right: parseUnary(cursor) };
  }
}

function parseUnary(cursor: PathCursor): FilterExpr {
  cursor.skipSpaces();
  if (cursor.peek() === '!' && cursor.peek(1) !== '=') {
    cursor.pos++;
    return { kind: 'not', expr: parseUnary(cursor) };
  }
  if (cursor.eat('(')) {
    const expr = parseFilterExpr(cursor);
    cursor.skipSpaces();
    cursor.expect(')');
    return expr;
  }
  return parseRelation(cursor);
}

function parseRelation(cursor: PathCursor): FilterExpr {
  const left = parseOperand(cursor);
  cursor.skipSpaces();
  const op = readOperator(cursor);
  if (op === undefined) return { kind: 'exists', operand: left };
  const right = parseOperand(cursor);
  return { kind: 'compare', op, left, right };
}

function readOperator(cursor: PathCursor): RelationalOperator | undefined {
  for (const op of SYMBOL_OPERATORS) if (cursor.eat(op)) return op;
  const word = /^[A-Za-z]+/.exec(cursor.text.slice(cursor.pos))?.[0].toLowerCase();
  const op = WORD_OPERATORS.find((w) => w === word);
  if (op !== undefined) cursor.pos += op.length;
  return op;
}

function parseOperand(cursor: PathCursor): FilterOperand {
  cursor.skipSpaces();
  const c = cursor.peek();
  if (c === '@' || c === '$') {
    cursor.pos++;
    return { kind: 'path', path: { relative: c === '@', segments: parseSegments(cursor, true) } };
  }
  if (c === '/') return readRegex(cursor);
  if (cursor.done) cursor.fail('expected a value');
  return { kind: 'literal', value: cursor.readLiteral() };
}

function readRegex(cursor: PathCursor): FilterOperand {
  cursor.expect('/');
  let source = '';
  while (!cursor.done && cursor.peek() !== '/') {
    if (cursor.peek() === '\\') {
      source += cursor.peek();
      cursor.pos++;
    }
    source += cursor.peek();
    cursor.pos++;
  }
  cursor.expect('/');
  const flags = /^[a-z]*/.exec(cursor.text.slice(cursor.pos))?.[0] ?? '';
  cursor.pos += flags.length;
  try {
    toRegExp(source, flags);
  } catch {
    cursor.fail(`invalid regular expression /${source}/`);
  }
  return { kind: 'regex', source, flags };
}
