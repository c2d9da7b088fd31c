import { areSegmentsDefinite, type ParsedPath, type PathRoot } from './path-ast.js';
import { JsonPathSyntaxError, PathCursor } from './path-cursor.js';
import { parseSegments } from './parse-segments.js';

export type ParsePathResult =
  { readonly ok: true; readonly path: ParsedPath } | { readonly ok: false; readonly message: string };

const VARIABLE_NAME = /^[\p{L}_][\p{L}\p{N}_]*/u;

/**
 * Compiles a JSONPath: `$…` (input), `$$…` (context object) or `$name…` (a JSONPath `Assign`
 * variable). Errors are values: `{ ok: false, message }`.
 */
export function parseJsonPath(text: string): ParsePathResult {
  try {
    return { ok: true, path: compileJsonPath(text) };
  } catch (e) {
    if (e instanceof JsonPathSyntaxError) return { ok: false, message: e.message };
    throw e;
  }
}

const cache = new Map<string, ParsedPath>();
const CACHE_LIMIT = 2000;

/** Like parseJsonPath, but throws JsonPathSyntaxError. Compiled paths are memoised. */
export function compileJsonPath(text: string): ParsedPath {
  const hit = cache.get(text);
  if (hit) return hit;
  const parsed = compile(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, parsed);
  return parsed;
}

function compile(text: string): ParsedPath {
  if (typeof text !== 'string') throw new JsonPathSyntaxError('A path must be a string');
  const cursor = new PathCursor(text.trim());
  if (!cursor.eat('$')) cursor.fail("a path must start with '$'");
  const root = readRoot(cursor);
  const segments = parseSegments(cursor, false);
  return { source: text, root, segments, definite: areSegmentsDefinite(segments) };
}

function readRoot(cursor: PathCursor): PathRoot {
  if (cursor.eat('$')) return { kind: 'context' };
  const name = VARIABLE_NAME.exec(cursor.text.slice(cursor.pos))?.[0];
  if (name === undefined) return { kind: 'input' };
  cursor.pos += name.length;
  return { kind: 'variable', name };
}
