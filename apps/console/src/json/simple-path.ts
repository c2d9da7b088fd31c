/**
 * Reference paths (`$`, `$.a.b`, `$['a b'][0]`) — the kind InputPath, ResultPath and OutputPath
 * use — read and written on plain JSON values. Anything fancier (filters, wildcards) is not handled:
 * the callers then say the value was not recorded rather than guess.
 */
export type PathStep = string | number;

export function parsePath(path: string): PathStep[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const steps: PathStep[] = [];
  let i = 1;
  while (i < path.length) {
    if (path[i] === '.') {
      const m = /^[A-Za-z_$][\w$-]*/.exec(path.slice(i + 1));
      if (!m) return undefined;
      steps.push(m[0]);
      i += 1 + m[0].length;
    } else if (path[i] === '[') {
      const m = /^\[(\d+)\]|^\['((?:[^'\\]|\\.)*)'\]|^\["((?:[^"\\]|\\.)*)"\]/.exec(path.slice(i));
      if (!m) return undefined;
      steps.push(m[1] !== undefined ? Number(m[1]) : (m[2] ?? m[3]));
      i += m[0].length;
    } else return undefined;
  }
  return steps;
}

export const UNKNOWN = Symbol('unknown');

/** The value at `path`, or UNKNOWN when the path is not a simple one or does not exist. */
export function readPath(value: unknown, path: string): unknown {
  const steps = parsePath(path);
  if (!steps) return UNKNOWN;
  let cur = value;
  for (const s of steps) {
    if (typeof cur !== 'object' || cur === null || !(s in (cur as object))) return UNKNOWN;
    cur = (cur as Record<string | number, unknown>)[s];
  }
  return cur;
}

/** `input` with `result` placed at `path` (ResultPath), or UNKNOWN when that cannot be done simply. */
export function writePath(input: unknown, path: string, result: unknown): unknown {
  const steps = parsePath(path);
  if (!steps) return UNKNOWN;
  if (steps.length === 0) return result;
  const root = structuredClone(input ?? {}) as Record<string | number, unknown>;
  if (typeof root !== 'object' || root === null) return UNKNOWN;
  let cur = root;
  for (const [n, s] of steps.entries()) {
    if (n === steps.length - 1) cur[s] = result;
    else {
      if (typeof cur[s] !== 'object' || cur[s] === null) cur[s] = {};
      cur = cur[s] as Record<string | number, unknown>;
    }
  }
  return root;
}
