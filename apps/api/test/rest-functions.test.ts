import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rest, startApi, type Harness } from './support/api-harness.js';

let h: Harness;
before(async () => {
  h = await startApi();
});
after(async () => {
  await h.close();
});

test('function registry: create, get, list, update, delete', async () => {
  const created = await rest(h.url, 'POST', '/api/functions', {
    name: 'hello',
    url: 'http://127.0.0.1:8080/function/hello',
    headers: { Authorization: 'Bearer x' },
  });
  assert.equal(created.status, 201);
  assert.equal(created.body.name, 'hello');
  assert.equal(created.body.timeoutSeconds, 30);
  assert.deepEqual(created.body.headers, { Authorization: 'Bearer x' });
  assert.ok(!Number.isNaN(Date.parse(created.body.createdAt)));
  const [row] = await h.t.db.query(
    `SELECT url, timeout_seconds, headers FROM functions WHERE name = 'hello'`,
  );
  assert.deepEqual(row, {
    url: 'http://127.0.0.1:8080/function/hello',
    timeout_seconds: 30,
    headers: { Authorization: 'Bearer x' },
  });
  const dup = await rest(h.url, 'POST', '/api/functions', { name: 'hello', url: 'http://127.0.0.1:1/' });
  assert.equal(dup.status, 409);
  assert.equal(dup.body.error, 'ConflictException');

  await rest(h.url, 'POST', '/api/functions', {
    name: 'another',
    url: 'https://example.test/fn',
    timeoutSeconds: 5,
  });
  const list = await rest(h.url, 'GET', '/api/functions');
  assert.deepEqual(
    list.body.items.map((f: { name: string }) => f.name),
    ['another', 'hello'],
  );
  assert.equal(
    (await rest(h.url, 'GET', '/api/functions/hello')).body.url,
    'http://127.0.0.1:8080/function/hello',
  );

  const updated = await rest(h.url, 'PUT', '/api/functions/hello', {
    url: 'http://127.0.0.1:9090/',
    timeoutSeconds: 60,
  });
  assert.equal(updated.status, 200);
  assert.equal(updated.body.url, 'http://127.0.0.1:9090/');
  assert.equal(updated.body.timeoutSeconds, 60);
  assert.deepEqual(updated.body.headers, {});

  assert.equal((await rest(h.url, 'DELETE', '/api/functions/hello')).status, 204);
  const gone = await rest(h.url, 'GET', '/api/functions/hello');
  assert.equal(gone.status, 404);
  assert.equal(gone.body.error, 'ResourceNotFound');
  assert.equal((await rest(h.url, 'DELETE', '/api/functions/hello')).status, 404);
  assert.equal((await rest(h.url, 'PUT', '/api/functions/hello', { url: 'http://127.0.0.1/' })).status, 404);
});

test('function registry validation: 400s', async () => {
  const cases: [string, string, unknown, string][] = [
    ['POST', '/api/functions', { url: 'http://127.0.0.1/' }, 'ValidationException'],
    ['POST', '/api/functions', { name: 'bad name', url: 'http://127.0.0.1/' }, 'InvalidName'],
    ['POST', '/api/functions', { name: 'f', url: 'not a url' }, 'ValidationException'],
    ['POST', '/api/functions', { name: 'f', url: 'ftp://127.0.0.1/' }, 'ValidationException'],
    [
      'POST',
      '/api/functions',
      { name: 'f', url: 'http://127.0.0.1/', timeoutSeconds: 0 },
      'ValidationException',
    ],
    [
      'POST',
      '/api/functions',
      { name: 'f', url: 'http://127.0.0.1/', timeoutSeconds: 1.5 },
      'ValidationException',
    ],
    [
      'POST',
      '/api/functions',
      { name: 'f', url: 'http://127.0.0.1/', headers: { a: 1 } },
      'ValidationException',
    ],
    [
      'POST',
      '/api/functions',
      { name: 'f', url: 'http://127.0.0.1/', headers: { 'bad name': 'v' } },
      'ValidationException',
    ],
    [
      'POST',
      '/api/functions',
      { name: 'f', url: 'http://127.0.0.1/', headers: { 'X-Split': 'a\r\nInjected: yes' } },
      'ValidationException',
    ],
    ['PUT', '/api/functions/f', { name: 'g', url: 'http://127.0.0.1/' }, 'ValidationException'],
  ];
  for (const [method, path, body, error] of cases) {
    const r = await rest(h.url, method, path, body);
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.equal(r.body.error, error, JSON.stringify(body));
  }
});
