import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Json } from '@durastep/state-language';
import { createTaskInvoker, type FunctionRecord, type TaskOutcome } from '../../src/tasks/index.js';
import {
  closedPort,
  EXECUTION_ARN,
  invokeCommand,
  startFunctionServer,
  type FunctionServer,
} from './function-server.js';

describe('OpenFaaS invoker', () => {
  let server: FunctionServer;
  let invoke: ReturnType<typeof createTaskInvoker>;
  const registry = new Map<string, FunctionRecord>();
  const run = (resource: string, input: Json = { n: 1 }, timeoutSeconds?: number) =>
    invoke({
      command: invokeCommand(resource, input, timeoutSeconds === undefined ? {} : { timeoutSeconds }),
      executionArn: EXECUTION_ARN,
    });

  before(async () => {
    server = await startFunctionServer();
    const record = (name: string, url: string, extra: Partial<FunctionRecord> = {}) =>
      registry.set(name, { name, url, timeoutSeconds: 30, headers: {}, ...extra });
    record('hello', server.url, { headers: { Authorization: 'Bearer registry-secret' } });
    record('direct', `${server.url}/custom/path`);
    record('slow', `${server.url}/`, { timeoutSeconds: 0.3 });
    invoke = createTaskInvoker({
      openfaasGateway: server.url,
      allowedHosts: [],
      lookupFunction: async (name) => registry.get(name),
    });
  });
  after(() => server.close());

  const cases: {
    name: string;
    resource: string;
    expect: TaskOutcome | ((o: TaskOutcome) => void);
    path?: string;
  }[] = [
    {
      name: 'a JSON answer becomes the result (unregistered → OPENFAAS_GATEWAY)',
      resource: 'function:json',
      expect: { ok: true, output: { name: 'json', received: { n: 1 } } },
      path: '/function/json',
    },
    {
      name: 'openfaas:NAME is the same resource',
      resource: 'openfaas:json',
      expect: { ok: true, output: { name: 'json', received: { n: 1 } } },
      path: '/function/json',
    },
    {
      name: 'a text answer becomes a string result',
      resource: 'function:text',
      expect: { ok: true, output: 'hello from text\n' },
    },
    {
      name: 'a registered gateway URL gets /function/NAME',
      resource: 'function:hello',
      expect: { ok: true, output: { name: 'hello', received: { n: 1 } } },
      path: '/function/hello',
    },
    {
      name: 'a registered full URL is called as it is',
      resource: 'function:direct',
      expect: { ok: true, output: { custom: true } },
      path: '/custom/path',
    },
    {
      name: 'a 500 is States.TaskFailed with status and body excerpt',
      resource: 'function:boom',
      expect: (o) =>
        assert.deepEqual(o, {
          ok: false,
          error: 'States.TaskFailed',
          cause: `Function boom at ${server.url}/function/boom answered 500 Internal Server Error: kaboom`,
        }),
    },
    {
      name: 'the registry timeout applies when the state sets none',
      resource: 'function:slow',
      expect: (o) => {
        assert.equal(!o.ok && o.error, 'States.Timeout');
        assert.match((!o.ok && o.cause) || '', /timed out after 0.3 seconds/);
      },
    },
  ];
  for (const c of cases)
    test(c.name, async () => {
      const outcome = await run(c.resource);
      if (typeof c.expect === 'function') c.expect(outcome);
      else assert.deepEqual(outcome, c.expect);
      if (c.path) assert.equal(server.requests.at(-1)!.path, c.path);
    });

  test('the state input is the JSON body; registry headers are sent', async () => {
    await run('function:hello', { order: 42, items: ['a'] });
    const seen = server.requests.at(-1)!;
    assert.deepEqual(JSON.parse(seen.body), { order: 42, items: ['a'] });
    assert.equal(seen.headers['content-type'], 'application/json');
    assert.equal(seen.headers.authorization, 'Bearer registry-secret');
  });

  test('the state’s TimeoutSeconds beats the registry timeout', async () => {
    assert.deepEqual(await run('function:slow', {}, 0.1), { ok: false, error: 'States.Timeout', cause: '' });
  });

  test('a registered function is called even on a host outside the allowlist', async () => {
    const port = await closedPort();
    const remote = createTaskInvoker({
      allowedHosts: [],
      lookupFunction: async (name) => ({
        name,
        url: `http://10.255.255.1:${port}/`,
        timeoutSeconds: 0.2,
        headers: {},
      }),
    });
    const outcome = await remote({ command: invokeCommand('function:far', {}), executionArn: EXECUTION_ARN });
    assert.equal(outcome.ok, false);
    assert.doesNotMatch((!outcome.ok && outcome.cause) || '', /not allowed/);
  });

  test('connection refused names the function URL and errno', async () => {
    const port = await closedPort();
    registry.set('gone', { name: 'gone', url: `http://127.0.0.1:${port}`, timeoutSeconds: 5, headers: {} });
    const outcome = await run('function:gone');
    assert.equal(!outcome.ok && outcome.error, 'States.TaskFailed');
    assert.match(
      (!outcome.ok && outcome.cause) || '',
      new RegExp(`:${port}/function/gone failed: ECONNREFUSED`),
    );
  });

  test('unregistered without a gateway, or a failing registry, fail with a clear cause', async () => {
    const lonely = createTaskInvoker({ allowedHosts: [], lookupFunction: async () => undefined });
    const broken = createTaskInvoker({
      allowedHosts: [],
      lookupFunction: async () => {
        throw new Error('database is down');
      },
    });
    const command = invokeCommand('function:nowhere', {});
    assert.deepEqual(await lonely({ command, executionArn: EXECUTION_ARN }), {
      ok: false,
      error: 'States.TaskFailed',
      cause:
        'Function nowhere is not registered and no OpenFaaS gateway is configured (register it, or set OPENFAAS_GATEWAY)',
    });
    assert.deepEqual(await broken({ command, executionArn: EXECUTION_ARN }), {
      ok: false,
      error: 'States.TaskFailed',
      cause: 'Function registry lookup for nowhere failed: database is down',
    });
  });
});
