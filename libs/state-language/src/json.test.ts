import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_JSON_NESTING, nestsDeeperThan } from './json.js';

const nested = (levels: number, open = '[', close = ']') => open.repeat(levels) + close.repeat(levels);

test('nestsDeeperThan counts arrays and objects, up to the limit and past it', () => {
  const cases: [string, number, boolean][] = [
    ['{}', 1, false],
    ['[[]]', 1, true],
    ['[[]]', 2, false],
    [nested(MAX_JSON_NESTING), MAX_JSON_NESTING, false],
    [nested(MAX_JSON_NESTING + 1), MAX_JSON_NESTING, true],
    ['{"a":'.repeat(1001) + '1' + '}'.repeat(1001), MAX_JSON_NESTING, true],
    ['[' + '[]'.repeat(5000) + ']', MAX_JSON_NESTING, false],
  ];
  for (const [text, max, deeper] of cases)
    assert.equal(nestsDeeperThan(text, max), deeper, text.slice(0, 20));
});

test('nestsDeeperThan skips brackets inside strings, escaped quotes included', () => {
  const inString = JSON.stringify({ s: nested(3000) });
  assert.equal(nestsDeeperThan(inString, 2), false);
  const escaped = JSON.stringify({ s: '\\"[[[[' + '['.repeat(3000) });
  assert.equal(nestsDeeperThan(escaped, 2), false);
  assert.equal(
    nestsDeeperThan(`["\\\\",[[[]]]${' '.repeat(10)}]`, 3),
    true,
    'an escaped backslash ends before the quote',
  );
});
