import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toAwsEvent } from '../src/history/to-aws-event.js';
import { toRestEvent } from '../src/history/to-rest-event.js';
import type { EventRow } from '../src/history/event-row.js';

const at = new Date('2025-01-02T03:04:05.678Z');
const row = (type: string, details: Record<string, unknown> | null, id = 2): EventRow => ({
  event_id: id,
  previous_event_id: id - 1,
  type,
  timestamp: at,
  details,
});
const withData = { includeExecutionData: true };
const withoutData = { includeExecutionData: false };

test('the envelope: id, previousEventId, type, timestamp in epoch seconds', () => {
  assert.deepEqual(toAwsEvent(row('PassStateEntered', null, 1), withData), {
    timestamp: 1735787045.678,
    type: 'PassStateEntered',
    id: 1,
    previousEventId: 0,
  });
});

test('input and output JSON values become JSON text, details kept', () => {
  const event = toAwsEvent(
    row('ExecutionStarted', {
      executionStartedEventDetails: {
        input: { a: [1, 'x'] },
        inputDetails: { truncated: false },
        roleArn: 'arn:aws:iam::1:role/r',
      },
    }),
    withData,
  );
  assert.deepEqual(event.executionStartedEventDetails, {
    input: '{"a":[1,"x"]}',
    inputDetails: { truncated: false },
    roleArn: 'arn:aws:iam::1:role/r',
  });
});

test('string, number and null payloads are JSON text too ("\\"hi\\"", "3", "null")', () => {
  const exited = toAwsEvent(
    row('PassStateExited', { stateExitedEventDetails: { name: 'P', output: 'hi' } }),
    withData,
  );
  assert.deepEqual(exited.stateExitedEventDetails, { name: 'P', output: '"hi"' });
  const entered = toAwsEvent(
    row('PassStateEntered', { stateEnteredEventDetails: { name: 'P', input: 3 } }),
    withData,
  );
  assert.deepEqual(entered.stateEnteredEventDetails, { name: 'P', input: '3' });
  const succeeded = toAwsEvent(
    row('ExecutionSucceeded', { executionSucceededEventDetails: { output: null } }),
    withData,
  );
  assert.deepEqual(succeeded.executionSucceededEventDetails, { output: 'null' });
});

test('task parameters and assigned variables are JSON text', () => {
  const scheduled = toAwsEvent(
    row('TaskScheduled', {
      taskScheduledEventDetails: {
        resourceType: 'lambda',
        resource: 'invoke',
        region: 'us-east-1',
        parameters: { FunctionName: 'f', Payload: { x: 1 } },
        timeoutInSeconds: 5,
      },
    }),
    withData,
  );
  assert.deepEqual(scheduled.taskScheduledEventDetails, {
    resourceType: 'lambda',
    resource: 'invoke',
    region: 'us-east-1',
    parameters: '{"FunctionName":"f","Payload":{"x":1}}',
    timeoutInSeconds: 5,
  });
  const exited = toAwsEvent(
    row('PassStateExited', {
      stateExitedEventDetails: { name: 'P', output: {}, assignedVariables: { count: 2, who: 'me' } },
    }),
    withData,
  );
  assert.deepEqual(exited.stateExitedEventDetails, {
    name: 'P',
    output: '{}',
    assignedVariables: { count: '2', who: '"me"' },
  });
});

test('includeExecutionData false leaves payloads out and keeps the rest', () => {
  const exited = toAwsEvent(
    row('TaskStateExited', {
      stateExitedEventDetails: {
        name: 'T',
        output: { big: true },
        outputDetails: { truncated: false },
        assignedVariables: { v: 1 },
      },
    }),
    withoutData,
  );
  assert.deepEqual(exited.stateExitedEventDetails, { name: 'T', outputDetails: { truncated: false } });
  const scheduled = toAwsEvent(
    row('TaskScheduled', { taskScheduledEventDetails: { resource: 'r', resourceType: 't', parameters: {} } }),
    withoutData,
  );
  assert.deepEqual(scheduled.taskScheduledEventDetails, { resource: 'r', resourceType: 't' });
});

test('error and cause are text already and stay as they are', () => {
  const failed = toAwsEvent(
    row('ExecutionFailed', { executionFailedEventDetails: { error: 'States.TaskFailed', cause: '{"x":1}' } }),
    withoutData,
  );
  assert.deepEqual(failed.executionFailedEventDetails, { error: 'States.TaskFailed', cause: '{"x":1}' });
});

test('details can never override the envelope', () => {
  const event = toAwsEvent(
    row('PassStateEntered', { id: 99, type: 'X', timestamp: 0, previousEventId: 7 }),
    withData,
  );
  assert.equal(event.id, 2);
  assert.equal(event.type, 'PassStateEntered');
  assert.equal(event.previousEventId, 1);
  assert.equal(event.timestamp, 1735787045.678);
});

test('the REST event keeps payloads as JSON values and an ISO timestamp', () => {
  assert.deepEqual(
    toRestEvent(row('PassStateExited', { stateExitedEventDetails: { name: 'P', output: { a: 1 } } })),
    {
      stateExitedEventDetails: { name: 'P', output: { a: 1 } },
      id: 2,
      previousEventId: 1,
      type: 'PassStateExited',
      timestamp: '2025-01-02T03:04:05.678Z',
    },
  );
});
