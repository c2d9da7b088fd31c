import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateHeaderValue } from 'node:http';
import { headerSafe, invocationHeaders } from '../../src/tasks/invocation-headers.js';
import { EXECUTION_ARN, invokeCommand } from './function-server.js';

const cases: [string, string][] = [
  ['Plain State', 'Plain State'],
  ['a/b:c-d_e.f', 'a/b:c-d_e.f'],
  ['100%', '100%25'],
  ['é', '%C3%A9'],
  ['状态', '%E7%8A%B6%E6%80%81'],
  ['tab\there', 'tab%09here'],
  ['line\nbreak', 'line%0Abreak'],
  ['😀', '%F0%9F%98%80'],
];
for (const [input, expected] of cases)
  test(`headerSafe(${JSON.stringify(input)})`, () => {
    assert.equal(headerSafe(input), expected);
    assert.doesNotThrow(() => validateHeaderValue('x', headerSafe(input)));
  });

test('headerSafe is injective where it matters: an encoded name never equals a raw one', () => {
  assert.notEqual(headerSafe('é'), headerSafe('%C3%A9'));
});

test('invocationHeaders: the key always, the token only when present', () => {
  assert.deepEqual(invocationHeaders(invokeCommand('function:f', {}, { attempt: 3 }), EXECUTION_ARN), {
    'Idempotency-Key': `${EXECUTION_ARN}/Call/3`,
  });
  assert.deepEqual(invocationHeaders(invokeCommand('function:f', {}, { taskToken: 'AQ==' }), EXECUTION_ARN), {
    'Idempotency-Key': `${EXECUTION_ARN}/Call/0`,
    'X-Durastep-Task-Token': 'AQ==',
  });
});
