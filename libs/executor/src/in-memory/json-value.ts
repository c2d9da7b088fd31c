/** Deepest nesting accepted (Jackson's default limit): deeper values overflow JSON.stringify's stack. */
export const MAX_JSON_DEPTH = 1000;

type Frame = { value: unknown; depth: number; parent?: Frame; key?: string | number; exit?: boolean };

/**
 * Where `value` stops being JSON (undefined, a function, a bigint, NaN/Infinity, a cycle, a class
 * instance, nesting deeper than MAX_JSON_DEPTH), as a path and reason; undefined when it is a JSON
 * value. Iterative, so it cannot overflow the stack itself. Shared (non-cyclic) references are
 * fine: they serialize as copies.
 */
export function findNonJson(value: unknown): string | undefined {
  const stack: Frame[] = [{ value, depth: 0 }];
  const ancestors = new Set<object>();
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const v = frame.value;
    if (frame.exit) {
      ancestors.delete(v as object);
      continue;
    }
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return `${pathOf(frame)} is ${v}, which JSON cannot represent`;
      continue;
    }
    if (typeof v !== 'object')
      return `${pathOf(frame)} is ${v === undefined ? 'undefined' : `a ${typeof v}`}`;
    if (ancestors.has(v)) return `${pathOf(frame)} refers back to an enclosing value (a cycle)`;
    if (frame.depth >= MAX_JSON_DEPTH) return `the value is nested deeper than ${MAX_JSON_DEPTH} levels`;
    const proto = Object.getPrototypeOf(v) as unknown;
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null)
      return `${pathOf(frame)} is a ${(v as object).constructor?.name ?? 'non-plain'} object, not a JSON object`;
    ancestors.add(v);
    stack.push({ value: v, depth: frame.depth, exit: true });
    const depth = frame.depth + 1;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], depth, parent: frame, key: i });
    } else {
      for (const key of Object.keys(v))
        stack.push({ value: (v as Record<string, unknown>)[key], depth, parent: frame, key });
    }
  }
  return undefined;
}

function pathOf(frame: Frame): string {
  const keys: string[] = [];
  for (let f: Frame | undefined = frame; f?.key !== undefined; f = f.parent)
    keys.push(typeof f.key === 'number' ? `[${f.key}]` : `[${JSON.stringify(f.key)}]`);
  return `$${keys.reverse().join('')}`;
}
