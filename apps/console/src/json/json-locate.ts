/**
 * Where things are in JSON text: the character range of the value at a JSON pointer (as
 * ValidateStateMachineDefinition's `location` gives, e.g. `/States/A/Next`), and where a syntax
 * error is. A small scanner of its own, since JSON.parse tells neither.
 */
export type TextRange = { start: number; end: number };
export type LineCol = { line: number; column: number };
export type ScanResult = { ranges: Map<string, TextRange>; error?: { offset: number; message: string } };

/** Scans `text`, recording the range of every value by pointer (a property's range starts at its key). */
export function scanJson(text: string): ScanResult {
  const ranges = new Map<string, TextRange>();
  let i = 0;
  const fail = (message: string): never => {
    throw new ScanError(i, message);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text[i] === '\n') fail('Unterminated string');
      i++;
    }
    if (i >= text.length) fail('Unterminated string');
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      i = start;
      return fail('Bad string escape');
    }
  };
  const value = (pointer: string, keyStart?: number) => {
    ws();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') i++;
      else
        for (;;) {
          ws();
          if (text[i] !== '"') fail('Expected a property name in double quotes');
          const k = i;
          const key = string();
          ws();
          if (text[i] !== ':') fail("Expected ':' after a property name");
          i++;
          value(`${pointer}/${escapePointer(key)}`, k);
          ws();
          if (text[i] === ',') {
            i++;
            continue;
          }
          if (text[i] === '}') {
            i++;
            break;
          }
          fail("Expected ',' or '}' after a property value");
        }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') i++;
      else
        for (let n = 0; ; n++) {
          value(`${pointer}/${n}`);
          ws();
          if (text[i] === ',') {
            i++;
            continue;
          }
          if (text[i] === ']') {
            i++;
            break;
          }
          fail("Expected ',' or ']' after an array element");
        }
    } else if (c === '"') string();
    else {
      const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
      if (!m) fail(i >= text.length ? 'Unexpected end of JSON' : `Unexpected character '${text[i]}'`);
      i += m![0].length;
    }
    ranges.set(pointer, { start: keyStart ?? start, end: i });
  };
  try {
    value('');
    ws();
    if (i < text.length) fail('Unexpected text after the JSON value');
    return { ranges };
  } catch (e) {
    if (e instanceof ScanError) return { ranges, error: { offset: e.offset, message: e.message } };
    throw e;
  }
}

class ScanError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The range for a pointer: the value itself or, when it does not exist (a missing property), the
 * closest existing parent. The root pointer is `/` or ``.
 */
export function locatePointer(scan: ScanResult, pointer: string): TextRange | undefined {
  let p = pointer === '/' ? '' : pointer;
  for (;;) {
    const r = scan.ranges.get(p);
    if (r) return r;
    if (p === '') return undefined;
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

/** 1-based line and column of an offset. */
export function lineColOf(text: string, offset: number): LineCol {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++)
    if (text[i] === '\n') {
      line++;
      last = i;
    }
  return { line, column: offset - last };
}
