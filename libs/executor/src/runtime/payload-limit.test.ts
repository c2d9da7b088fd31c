import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Json } from '@durastep/state-language';
import { exceedsPayloadLimit } from './payload-limit.js';

test('a value too deep to write out exceeds the limit (DataLimitExceeded), it does not throw', () => {
  // Values built during an execution ($parse, loops) are not bound by the input's nesting limit.
  let deep: Json = [];
  for (let i = 0; i < 100_000; i++) deep = [deep];
  assert.equal(exceedsPayloadLimit(deep), true);
});

test('ordinary values are measured as their JSON text', () => {
  assert.equal(exceedsPayloadLimit({ a: 'x'.repeat(1000) }), false);
  assert.equal(exceedsPayloadLimit({ a: 'x'.repeat(262_144) }), true);
});
