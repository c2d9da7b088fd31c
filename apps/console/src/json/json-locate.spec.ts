import { describe, expect, it } from 'vitest';
import { readPath, UNKNOWN, writePath } from './simple-path';
import { lineColOf, locatePointer, scanJson } from './json-locate';

const text = `{
  "StartAt": "A",
  "States": {
    "A": { "Type": "Pass", "Next": "B" },
    "a/b": [1, {"x": null}]
  }
}`;

describe('scanJson and locatePointer', () => {
  it('finds a property (from its key) by JSON pointer', () => {
    const scan = scanJson(text);
    expect(scan.error).toBeUndefined();
    const r = locatePointer(scan, '/States/A/Next')!;
    expect(text.slice(r.start, r.end)).toBe('"Next": "B"');
    expect(lineColOf(text, r.start)).toEqual({ line: 4, column: 28 });
    const esc = locatePointer(scan, '/States/a~1b/1/x')!;
    expect(text.slice(esc.start, esc.end)).toBe('"x": null');
  });

  it('falls back to the closest existing parent, and the root for `/`', () => {
    const scan = scanJson(text);
    const r = locatePointer(scan, '/States/A/Missing/Deeper')!;
    expect(text.slice(r.start, r.start + 4)).toBe('"A":');
    expect(locatePointer(scan, '/')).toEqual({ start: 0, end: text.length });
  });

  it('reports where a syntax error is', () => {
    const bad = '{\n  "a": 1\n  "b": 2\n}';
    const scan = scanJson(bad);
    expect(scan.error?.message).toBe("Expected ',' or '}' after a property value");
    expect(lineColOf(bad, scan.error!.offset)).toEqual({ line: 3, column: 3 });
    expect(scanJson('{"a": tru}').error?.message).toBe("Unexpected character 't'");
    expect(scanJson('{"a": 1').error?.message).toBe("Expected ',' or '}' after a property value");
    expect(scanJson('[1] 2').error?.message).toBe('Unexpected text after the JSON value');
  });
});

describe('simple paths', () => {
  it('reads and writes reference paths', () => {
    const v = { a: { b: [10, 20] }, 'x y': 1 };
    expect(readPath(v, '$')).toBe(v);
    expect(readPath(v, '$.a.b[1]')).toBe(20);
    expect(readPath(v, "$['x y']")).toBe(1);
    expect(readPath(v, '$.nope')).toBe(UNKNOWN);
    expect(readPath(v, '$..a')).toBe(UNKNOWN);
    expect(writePath({ a: 1 }, '$.r.s', 2)).toEqual({ a: 1, r: { s: 2 } });
    expect(writePath({ a: 1 }, '$', 2)).toBe(2);
  });
});
