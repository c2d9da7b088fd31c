/**
 * Where `value` stops being JSON (undefined, a function, a bigint, NaN/Infinity, a cycle, a class
 * instance), as a path and reason; undefined when it is a JSON value. Iterative, so deep values
 * cannot overflow the stack. Shared (non-cyclic) references are fine: they serialize as copies.
 */
export function findNonJson(value: unknown): string | undefined {
  type Frame = { value: unknown; path: string; exit?: boolean };
  const stack: Frame[] = [{ value, path: '$' }];
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
      if (!Number.isFinite(v)) return `${frame.path} is ${v}, which JSON cannot represent`;
      continue;
    }
    if (typeof v !== 'object') return `${frame.path} is ${typeof v === 'undefined' ? 'undefined' : `a ${typeof v}`}`;
    if (ancestors.has(v)) return `${frame.path} refers back to an enclosing value (a cycle)`;
    const proto = Object.getPrototypeOf(v) as unknown;
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null)
      return `${frame.path} is a ${(v as object).constructor?.name ?? 'non-plain'} object, not a JSON object`;
    ancestors.add(v);
    stack.push({ value: v, path: frame.path, exit: true });
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: `${frame.path}[${i}]` });
    } else {
      for (const key of Object.keys(v))
        stack.push({ value: (v as Record<string, unknown>)[key], path: `${frame.path}[${JSON.stringify(key)}]` });
    }
  }
  return undefined;
}
