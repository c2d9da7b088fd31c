import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Json } from '@durastep/state-language';
import { createTaskInvoker, type InvokeTaskCommand } from '../../src/tasks/index.js';
import {
  closedPort,
  EXECUTION_ARN,
  invokeCommand,
  SLOW_MS,
  startFunctionServer,
  type FunctionServer,
} from './function-server.js';

const arn = (name: string) => `arn:aws:lambda:us-east-1:123456789012:function:${name}`;
const INVOKE = 'arn:aws:states:::lambda:invoke';
const DEEP = `${'['.repeat(1001)}${']'.repeat(1001)}`;

describe('Lambda invoker', () => {
  let server: FunctionServer;
  let invoke: ReturnType<typeof createTaskInvoker>;
  const run = (command: InvokeTaskCommand) => invoke({ command, executionArn: EXECUTION_ARN });

  before(async () => {
    server = await startFunctionServer();
    invoke = createTaskInvoker({
      lambdaEndpoint: server.url,
      allowedHosts: [],
      lookupFunction: async () => undefined,
    });
  });
  after(() => server.close());

  const cases: { name: string; command: InvokeTaskCommand; expect: (o: Json) => void }[] = [
    {
      name: 'a function ARN returns the payload as the result',
      command: invokeCommand(arn('echo'), { a: 1 }),
      expect: (o) => assert.deepEqual(o, { ok: true, output: { a: 1 } }),
    },
    {
      name: 'lambda:invoke returns AWS’s shape around the payload',
      command: invokeCommand(INVOKE, { FunctionName: 'echo', Payload: { a: 1 } }),
      expect: (o) => {
        const out = (o as { output: Record<string, Json> }).output;
        assert.deepEqual(out.Payload, { a: 1 });
        assert.equal(out.StatusCode, 200);
        assert.equal(out.ExecutedVersion, '$LATEST');
        assert.ok(out.SdkHttpMetadata && out.SdkResponseMetadata);
      },
    },
    {
      name: 'a function error becomes the error named by errorType',
      command: invokeCommand(arn('fail'), {}),
      expect: (o) => {
        assert.equal((o as { error: string }).error, 'CustomError');
        assert.match((o as { cause: string }).cause, /boom/);
      },
    },
    {
      name: 'lambda:invoke function error: cause is the error payload',
      command: invokeCommand(INVOKE, { FunctionName: 'fail', Payload: {} }),
      expect: (o) => {
        assert.equal((o as { error: string }).error, 'CustomError');
        assert.equal(JSON.parse((o as { cause: string }).cause).errorMessage, 'boom');
      },
    },
    {
      name: 'a payload nested deeper than 1,000 levels comes back as its text',
      command: invokeCommand(arn('echo'), JSON.parse(DEEP) as Json),
      expect: (o) => assert.deepEqual(o, { ok: true, output: DEEP }),
    },
    {
      name: 'an unknown function is Lambda.ResourceNotFoundException',
      command: invokeCommand(INVOKE, { FunctionName: 'missing', Payload: {} }),
      expect: (o) => {
        assert.equal((o as { error: string }).error, 'Lambda.ResourceNotFoundException');
        assert.match((o as { cause: string }).cause, /Function not found: missing .*Status Code: 404/);
      },
    },
    {
      name: 'the state’s TimeoutSeconds aborts a slow function with States.Timeout',
      command: invokeCommand(arn('slow'), {}, { timeoutSeconds: 0.3 }),
      expect: (o) => assert.deepEqual(o, { ok: false, error: 'States.Timeout', cause: '' }),
    },
  ];
  for (const c of cases)
    test(c.name, async () => {
      c.expect((await run(c.command)) as Json);
    });

  test('the timeout ends the call long before the function answers', async () => {
    const started = Date.now();
    await run(invokeCommand(arn('slow'), {}, { timeoutSeconds: 0.2 }));
    assert.ok(Date.now() - started < SLOW_MS / 2);
  });

  test('Qualifier goes to the query string, the ARN travels as the function name', async () => {
    await run(invokeCommand(INVOKE, { FunctionName: 'echo', Qualifier: 'v1', Payload: 1 }));
    assert.equal(server.requests.at(-1)!.path, '/2015-03-31/functions/echo/invocations?Qualifier=v1');
    await run(invokeCommand(arn('echo:prod'), 1));
    assert.equal(
      decodeURIComponent(server.requests.at(-1)!.path),
      `/2015-03-31/functions/${arn('echo:prod')}/invocations`,
    );
  });

  test('.waitForTaskToken: the token is in the payload as the state gives it, and in a header', async () => {
    const command = invokeCommand(
      `${INVOKE}.waitForTaskToken`,
      { FunctionName: 'echo', Payload: { token: 'tok-1' } },
      { taskToken: 'tok-1' },
    );
    assert.equal((await run(command)).ok, true);
    const seen = server.requests.at(-1)!;
    assert.deepEqual(JSON.parse(seen.body), { token: 'tok-1' });
    assert.equal(seen.headers['x-durastep-task-token'], 'tok-1');
  });

  test('connection refused is States.TaskFailed naming the target and errno', async () => {
    const port = await closedPort();
    const refused = createTaskInvoker({
      lambdaEndpoint: `http://127.0.0.1:${port}`,
      allowedHosts: [],
      lookupFunction: async () => undefined,
    });
    const outcome = await refused({ command: invokeCommand(arn('echo'), {}), executionArn: EXECUTION_ARN });
    assert.equal(outcome.ok, false);
    assert.equal(!outcome.ok && outcome.error, 'States.TaskFailed');
    assert.match(
      (!outcome.ok && outcome.cause) || '',
      new RegExp(`127\\.0\\.0\\.1:${port}/2015-03-31.*ECONNREFUSED`),
    );
  });

  test('without LAMBDA_ENDPOINT the task fails with a clear cause', async () => {
    const none = createTaskInvoker({ allowedHosts: [], lookupFunction: async () => undefined });
    const outcome = await none({ command: invokeCommand(arn('echo'), {}), executionArn: EXECUTION_ARN });
    assert.equal(!outcome.ok && outcome.error, 'States.TaskFailed');
    assert.match(
      (!outcome.ok && outcome.cause) || '',
      /no Lambda endpoint is configured \(set LAMBDA_ENDPOINT/,
    );
  });
});
