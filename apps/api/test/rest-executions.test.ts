import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { executionArnOf, rest, startApi, type Harness } from './support/api-harness.js';

let h: Harness;
before(async () => {
  h = await startApi();
  const WAIT = { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 5, End: true } } };
  for (const name of ['flow', 'other'])
    assert.equal((await rest(h.url, 'POST', '/api/workflows', { name, definition: WAIT })).status, 201);
});
after(async () => {
  await h.close();
});

const start = (workflow: string, body: unknown) =>
  rest(h.url, 'POST', `/api/workflows/${workflow}/executions`, body);
const byArn = (arn: string) => `/api/executions/${encodeURIComponent(arn)}`;

test('start: 201 with the execution; same name and input → 200 same execution; other input → 409', async () => {
  const first = await start('flow', { name: 'order-1', input: { id: 1, items: ['a'] } });
  assert.equal(first.status, 201);
  assert.equal(first.body.arn, executionArnOf('flow', 'order-1'));
  assert.equal(first.body.workflow, 'flow');
  assert.equal(first.body.status, 'RUNNING');
  assert.deepEqual(first.body.input, { id: 1, items: ['a'] });
  assert.equal(first.body.output, null);
  const again = await start('flow', { name: 'order-1', input: { id: 1, items: ['a'] } });
  assert.equal(again.status, 200);
  assert.equal(again.body.id, first.body.id);
  assert.equal(again.body.startDate, first.body.startDate);
  const conflict = await start('flow', { name: 'order-1', input: { id: 2 } });
  assert.equal(conflict.status, 409);
  assert.equal(conflict.body.error, 'ExecutionAlreadyExists');
  // Still the same execution after it finished (a safe retry).
  await h.t.db.query(
    `UPDATE executions SET status = 'SUCCEEDED', output = '{"ok":true}', stop_date = now() WHERE arn = $1`,
    [first.body.arn],
  );
  const retried = await start('flow', { name: 'order-1', input: { id: 1, items: ['a'] } });
  assert.equal(retried.status, 200);
  assert.equal(retried.body.status, 'SUCCEEDED');
  assert.deepEqual(retried.body.output, { ok: true });
});

test('start: default name and input; any JSON value as input', async () => {
  const plain = await start('flow', {});
  assert.equal(plain.status, 201);
  assert.match(plain.body.name, /^[0-9a-f-]{36}$/);
  assert.deepEqual(plain.body.input, {});
  const text = await start('flow', { input: 'just text' });
  assert.equal(text.body.input, 'just text');
  const empty = await rest(h.url, 'POST', '/api/workflows/flow/executions');
  assert.equal(empty.status, 201);
});

test('start errors: unknown workflow 404, bad name 400, oversized input 400', async () => {
  const missing = await start('nope', {});
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error, 'StateMachineDoesNotExist');
  const badName = await start('flow', { name: 'a b' });
  assert.equal(badName.status, 400);
  assert.equal(badName.body.error, 'InvalidName');
  const big = await start('flow', { input: { s: 'x'.repeat(262_144) } });
  assert.equal(big.status, 400);
  assert.equal(big.body.error, 'InvalidExecutionInput');
  const tooBig = await start('flow', { input: 'x'.repeat(2_200_000) });
  assert.equal(tooBig.status, 413);
  assert.equal(tooBig.body.error, 'PayloadTooLarge');
});

test('get by URL-encoded ARN or by id; 404 otherwise', async () => {
  const started = await start('flow', { name: 'get-me', input: [1, 2] });
  const a = await rest(h.url, 'GET', byArn(started.body.arn));
  assert.equal(a.status, 200);
  assert.deepEqual(a.body.input, [1, 2]);
  const raw = await rest(h.url, 'GET', `/api/executions/${started.body.arn}`);
  assert.equal(raw.body.id, started.body.id);
  const byId = await rest(h.url, 'GET', `/api/executions/${started.body.id}`);
  assert.equal(byId.body.arn, started.body.arn);
  const missing = await rest(h.url, 'GET', byArn(executionArnOf('flow', 'nope')));
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error, 'ExecutionDoesNotExist');
  assert.equal((await rest(h.url, 'GET', '/api/executions/999999999')).status, 404);
});

test('list: filter by workflow and status, newest first, paginated', async () => {
  const names: string[] = [];
  for (let i = 0; i < 5; i++) {
    const r = await start('other', { name: `o-${i}` });
    names.push(r.body.name);
  }
  await h.t.db.query(`UPDATE executions SET status = 'FAILED', stop_date = now() WHERE name = ANY($1)`, [
    ['o-0', 'o-2'],
  ]);
  const seen: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await rest(
      h.url,
      'GET',
      `/api/executions?workflow=other&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    assert.equal(page.status, 200);
    assert.ok(page.body.items.length <= 2);
    for (const e of page.body.items) {
      assert.equal(e.workflow, 'other');
      assert.equal(e.input, undefined, 'lists leave payloads out');
      seen.push(e.name);
    }
    cursor = page.body.nextCursor;
  } while (cursor);
  assert.deepEqual(seen, [...names].reverse());
  const failed = await rest(h.url, 'GET', '/api/executions?workflow=other&status=FAILED');
  assert.deepEqual(
    failed.body.items.map((e: { name: string }) => e.name),
    ['o-2', 'o-0'],
  );
  const everything = await rest(h.url, 'GET', '/api/executions?limit=1000');
  assert.ok(everything.body.items.some((e: { workflow: string }) => e.workflow === 'flow'));
  const badStatus = await rest(h.url, 'GET', '/api/executions?status=DONE');
  assert.equal(badStatus.status, 400);
  assert.equal(badStatus.body.error, 'ValidationException');
  assert.equal((await rest(h.url, 'GET', '/api/executions?cursor=zzz')).status, 400);
});

test('stop queues StopRequested (202); redrive only after a failure (409 before)', async () => {
  const started = await start('flow', { name: 'stop-me' });
  const stopped = await rest(h.url, 'POST', `${byArn(started.body.arn)}/stop`, { error: 'E', cause: 'C' });
  assert.equal(stopped.status, 202);
  assert.equal(stopped.body.arn, started.body.arn);
  assert.ok(!Number.isNaN(Date.parse(stopped.body.stopDate)));
  const rows = await h.t.db.query(`SELECT event FROM execution_inbox WHERE execution_id = $1 ORDER BY id`, [
    started.body.id,
  ]);
  assert.deepEqual(
    rows.map((r: { event: { type: string } }) => r.event.type),
    ['ExecutionStarted', 'StopRequested'],
  );
  assert.equal((await rest(h.url, 'POST', `/api/executions/${started.body.id}/stop`)).status, 202);
  assert.equal((await rest(h.url, 'POST', `${byArn(executionArnOf('flow', 'nope'))}/stop`)).status, 404);

  const notYet = await rest(h.url, 'POST', `${byArn(started.body.arn)}/redrive`);
  assert.equal(notYet.status, 409);
  assert.equal(notYet.body.error, 'ExecutionNotRedrivable');
  await h.t.db.query(`UPDATE executions SET status = 'ABORTED', stop_date = now() WHERE id = $1`, [
    started.body.id,
  ]);
  const redriven = await rest(h.url, 'POST', `${byArn(started.body.arn)}/redrive`);
  assert.equal(redriven.status, 202);
  assert.ok(!Number.isNaN(Date.parse(redriven.body.redriveDate)));
  assert.equal((await rest(h.url, 'GET', byArn(started.body.arn))).body.status, 'PENDING_REDRIVE');
});

test('history: JSON values, paginated, reversible', async () => {
  const started = await start('flow', { name: 'with-history', input: { a: 1 } });
  for (let i = 1; i <= 3; i++) {
    const event = [
      i,
      i - 1,
      'PassStateEntered',
      Date.now(),
      { stateEnteredEventDetails: { name: `S${i}`, input: { i } } },
    ];
    await h.t.db.query(
      `INSERT INTO execution_steps (execution_id, seq, first_event_id, last_event_id, body) VALUES ($1, $2, $2, $2, $3)`,
      [started.body.id, i, Buffer.from(JSON.stringify({ i: [], e: [event] }))],
    );
  }
  const first = await rest(h.url, 'GET', `${byArn(started.body.arn)}/history?limit=2`);
  assert.equal(first.status, 200);
  assert.deepEqual(
    first.body.items.map((e: { id: number }) => e.id),
    [1, 2],
  );
  assert.deepEqual(first.body.items[0].stateEnteredEventDetails, { name: 'S1', input: { i: 1 } });
  assert.equal(first.body.items[0].type, 'PassStateEntered');
  assert.equal(first.body.items[0].previousEventId, 0);
  assert.ok(!Number.isNaN(Date.parse(first.body.items[0].timestamp)));
  const second = await rest(
    h.url,
    'GET',
    `${byArn(started.body.arn)}/history?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
  );
  assert.deepEqual(
    second.body.items.map((e: { id: number }) => e.id),
    [3],
  );
  assert.equal(second.body.nextCursor, undefined);
  const reversed = await rest(h.url, 'GET', `/api/executions/${started.body.id}/history?reverse=true`);
  assert.deepEqual(
    reversed.body.items.map((e: { id: number }) => e.id),
    [3, 2, 1],
  );
  assert.equal((await rest(h.url, 'GET', `${byArn(started.body.arn)}/history?reverse=maybe`)).status, 400);
  assert.equal((await rest(h.url, 'GET', `${byArn(executionArnOf('flow', 'nope'))}/history`)).status, 404);
});
