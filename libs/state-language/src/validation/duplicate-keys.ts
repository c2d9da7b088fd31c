import type { Path } from './report.js';

type Frame =
  | { readonly kind: 'object'; readonly keys: Set<string>; key: string; expectKey: boolean }
  | { readonly kind: 'array'; index: number };

/**
 * The paths of every repeated object key in a JSON text that JSON.parse already accepted
 * (JSON.parse silently keeps the last one). Each path ends with the repeated key.
 */
export function findDuplicateKeys(text: string): Path[] {
  const found: Path[] = [];
  const stack: Frame[] = [];
  const currentPath = (): (string | number)[] => stack.map((f) => (f.kind === 'object' ? f.key : f.index));
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(i, end)) as string;
        if (top.keys.has(key)) found.push([...currentPath().slice(0, -1), key]);
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = end;
      continue;
    }
    if (ch === '{') stack.push({ kind: 'object', keys: new Set(), key: '', expectKey: true });
    else if (ch === '[') stack.push({ kind: 'array', index: 0 });
    else if (ch === '}' || ch === ']') stack.pop();
    else if (ch === ',') {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') top.expectKey = true;
      else if (top?.kind === 'array') top.index += 1;
    }
    i += 1;
  }
  return found;
}

/** Index just past the closing quote of the string literal opening at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}
