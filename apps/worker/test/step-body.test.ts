import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { HistoryEvent } from '@durastep/executor';
import { decodeStepBody, encodeStepBody } from '../src/worker/step-body.js';

const event = (id: number, payload: string): HistoryEvent => ({
  id,
  previousEventId: id - 1,
  timestamp: 1_700_000_000_000 + id,
  type: 'TaskStateEntered',
  stateEnteredEventDetails: { name: `S${id}`, input: { payload }, inputDetails: { truncated: false } },
});

test('step bodies round-trip, small and large, and compress', () => {
  for (const [count, size] of [
    [0, 0],
    [1, 10],
    [5, 64],
    [200, 300],
  ]) {
    const events = Array.from({ length: count }, (_, i) => event(i + 1, 'x'.repeat(size) + i));
    const inputs = [{ type: 'TaskSucceeded' as const, at: 1, taskId: 't', output: { a: [1, 'é', null] } }];
    const body = encodeStepBody(inputs, events);
    const json = JSON.stringify({ i: inputs, e: events });
    if (count >= 5)
      assert.ok(body.length < json.length / 2, `${body.length} bytes for ${json.length} of JSON`);
    const decoded = decodeStepBody(body);
    assert.deepEqual(decoded.i, inputs);
    assert.deepEqual(
      decoded.e.map(([id, previousEventId, type, timestamp, details]) => ({
        id,
        previousEventId,
        type,
        timestamp,
        ...details,
      })),
      events,
    );
  }
});

test('plain JSON bodies (rows written before compression) still decode; unknown formats are refused', () => {
  const plain = { i: [], e: [[1, 0, 'ExecutionStarted', 5, {}]] };
  assert.deepEqual(decodeStepBody(Buffer.from(JSON.stringify(plain))), plain);
  assert.throws(() => decodeStepBody(Buffer.from([9, 1, 2])), /unknown step body format 9/);
});
