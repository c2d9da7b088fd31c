import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GroupCommit } from '../src/db/group-commit.js';

test('items queued while a batch is written go together in the next one, answered in order', async () => {
  const batches: number[][] = [];
  const group = new GroupCommit<number, number>(
    async (items) => {
      batches.push(items);
      await new Promise((r) => setTimeout(r, 10));
      return items.map((i) => i * 10);
    },
    { maxInFlight: 1, maxBatch: 3 },
  );
  const results = await Promise.all([1, 2, 3, 4, 5].map((i) => group.submit(i)));
  assert.deepEqual(results, [10, 20, 30, 40, 50]);
  assert.deepEqual(batches, [[1], [2, 3, 4], [5]], 'the first goes at once; then at most maxBatch');
});

test('items with the same key never share a batch; a failed write fails only its batch', async () => {
  const batches: string[][] = [];
  const group = new GroupCommit<string, string>(
    async (items) => {
      batches.push(items);
      await new Promise((r) => setTimeout(r, 5));
      if (items.includes('bad')) throw new Error('write failed');
      return items.map((s) => s.toUpperCase());
    },
    { maxInFlight: 1, maxBatch: 10, key: (s) => s },
  );
  const submitted = ['x', 'a', 'a', 'b', 'bad'];
  const results = await Promise.allSettled(submitted.map((s) => group.submit(s)));
  // 'x' goes alone; the rest queue: the second 'a' waits for the batch after the first one's.
  assert.deepEqual(batches, [['x'], ['a', 'b', 'bad'], ['a']]);
  assert.deepEqual(
    results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message)),
    ['X', 'write failed', 'A', 'write failed', 'write failed'],
  );
});
