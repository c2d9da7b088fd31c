import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Json, JsonObject } from '@durastep/state-language';
import { createTaskInvoker, type TaskOutcome } from '../../src/tasks/index.js';
import {
  closedPort,
  EXECUTION_ARN,
  invokeCommand,
  startFunctionServer,
  type FunctionServer,
} from './function-server.js';

const HTTP = 'arn:aws:states:::http:invoke';

describe('HTTP Task invoker (arn:aws:states:::http:invoke)', () => {
  let server: FunctionServer;
  let invoke: ReturnType<typeof createTaskInvoker>;
  const run = (params: Json, extra: { timeoutSeconds?: number } = {}) =>
    invoke({ command: invokeCommand(HTTP, params, extra), executionArn: EXECUTION_ARN });
  const output = (o: TaskOutcome) => (o.ok ? (o.output as JsonObject) : assert.fail(JSON.stringify(o)));

  before(async () => {
    server = await startFunctionServer();
    invoke = createTaskInvoker({
      allowedHosts: [],
      lookupFunction: async () => undefined,
      defaultTimeoutSeconds: 0.3,
    });
  });
  after(() => server.close());

  test('200 JSON: AWS’s output shape with the parsed body', async () => {
    const out = output(await run({ ApiEndpoint: `${server.url}/http/json`, Method: 'GET' }));
    assert.deepEqual(Object.keys(out), ['Headers', 'ResponseBody', 'StatusCode', 'StatusText']);
    assert.deepEqual(out.ResponseBody, { hello: 'world' });
    assert.equal(out.StatusCode, 200);
    assert.equal(out.StatusText, 'OK');
    assert.deepEqual((out.Headers as JsonObject)['content-type'], ['application/json']);
  });

  test('a text body stays a string', async () => {
    const out = output(await run({ ApiEndpoint: `${server.url}/http/text`, Method: 'GET' }));
    assert.equal(out.ResponseBody, 'plain text');
  });

  test('JSON nested deeper than 1,000 levels stays text (deeper data would overflow the engine)', async () => {
    const out = output(await run({ ApiEndpoint: `${server.url}/http/deep`, Method: 'GET' }));
    assert.equal(out.ResponseBody, `${'['.repeat(1001)}${']'.repeat(1001)}`);
  });

  const errors: { path: string; error: string; body: Json }[] = [
    { path: '/http/404', error: 'States.Http.StatusCode.404', body: { message: 'nope' } },
    { path: '/http/500', error: 'States.Http.StatusCode.500', body: 'server broke' },
  ];
  for (const c of errors)
    test(`an error status is ${c.error}, the cause carries the response`, async () => {
      const outcome = await run({ ApiEndpoint: `${server.url}${c.path}`, Method: 'GET' });
      assert.equal(!outcome.ok && outcome.error, c.error);
      const cause = JSON.parse((!outcome.ok && outcome.cause) || '{}');
      assert.equal(cause.StatusCode, Number(c.error.split('.').pop()));
      assert.deepEqual(cause.ResponseBody, c.body);
    });

  test('Method, QueryParameters, Headers and a JSON RequestBody reach the endpoint', async () => {
    const out = output(
      await run({
        ApiEndpoint: `${server.url}/http/echo?fixed=1`,
        Method: 'post',
        QueryParameters: { q: 'a b', n: 2, many: ['x', 'y'] },
        Headers: { 'X-Custom': 'yes', 'X-List': ['a', 'b'] },
        RequestBody: { order: 7 },
      }),
    );
    const echo = out.ResponseBody as JsonObject;
    assert.equal(echo.method, 'POST');
    assert.deepEqual(echo.query, { fixed: ['1'], q: ['a b'], n: ['2'], many: ['x', 'y'] });
    const headers = echo.headers as JsonObject;
    assert.equal(headers['x-custom'], 'yes');
    assert.equal(headers['x-list'], 'a, b');
    assert.equal(headers['content-type'], 'application/json; charset=UTF-8');
    assert.equal(headers['user-agent'], 'Durastep');
    assert.equal(echo.body, '{"order":7}');
  });

  test('Transform URL_ENCODED sends a form body', async () => {
    const out = output(
      await run({
        ApiEndpoint: `${server.url}/http/echo`,
        Method: 'POST',
        RequestBody: { a: 'x y', list: [1, 2] },
        Transform: {
          RequestBodyEncoding: 'URL_ENCODED',
          RequestEncodingOptions: { ArrayFormat: 'BRACKETS' },
        },
      }),
    );
    const echo = out.ResponseBody as JsonObject;
    assert.equal(echo.body, 'a=x%20y&list%5B%5D=1&list%5B%5D=2');
    assert.equal((echo.headers as JsonObject)['content-type'], 'application/x-www-form-urlencoded');
  });

  const invalid: { name: string; params: Json; cause: RegExp }[] = [
    { name: 'no ApiEndpoint', params: { Method: 'GET' }, cause: /ApiEndpoint must be an http\(s\) URL/ },
    {
      name: 'a file: URL',
      params: { ApiEndpoint: 'file:///etc/passwd', Method: 'GET' },
      cause: /ApiEndpoint/,
    },
    {
      name: 'an unknown method',
      params: { ApiEndpoint: server0(), Method: 'BREW' },
      cause: /Method must be one of/,
    },
    {
      name: 'a Host header',
      params: { ApiEndpoint: server0(), Method: 'GET', Headers: { Host: 'x' } },
      cause: /Host cannot be set/,
    },
    {
      name: 'an unknown ArrayFormat',
      params: {
        ApiEndpoint: server0(),
        Method: 'POST',
        RequestBody: {},
        Transform: { RequestEncodingOptions: { ArrayFormat: 'X' } },
      },
      cause: /ArrayFormat must be one of/,
    },
  ];
  for (const c of invalid)
    test(`invalid parameters (${c.name}) fail with States.TaskFailed`, async () => {
      const outcome = await run(c.params);
      assert.equal(!outcome.ok && outcome.error, 'States.TaskFailed');
      assert.match((!outcome.ok && outcome.cause) || '', c.cause);
    });

  test('the state’s TimeoutSeconds is States.Timeout; the default timeout is States.Http.Socket, as AWS', async () => {
    const endpoint = { ApiEndpoint: `${server.url}/http/slow`, Method: 'GET' };
    assert.deepEqual(await run(endpoint, { timeoutSeconds: 0.2 }), {
      ok: false,
      error: 'States.Timeout',
      cause: '',
    });
    const byDefault = await run(endpoint);
    assert.equal(!byDefault.ok && byDefault.error, 'States.Http.Socket');
    assert.match((!byDefault.ok && byDefault.cause) || '', /timed out after 0.3 seconds/);
  });

  test('connection refused is States.Http.Socket naming the target and errno', async () => {
    const port = await closedPort();
    const outcome = await run({ ApiEndpoint: `http://127.0.0.1:${port}/x?token=secret`, Method: 'GET' });
    assert.equal(!outcome.ok && outcome.error, 'States.Http.Socket');
    const cause = (!outcome.ok && outcome.cause) || '';
    assert.match(cause, new RegExp(`^GET http://127\\.0\\.0\\.1:${port}/x failed: ECONNREFUSED`));
    assert.doesNotMatch(cause, /secret/);
  });
});

/** Any loopback URL: parameter validation fails before a request is made. */
function server0(): string {
  return 'http://127.0.0.1:1/';
}
