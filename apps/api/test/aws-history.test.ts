import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateStateMachineCommand,
  GetExecutionHistoryCommand,
  StartExecutionCommand,
  type HistoryEvent,
} from '@aws-sdk/client-sfn';
import { executionArnOf, ROLE, sdkError, startApi, WAIT, type Harness } from './support/api-harness.js';

let h: Harness;
let executionArn: string;
const t0 = Date.parse('2025-03-01T10:00:00.000Z');

/** The rows the worker writes: AWS's `…EventDetails` objects with payloads as JSON values. */
const EVENTS: [string, Record<string, unknown>][] = [
  [
    'ExecutionStarted',
    { executionStartedEventDetails: { input: { a: 1 }, inputDetails: { truncated: false }, roleArn: ROLE } },
  ],
  [
    'PassStateEntered',
    { stateEnteredEventDetails: { name: 'P', input: { a: 1 }, inputDetails: { truncated: false } } },
  ],
  [
    'PassStateExited',
    {
      stateExitedEventDetails: {
        name: 'P',
        output: { a: 1, b: 'two' },
        outputDetails: { truncated: false },
        assignedVariables: { v: [1, 2] },
      },
    },
  ],
  [
    'TaskScheduled',
    {
      taskScheduledEventDetails: {
        resourceType: 'lambda',
        resource: 'invoke',
        region: 'us-east-1',
        parameters: { FunctionName: 'f', Payload: { a: 1 } },
      },
    },
  ],
  [
    'ExecutionSucceeded',
    { executionSucceededEventDetails: { output: 'done', outputDetails: { truncated: false } } },
  ],
];

before(async () => {
  h = await startApi();
  const { stateMachineArn } = await h.sfn.send(
    new CreateStateMachineCommand({ name: 'hist', definition: WAIT, roleArn: ROLE }),
  );
  executionArn = (await h.sfn.send(new StartExecutionCommand({ stateMachineArn, name: 'h1' }))).executionArn!;
  const [{ id }] = await h.t.db.query(`SELECT id FROM executions WHERE arn = $1`, [executionArn]);
  // Journal rows of one, two and three events (ids are consecutive across rows), high above the
  // execution's own steps (its Wait keeps it from writing more).
  const rows: (typeof EVENTS)[] = [];
  for (let i = 0, n = 1; i < EVENTS.length; i += n, n = (n % 3) + 1) rows.push(EVENTS.slice(i, i + n));
  let nextId = 1;
  for (const [seq, events] of rows.entries()) {
    const first = nextId;
    const stored = events.map(([type, details]) => {
      const eventId = nextId++;
      return [eventId, eventId - 1, type, t0 + (eventId - 1) * 1500, details];
    });
    await h.t.db.query(
      `INSERT INTO execution_steps (execution_id, seq, first_event_id, last_event_id, body) VALUES ($1, $2, $3, $4, $5)`,
      [id, 1000 + seq, first, nextId - 1, Buffer.from(JSON.stringify({ i: [], e: stored }))],
    );
  }
  await h.t.db.query(`DELETE FROM execution_steps WHERE execution_id = $1 AND seq < 1000`, [id]);
});
after(async () => {
  await h.close();
});

async function all(reverseOrder: boolean, maxResults: number, includeExecutionData?: boolean) {
  const events: HistoryEvent[] = [];
  let pages = 0;
  let nextToken: string | undefined;
  do {
    const page = await h.sfn.send(
      new GetExecutionHistoryCommand({
        executionArn,
        maxResults,
        reverseOrder,
        nextToken,
        includeExecutionData,
      }),
    );
    events.push(...(page.events ?? []));
    nextToken = page.nextToken;
    pages++;
  } while (nextToken);
  return { events, pages };
}

test('GetExecutionHistory returns every event in order, payloads as JSON text', async () => {
  const page = await h.sfn.send(new GetExecutionHistoryCommand({ executionArn }));
  assert.equal(page.nextToken, undefined);
  const events = page.events ?? [];
  assert.deepEqual(
    events.map((e) => e.type),
    EVENTS.map(([type]) => type),
  );
  assert.deepEqual(
    events.map((e) => [e.id, e.previousEventId]),
    [
      [1, 0],
      [2, 1],
      [3, 2],
      [4, 3],
      [5, 4],
    ],
  );
  assert.equal(events[2].timestamp?.getTime(), t0 + 3000);
  assert.deepEqual(events[0].executionStartedEventDetails, {
    input: '{"a":1}',
    inputDetails: { truncated: false },
    roleArn: ROLE,
  });
  assert.deepEqual(events[2].stateExitedEventDetails, {
    name: 'P',
    output: '{"a":1,"b":"two"}',
    outputDetails: { truncated: false },
    assignedVariables: { v: '[1,2]' },
  });
  // The journal keeps the text as written: the parameters come back in their own key order.
  assert.equal(events[3].taskScheduledEventDetails?.parameters, '{"FunctionName":"f","Payload":{"a":1}}');
  assert.equal(events[4].executionSucceededEventDetails?.output, '"done"');
});

test('paging with maxResults and nextToken, forwards and in reverse', async () => {
  const forwards = await all(false, 2);
  assert.equal(forwards.pages, 3);
  assert.deepEqual(
    forwards.events.map((e) => e.id),
    [1, 2, 3, 4, 5],
  );
  const backwards = await all(true, 2);
  assert.equal(backwards.pages, 3);
  assert.deepEqual(
    backwards.events.map((e) => e.id),
    [5, 4, 3, 2, 1],
  );
  const exact = await all(false, 5);
  assert.equal(exact.pages, 1);
});

test('includeExecutionData: false leaves input, output, parameters and variables out', async () => {
  const { events } = await all(false, 100, false);
  assert.deepEqual(events[0].executionStartedEventDetails, {
    inputDetails: { truncated: false },
    roleArn: ROLE,
  });
  assert.deepEqual(events[1].stateEnteredEventDetails, { name: 'P', inputDetails: { truncated: false } });
  assert.deepEqual(events[2].stateExitedEventDetails, { name: 'P', outputDetails: { truncated: false } });
  assert.equal(events[3].taskScheduledEventDetails?.parameters, undefined);
  assert.equal(events[3].taskScheduledEventDetails?.resource, 'invoke');
});

test('an execution without events has an empty history; errors for unknown executions and bad tokens', async () => {
  const { stateMachineArn } = await h.sfn.send(
    new CreateStateMachineCommand({ name: 'hist-empty', definition: WAIT, roleArn: ROLE }),
  );
  const fresh = await h.sfn.send(new StartExecutionCommand({ stateMachineArn }));
  const empty = await h.sfn.send(new GetExecutionHistoryCommand({ executionArn: fresh.executionArn }));
  assert.deepEqual(empty.events, []);
  const missing = await sdkError(() =>
    h.sfn.send(new GetExecutionHistoryCommand({ executionArn: executionArnOf('hist', 'nope') })),
  );
  assert.equal(missing.name, 'ExecutionDoesNotExist');
  const token = await sdkError(() =>
    h.sfn.send(new GetExecutionHistoryCommand({ executionArn, nextToken: 'zz' })),
  );
  assert.equal(token.name, 'InvalidToken');
  const size = await sdkError(() =>
    h.sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 5000 })),
  );
  assert.equal(size.name, 'ValidationException');
});
