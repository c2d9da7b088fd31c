import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { machineArn, rest, startApi, type Harness } from './support/api-harness.js';

let h: Harness;
before(async () => {
  h = await startApi();
});
after(async () => {
  await h.close();
});

const PASS = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };
const WAIT = { StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 5, End: true } } };

test('POST /api/workflows creates (201), the same again is 200, a different one 409', async () => {
  const created = await rest(h.url, 'POST', '/api/workflows', { name: 'wf-1', definition: PASS });
  assert.equal(created.status, 201);
  assert.equal(created.body.name, 'wf-1');
  assert.equal(created.body.arn, machineArn('wf-1'));
  assert.equal(created.body.type, 'STANDARD');
  assert.equal(created.body.status, 'ACTIVE');
  assert.deepEqual(created.body.definition, PASS);
  assert.match(created.body.roleArn, /^arn:aws:iam::123456789012:role\//);
  assert.ok(!Number.isNaN(Date.parse(created.body.createdAt)));
  const again = await rest(h.url, 'POST', '/api/workflows', { name: 'wf-1', definition: PASS });
  assert.equal(again.status, 200);
  assert.equal(again.body.revisionId, created.body.revisionId);
  const conflict = await rest(h.url, 'POST', '/api/workflows', { name: 'wf-1', definition: WAIT });
  assert.equal(conflict.status, 409);
  assert.equal(conflict.body.error, 'StateMachineAlreadyExists');
  assert.ok(conflict.body.message);
});

test('the definition may be JSON text', async () => {
  const created = await rest(h.url, 'POST', '/api/workflows', {
    name: 'wf-text',
    definition: JSON.stringify(WAIT),
    type: 'EXPRESS',
  });
  assert.equal(created.status, 201);
  assert.deepEqual(created.body.definition, WAIT);
  assert.equal(created.body.type, 'EXPRESS');
});

test('validation errors are 400 with AWS error names', async () => {
  const cases: [unknown, string][] = [
    [{ name: 'bad name', definition: PASS }, 'InvalidName'],
    [{ name: 'x'.repeat(81), definition: PASS }, 'InvalidName'],
    [{ name: 'wf-bad', definition: { StartAt: 'Nowhere', States: {} } }, 'InvalidDefinition'],
    [{ name: 'wf-bad', definition: 42 }, 'ValidationException'],
    [{ definition: PASS }, 'ValidationException'],
    [{ name: 'wf-bad', definition: PASS, type: 'SLOW' }, 'ValidationException'],
    ['[1]', 'SerializationException'],
    ['{"name":', 'SerializationException'],
  ];
  for (const [body, error] of cases) {
    const r = await rest(h.url, 'POST', '/api/workflows', body);
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.equal(r.body.error, error, JSON.stringify(body));
  }
});

test('JSON nested deeper than 1,000 levels is a 400, never a 500', async () => {
  // As text: the test's own JSON.stringify would overflow on such a value.
  const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
  const created = await rest(
    h.url,
    'POST',
    '/api/workflows',
    `{"name":"wf-deep","definition":${deep(20_000)}}`,
  );
  assert.equal(created.status, 400, JSON.stringify(created.body));
  assert.equal(created.body.error, 'SerializationException');
  assert.match(created.body.message, /nested deeper than 1000 levels/);
  await rest(h.url, 'POST', '/api/workflows', { name: 'wf-deep', definition: PASS });
  const path = '/api/workflows/wf-deep/executions';
  const started = await rest(h.url, 'POST', path, `{"input":${deep(20_000)}}`);
  assert.equal(started.status, 400, JSON.stringify(started.body));
  assert.equal(started.body.error, 'SerializationException');
  const ok = await rest(h.url, 'POST', path, `{"input":${deep(1_000)}}`);
  assert.equal(ok.status, 201, 'an input of 1,000 levels is fine');
});

test('U+0000 in a path or a text field is a 400 ValidationException, never a 500', async () => {
  const get = await rest(h.url, 'GET', '/api/workflows/a%00b');
  assert.equal(get.status, 400, JSON.stringify(get.body));
  assert.equal(get.body.error, 'ValidationException');
  const created = await rest(h.url, 'POST', '/api/workflows', {
    name: 'wf-nul',
    definition: PASS,
    roleArn: 'arn:aws:iam::123456789012:role/a\u0000',
  });
  assert.equal(created.status, 400, JSON.stringify(created.body));
  assert.equal(created.body.error, 'ValidationException');
});

test('GET one and a paginated list', async () => {
  for (const n of ['wf-list-a', 'wf-list-b', 'wf-list-c'])
    assert.equal((await rest(h.url, 'POST', '/api/workflows', { name: n, definition: PASS })).status, 201);
  const one = await rest(h.url, 'GET', '/api/workflows/wf-list-b');
  assert.equal(one.status, 200);
  assert.equal(one.body.name, 'wf-list-b');
  const missing = await rest(h.url, 'GET', '/api/workflows/nope');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.error, 'StateMachineDoesNotExist');

  const names: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await rest(
      h.url,
      'GET',
      `/api/workflows?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    assert.equal(page.status, 200);
    assert.ok(page.body.items.length <= 2);
    names.push(...page.body.items.map((w: { name: string }) => w.name));
    cursor = page.body.nextCursor;
  } while (cursor);
  assert.deepEqual(names, [...names].sort());
  for (const n of ['wf-list-a', 'wf-list-b', 'wf-list-c']) assert.ok(names.includes(n));
  assert.equal((await rest(h.url, 'GET', '/api/workflows?limit=0')).status, 400);
  assert.equal((await rest(h.url, 'GET', '/api/workflows?limit=abc')).status, 400);
  const badCursor = await rest(h.url, 'GET', '/api/workflows?cursor=nope');
  assert.equal(badCursor.status, 400);
  assert.equal(badCursor.body.error, 'InvalidToken');
});

test('PUT updates, DELETE removes (204, then 404)', async () => {
  await rest(h.url, 'POST', '/api/workflows', { name: 'wf-upd', definition: PASS });
  const updated = await rest(h.url, 'PUT', '/api/workflows/wf-upd', {
    definition: WAIT,
    description: 'waits',
  });
  assert.equal(updated.status, 200);
  assert.deepEqual(updated.body.definition, WAIT);
  assert.equal(updated.body.description, 'waits');
  assert.equal((await rest(h.url, 'PUT', '/api/workflows/wf-upd', {})).status, 400);
  const invalid = await rest(h.url, 'PUT', '/api/workflows/wf-upd', {
    definition: { StartAt: 'X', States: {} },
  });
  assert.equal(invalid.status, 400);
  assert.equal(invalid.body.error, 'InvalidDefinition');
  assert.equal((await rest(h.url, 'PUT', '/api/workflows/nope', { definition: PASS })).status, 404);
  assert.equal((await rest(h.url, 'DELETE', '/api/workflows/wf-upd')).status, 204);
  assert.equal((await rest(h.url, 'GET', '/api/workflows/wf-upd')).status, 404);
  const again = await rest(h.url, 'DELETE', '/api/workflows/wf-upd');
  assert.equal(again.status, 404);
  assert.equal(again.body.error, 'StateMachineDoesNotExist');
});
