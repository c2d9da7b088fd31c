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

test('GET /healthz answers 200 { status: ok }', async () => {
  const r = await rest(h.url, 'GET', '/healthz');
  assert.equal(r.status, 200);
  assert.deepEqual(r.body, { status: 'ok' });
});

test('/docs serves the Swagger UI and /docs-json the OpenAPI document of the REST API', async () => {
  const ui = await fetch(`${h.url}/docs`);
  assert.equal(ui.status, 200);
  assert.match(ui.headers.get('content-type') ?? '', /text\/html/);
  assert.match(await ui.text(), /swagger/i);
  const doc = await rest(h.url, 'GET', '/docs-json');
  assert.equal(doc.status, 200);
  assert.match(doc.body.openapi, /^3\./);
  const paths = Object.keys(doc.body.paths).sort();
  assert.deepEqual(paths, [
    '/api/executions',
    '/api/executions/{key}',
    '/api/executions/{key}/history',
    '/api/executions/{key}/redrive',
    '/api/executions/{key}/stop',
    '/api/functions',
    '/api/functions/{name}',
    '/api/tasks/failure',
    '/api/tasks/heartbeat',
    '/api/tasks/success',
    '/api/workflows',
    '/api/workflows/{name}',
    '/api/workflows/{name}/executions',
    '/healthz',
  ]);
  assert.deepEqual(Object.keys(doc.body.paths['/api/workflows/{name}']).sort(), ['delete', 'get', 'put']);
  const schemas = doc.body.components.schemas;
  assert.deepEqual(schemas.CreateWorkflowDto.properties.definition.oneOf, [
    { type: 'object' },
    { type: 'string' },
  ]);
  assert.equal(schemas.CreateWorkflowDto.properties.definition.type, undefined);
  assert.equal(schemas.StartExecutionDto.properties.input.anyOf.length, 5);
  assert.deepEqual(schemas.CreateWorkflowDto.required.sort(), ['definition', 'name']);
  const start = doc.body.paths['/api/workflows/{name}/executions'].post;
  assert.ok(start.responses['201'] && start.responses['200'] && start.responses['409']);
});

test('unknown routes are 404 { error: NotFound }', async () => {
  const r = await rest(h.url, 'GET', '/api/nothing-here');
  assert.equal(r.status, 404);
  assert.equal(r.body.error, 'NotFound');
});

test('an unexpected failure is a 500 InternalFailure, on both protocols', async (t) => {
  if (h.t.kind === 'embedded') {
    // pglite-socket drops the connection on this error; the pool's next query then fails too.
    t.skip(
      'renaming a table under a live pool needs a PostgreSQL server (TEST_DATABASE_URL or 127.0.0.1:5432)',
    );
    return;
  }
  // Break the database under the app: every query now fails.
  await h.t.db.query(`ALTER TABLE state_machines RENAME TO state_machines_away`);
  try {
    const r = await rest(h.url, 'GET', '/api/workflows');
    assert.equal(r.status, 500);
    assert.equal(r.body.error, 'InternalFailure');
    const aws = await fetch(`${h.url}/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'AWSStepFunctions.ListStateMachines',
      },
      body: '{}',
    });
    assert.equal(aws.status, 500);
    assert.equal(aws.headers.get('x-amzn-errortype'), 'InternalFailure');
    assert.equal(
      ((await aws.json()) as { __type: string }).__type,
      'com.amazon.coral.service#InternalFailure',
    );
  } finally {
    await h.t.db.query(`ALTER TABLE state_machines_away RENAME TO state_machines`);
  }
});
