import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { JsonObject } from '../json.js';
import { compileDefinition } from './compile.js';

test('a compiled state copies its fields in order, then adds name and query language', () => {
  const def = compileDefinition({
    StartAt: 'A',
    States: { A: { Type: 'Pass', Result: { x: 1 }, ResultPath: '$.r', End: true } },
  });
  const a = def.States.A;
  assert.deepEqual(Object.keys(a), ['Type', 'Result', 'ResultPath', 'End', 'name', 'queryLanguage']);
  assert.deepEqual(a, {
    Type: 'Pass',
    Result: { x: 1 },
    ResultPath: '$.r',
    End: true,
    name: 'A',
    queryLanguage: 'JSONPath',
  });
});

test('a "__proto__" field stays an own field and leaves the prototype alone', () => {
  const source = JSON.parse(
    '{"StartAt":"A","States":{"A":{"Type":"Pass","__proto__":{"polluted":true},"End":true}}}',
  ) as JsonObject;
  const a = compileDefinition(source).States.A as unknown as Record<string, unknown>;
  assert.equal(Object.getPrototypeOf(a), Object.prototype);
  assert.deepEqual(Object.getOwnPropertyDescriptor(a, '__proto__')?.value, { polluted: true });
  assert.equal(a.polluted, undefined);
});
