import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Json } from '@durastep/state-language';
import { createTaskInvoker, MAX_RESPONSE_BYTES, type InvokeTaskCommand } from '../../src/tasks/index.js';
import { EXECUTION_ARN, invokeCommand, startFunctionServer, type FunctionServer } from './function-server.js';

describe('createTaskInvoker', () => {
  let server: FunctionServer;
  let invoke: ReturnType<typeof createTaskInvoker>;
  const run = (command: InvokeTaskCommand, signal?: AbortSignal) =>
    invoke({ command, executionArn: EXECUTION_ARN, ...(signal ? { signal } : {}) });

  before(async () => {
    server = await startFunctionServer();
    invoke = createTaskInvoker({
      lambdaEndpoint: server.url,
      openfaasGateway: server.url,
      allowedHosts: [],
      lookupFunction: async () => undefined,
    });
  });
  after(() => server.close());

  const byKind: { kind: string; resource: string; input: Json }[] = [
    { kind: 'Lambda', resource: 'arn:aws:lambda:us-east-1:123456789012:function:echo', input: {} },
    { kind: 'OpenFaaS', resource: 'function:json', input: {} },
    { kind: 'HTTP', resource: 'arn:aws:states:::http:invoke', input: { ApiEndpoint: '', Method: 'GET' } },
  ];
  for (const c of byKind)
    test(`${c.kind}: Idempotency-Key is <executionArn>/<stateName>/<attempt>, the token has its header`, async () => {
      const input =
        c.kind === 'HTTP' ? { ...(c.input as object), ApiEndpoint: `${server.url}/http/json` } : c.input;
      const command = invokeCommand(c.resource, input, {
        stateName: 'Charge card',
        attempt: 2,
        taskToken: 'tok-9',
      });
      assert.equal((await run(command)).ok, true);
      const seen = server.requests.at(-1)!;
      assert.equal(seen.headers['idempotency-key'], `${EXECUTION_ARN}/Charge card/2`);
      assert.equal(seen.headers['x-durastep-task-token'], 'tok-9');
    });

  test('a state name outside printable ASCII is percent-encoded in the key; no token, no header', async () => {
    await run(invokeCommand('function:json', {}, { stateName: 'Paiement é 100%', attempt: 0 }));
    const seen = server.requests.at(-1)!;
    assert.equal(seen.headers['idempotency-key'], `${EXECUTION_ARN}/Paiement %C3%A9 100%25/0`);
    assert.equal(seen.headers['x-durastep-task-token'], undefined);
  });

  const refused: { name: string; url: string; host: string }[] = [
    { name: 'a public host', url: 'http://example.com/hook', host: 'example.com' },
    { name: 'cloud metadata', url: 'http://169.254.169.254/latest/meta-data/', host: '169.254.169.254' },
    { name: 'a private address with a port', url: 'http://10.0.0.7:8080/', host: '10.0.0.7:8080' },
    { name: 'a loopback look-alike name', url: 'http://127.0.0.1.nip.io/', host: '127.0.0.1.nip.io' },
  ];
  for (const c of refused)
    test(`outbound allowlist refuses ${c.name} without any request`, async () => {
      const before = server.requests.length;
      const started = Date.now();
      const outcome = await run(
        invokeCommand('arn:aws:states:::http:invoke', { ApiEndpoint: c.url, Method: 'GET' }),
      );
      assert.deepEqual(outcome, {
        ok: false,
        error: 'States.TaskFailed',
        cause: `Outbound call to ${c.host} is not allowed (add it to ALLOWED_HOSTS)`,
      });
      assert.equal(server.requests.length, before);
      assert.ok(Date.now() - started < 200, 'no DNS lookup or connection attempt');
    });

  const unsupported: { resource: string; cause: string }[] = [
    {
      resource: 'arn:aws:states:::dynamodb:putItem',
      cause: 'Resource arn:aws:states:::dynamodb:putItem is not supported by Durastep',
    },
    {
      resource: 'arn:aws:states:::http:invoke.waitForTaskToken',
      cause: 'Resource arn:aws:states:::http:invoke.waitForTaskToken is not supported by Durastep',
    },
    {
      resource: 'function:../admin',
      cause: "Resource function:../admin does not name a function (letters, digits, '.', '_', '-')",
    },
  ];
  for (const c of unsupported)
    test(`unsupported resource ${c.resource} fails with a clear cause`, async () => {
      assert.deepEqual(await run(invokeCommand(c.resource, {})), {
        ok: false,
        error: 'States.TaskFailed',
        cause: c.cause,
      });
    });

  test('one keep-alive agent: sequential calls reuse the connection', async () => {
    await run(invokeCommand('function:json', {}));
    const connections = server.connections();
    for (let i = 0; i < 5; i++) assert.equal((await run(invokeCommand('function:json', { i }))).ok, true);
    assert.equal(server.connections(), connections);
  });

  test('a keep-alive socket the server dropped is retried once on a fresh connection', async () => {
    const resets = () => server.requests.filter((r) => r.path === '/function/reset-on-reuse').length;
    await run(invokeCommand('function:json', {})); // leaves a used socket in the pool
    const seen = resets();
    assert.deepEqual(await run(invokeCommand('function:reset-on-reuse', {})), {
      ok: true,
      output: { fresh: true },
    });
    assert.equal(resets(), seen + 2, 'the reused socket was reset, the retry went through');
  });

  test('the caller’s signal cancels the call', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 50);
    const outcome = await run(invokeCommand('function:slow', {}), controller.signal);
    assert.equal(!outcome.ok && outcome.error, 'States.TaskFailed');
    assert.match((!outcome.ok && outcome.cause) || '', /\/function\/slow was cancelled$/);
    assert.ok(Date.now() - started < 1000);
    const before = server.requests.length;
    await run(invokeCommand('function:json', {}), AbortSignal.abort());
    assert.equal(server.requests.length, before, 'an already aborted signal sends nothing');
  });

  test('bodies over 256 KiB are returned whole; reading stops at MAX_RESPONSE_BYTES', async () => {
    const big = await run(invokeCommand('function:big', {}));
    assert.equal(big.ok && (big.output as string).length, 300 * 1024);
    const huge = await run(invokeCommand('function:huge', {}));
    assert.equal(huge.ok && (huge.output as string).length, MAX_RESPONSE_BYTES);
  });

  test('never throws, even when the registry throws synchronously', async () => {
    const broken = createTaskInvoker({
      allowedHosts: [],
      lookupFunction: () => {
        throw new Error('boom');
      },
    });
    const outcome = await broken({ command: invokeCommand('function:x', {}), executionArn: EXECUTION_ARN });
    assert.deepEqual(outcome, {
      ok: false,
      error: 'States.TaskFailed',
      cause: 'Function registry lookup for x failed: boom',
    });
  });
});
