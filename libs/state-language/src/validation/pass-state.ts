import type { Diagnostic } from '../errors/diagnostics.js';
import { isJsonObject } from '../json.js';
import type { StateEntry } from './machine.js';
import { Code, warning, type Path } from './report.js';

/** A Pass state's Result is static: a `.$` field in it is not evaluated (a warning, as on AWS). */
export function checkPassState({ state, path }: StateEntry): Diagnostic[] {
  return dollarFields(state.Result, [...path, 'Result']).map((at) =>
    warning(
      Code.PassResultIsStatic,
      at,
      `'Result' is static: the field '${String(at[at.length - 1])}' is not evaluated as a path`,
    ),
  );
}

function dollarFields(value: unknown, path: Path): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => dollarFields(v, [...path, i]));
  if (!isJsonObject(value)) return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k.endsWith('.$') ? [[...path, k]] : dollarFields(v, [...path, k]),
  );
}
