import type { Json } from '../json.js';
import { States, StatesError } from '../errors/states-errors.js';
import type { ParsedPath } from './path-ast.js';
import { JsonPathSyntaxError } from './path-cursor.js';
import { compileJsonPath } from './parse-path.js';
import { evaluateSegments, PathNotFoundError } from './evaluate-path.js';
import { renderSegments } from './render-path.js';

/** What a JSONPath can name: `$` the (effective) input, `$$` the context object, `$name` variables. */
export type PathScope = {
  readonly input: Json;
  readonly context: Json;
  readonly variables: Readonly<Record<string, Json>>;
};

/** The outcome of looking a path up: a definite path yields its node, an indefinite one an array. */
export type PathLookup =
  { readonly found: true; readonly value: Json } | { readonly found: false; readonly message: string };

/**
 * Looks a path up. A definite path that matches nothing is `found: false` with Jayway's message
 * (`No results for path: $['a']`, `Missing property in path $['a']`, …); an indefinite path
 * always succeeds with the array of its matches (possibly empty). A malformed path throws
 * StatesError(States.Runtime).
 */
export function lookupPath(path: string, scope: PathScope): PathLookup {
  const parsed = compileOrThrow(path);
  const { root } = parsed;
  let doc: Json;
  if (root.kind === 'input') doc = scope.input;
  else if (root.kind === 'context') doc = scope.context;
  else if (Object.prototype.hasOwnProperty.call(scope.variables, root.name)) doc = scope.variables[root.name];
  else return { found: false, message: `The variable '${root.name}' is not defined` };
  return lookupIn(doc, parsed);
}

/** Looks a compiled path up in one document, ignoring its root kind. */
export function lookupIn(doc: Json, parsed: ParsedPath): PathLookup {
  try {
    const values = evaluateSegments(doc, parsed.segments);
    if (!parsed.definite) return { found: true, value: values };
    if (values.length === 0)
      return { found: false, message: `No results for path: ${renderSegments(parsed.segments)}` };
    return { found: true, value: values[0] };
  } catch (e) {
    if (e instanceof PathNotFoundError) return { found: false, message: e.message };
    throw e;
  }
}

/**
 * Resolves a path as InputPath, OutputPath, ItemsPath and Choice `Variable` do. Throws
 * StatesError(States.Runtime, "Invalid path '<path>' : <reason>") when nothing matches.
 */
export function resolvePath(path: string, scope: PathScope): Json {
  const result = lookupPath(path, scope);
  if (result.found) return result.value;
  throw new StatesError(States.Runtime, `Invalid path '${path}' : ${result.message}`);
}

/**
 * Resolves a path named by a field (a payload template's `key.$`, ErrorPath, CausePath, …). Throws
 * StatesError(States.Runtime, "The JSONPath '<path>' specified for the field '<field>' could not
 * be found in the input '<input as JSON>'") when nothing matches.
 */
export function resolvePathForField(path: string, scope: PathScope, field: string): Json {
  const result = lookupPath(path, scope);
  if (result.found) return result.value;
  throw new StatesError(
    States.Runtime,
    `The JSONPath '${path}' specified for the field '${field}' could not be found in the input '${JSON.stringify(scope.input)}'`,
  );
}

function compileOrThrow(path: string): ParsedPath {
  try {
    return compileJsonPath(path);
  } catch (e) {
    if (e instanceof JsonPathSyntaxError)
      throw new StatesError(States.Runtime, `Invalid path '${path}' : ${e.message}`);
    throw e;
  }
}
