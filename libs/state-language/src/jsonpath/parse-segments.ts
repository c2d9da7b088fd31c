import type { Segment } from './path-ast.js';
import type { PathCursor } from './path-cursor.js';
import { parseFilterExpr } from './parse-filter.js';

/** Characters that end a path written inside a filter expression, e.g. `@.price < 10`. */
const FILTER_PATH_END = new Set([' ', '\t', '\n', '\r', ')', '=', '!', '<', '>', '&', '|', ',', ']']);

/**
 * Reads the steps after a root (`$`, `$$`, `$name`, `@`) up to the end of the text, or, inside a
 * filter, up to the first character that cannot continue a path. Follows Jayway's PathCompiler:
 * dot notation takes any character but `.`, `[`, `(` and blanks.
 */
export function parseSegments(cursor: PathCursor, inFilter: boolean): Segment[] {
  const segments: Segment[] = [];
  while (!cursor.done && !(inFilter && FILTER_PATH_END.has(cursor.peek()))) {
    if (cursor.eat('..')) {
      segments.push({ kind: 'scan' });
      if (cursor.peek() === '[') segments.push(parseBracket(cursor));
      else segments.push(parseDotStep(cursor, inFilter));
    } else if (cursor.eat('.')) {
      segments.push(parseDotStep(cursor, inFilter));
    } else if (cursor.peek() === '[') {
      segments.push(parseBracket(cursor));
    } else {
      cursor.fail(`unexpected character '${cursor.peek()}'`);
    }
  }
  return segments;
}

function parseDotStep(cursor: PathCursor, inFilter: boolean): Segment {
  if (cursor.eat('*')) return { kind: 'wildcard' };
  const start = cursor.pos;
  while (!cursor.done) {
    const c = cursor.peek();
    if (c === '.' || c === '[' || (inFilter && FILTER_PATH_END.has(c))) break;
    if (c === '(') cursor.fail('path functions are not supported');
    if (/\s/.test(c)) cursor.fail("use bracket notation ['my prop'] for a property containing blanks");
    cursor.pos++;
  }
  if (cursor.pos === start) cursor.fail('expected a property name');
  return { kind: 'property', names: [cursor.text.slice(start, cursor.pos)] };
}

function parseBracket(cursor: PathCursor): Segment {
  cursor.expect('[');
  cursor.skipSpaces();
  let segment: Segment;
  if (cursor.eat('*')) {
    segment = { kind: 'wildcard' };
  } else if (cursor.eat('?')) {
    cursor.skipSpaces();
    cursor.expect('(');
    const expr = parseFilterExpr(cursor);
    cursor.skipSpaces();
    cursor.expect(')');
    segment = { kind: 'filter', expr };
  } else if (cursor.peek() === "'" || cursor.peek() === '"') {
    const names = [cursor.readQuoted(true)];
    cursor.skipSpaces();
    while (cursor.eat(',')) {
      cursor.skipSpaces();
      names.push(cursor.readQuoted(true));
      cursor.skipSpaces();
    }
    segment = { kind: 'property', names };
  } else {
    segment = parseIndexOrSlice(cursor);
  }
  cursor.skipSpaces();
  cursor.expect(']');
  return segment;
}

function parseIndexOrSlice(cursor: PathCursor): Segment {
  const start = cursor.peek() === ':' ? undefined : cursor.readInteger();
  cursor.skipSpaces();
  if (cursor.eat(':')) {
    cursor.skipSpaces();
    const end = cursor.peek() === ']' ? undefined : cursor.readInteger();
    if (start === undefined && end === undefined) cursor.fail('a slice needs a start or an end');
    return { kind: 'slice', start, end };
  }
  const indexes = [start as number];
  while (cursor.eat(',')) {
    cursor.skipSpaces();
    indexes.push(cursor.readInteger());
    cursor.skipSpaces();
  }
  return { kind: 'index', indexes };
}
