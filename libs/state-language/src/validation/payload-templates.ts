import type { Diagnostic } from '../errors/diagnostics.js';
import { isJsonObject, type JsonObject } from '../json.js';
import type { StateEntry } from './machine.js';
import { pathOrIntrinsicProblem } from './path-syntax.js';
import { isIntrinsicCall } from '../intrinsics/index.js';
import { Code, schemaError, warning, type Path } from './report.js';

const LOOKS_LIKE_PATH = /^\$\$?[.[]/;

/** Where a JSONPath state holds payload templates (objects whose `.$` fields are evaluated). */
function templatesOf({ state, path }: StateEntry): [unknown, Path][] {
  const found: [unknown, Path][] = [
    'Parameters',
    'ResultSelector',
    'ItemSelector',
    'Assign',
    'Credentials',
  ].map((f) => [state[f], [...path, f]]);
  const nested: [string, string][] = [
    ['ItemReader', 'Parameters'],
    ['ItemBatcher', 'BatchInput'],
    ['ResultWriter', 'Parameters'],
  ];
  for (const [outer, inner] of nested) {
    const holder = state[outer];
    if (isJsonObject(holder)) found.push([holder[inner], [...path, outer, inner]]);
  }
  for (const list of ['Choices', 'Catch']) {
    const items = state[list];
    if (Array.isArray(items))
      items.forEach(
        (item, i) => isJsonObject(item) && found.push([item.Assign, [...path, list, i, 'Assign']]),
      );
  }
  return found;
}

/**
 * The payload templates of a JSONPath state: each `.$` field holds a valid path or intrinsic
 * function call, and no two fields share a name once `.$` is stripped. A plain field whose string
 * looks like a path or an intrinsic call gets a NO_DOLLAR warning: it is passed on literally.
 */
export function checkPayloadTemplates(entry: StateEntry): Diagnostic[] {
  if (entry.language !== 'JSONPath') return [];
  return templatesOf(entry).flatMap(([value, path]) =>
    value === undefined ? [] : checkTemplate(value, path),
  );
}

function checkTemplate(value: unknown, path: Path): Diagnostic[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => checkTemplate(v, [...path, i]));
  if (!isJsonObject(value)) return [];
  return [
    ...duplicateNames(value, path),
    ...Object.entries(value).flatMap(([key, v]) => checkField(key, v, [...path, key])),
  ];
}

function checkField(key: string, value: unknown, path: Path): Diagnostic[] {
  if (!key.endsWith('.$')) {
    if (typeof value === 'string' && (LOOKS_LIKE_PATH.test(value) || isIntrinsicCall(value))) {
      return [
        warning(
          Code.NoDollar,
          path,
          `The field '${key}' holds '${value}', which looks like a path or intrinsic function; without '.$' it is used literally`,
        ),
      ];
    }
    return checkTemplate(value, path);
  }
  if (typeof value !== 'string')
    return [schemaError(path, `The value for the field '${key}' must be of type string`)];
  const problem = pathOrIntrinsicProblem(value, 'payload');
  if (problem === undefined) return [];
  return [
    schemaError(
      path,
      `The value for the field '${key}' must be a valid JSONPath or a valid intrinsic function call: ${problem}`,
    ),
  ];
}

function duplicateNames(object: JsonObject, path: Path): Diagnostic[] {
  const seen = new Set<string>();
  const found: Diagnostic[] = [];
  for (const key of Object.keys(object)) {
    const name = key.endsWith('.$') ? key.slice(0, -2) : key;
    if (seen.has(name))
      found.push(
        schemaError([...path, key], `Field '${key}' has the same name as another field once '.$' is removed`),
      );
    seen.add(name);
  }
  return found;
}
