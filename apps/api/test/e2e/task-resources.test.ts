// Every task resource against a real local function server: success, a failure that a Retry
// recovers from, an error answer, a timeout (TimeoutSeconds 1 against a slow function) and a refused
// connection — each behind a Retry (one more attempt after 1 s) and a Catch on the expected error.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rest, type JsonBody } from '../support/api-harness.js';
import { closedPort } from './support/function-server.js';
import {
  assertWellFormedHistory,
  createWorkflow,
  historyOf,
  lambdaArn,
  startRest,
  startService,
  waitForExecution,
  type Service,
} from './support/service.js';

let svc: Service;
let down: string;
before(async () => {
  svc = await startService();
  down = `http://127.0.0.1:${await closedPort()}`;
});
after(async () => {
  await svc.close();
});

/** What a scenario expects: the task's result, or the error the Catch receives. */
type Expect =
  | { result: (r: JsonBody) => void; calls: number }
  | { error: string; cause: (c: string) => void; calls: number };

type Scenario = { label: string; task: object; retryOn: string; input?: object; expect: Expect };

/** A Task behind a Retry (1 more attempt after 1 s) and a Catch, both on `retryOn`. */
function workflowOf(s: Scenario): object {
  return {
    StartAt: 'Call',
    States: {
      Call: {
        Type: 'Task',
        ...s.task,
        ResultPath: '$.result',
        Retry: [{ ErrorEquals: [s.retryOn], IntervalSeconds: 1, MaxAttempts: 1, BackoffRate: 1 }],
        Catch: [{ ErrorEquals: [s.retryOn], ResultPath: '$.error', Next: 'Recovered' }],
        End: true,
      },
      Recovered: { Type: 'Pass', Result: 'recovered', ResultPath: '$.recovered', End: true },
    },
  };
}

let serial = 0;

/** Runs the scenarios side by side on `target` (default: the shared service). */
async function runAll(prefix: string, scenarios: Scenario[], target: Service = svc): Promise<void> {
  const failures: string[] = [];
  await Promise.all(
    scenarios.map(async (s) => {
      const name = `${prefix}-${++serial}`;
      const t0 = Date.now();
      try {
        await createWorkflow(target, name, workflowOf(s));
        const input = s.input ?? { order: name };
        const started = await startRest(target, name, input);
        await check(target, s, started.arn, input);
        if (process.env.E2E_TIMING) console.log(`${s.label}: ${Date.now() - t0} ms`);
      } catch (e) {
        failures.push(`${s.label}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }),
  );
  assert.deepEqual(failures, [], failures.join('\n'));
}

async function check(target: Service, s: Scenario, arn: string, input: object): Promise<void> {
  const done = await waitForExecution(target, arn);
  const calls = target.fn.callsOf(arn);
  const events = await historyOf(target, arn);
  assertWellFormedHistory(events);
  assert.equal(done.status, 'SUCCEEDED', `${done.status} ${done.error} ${done.cause}`);
  assert.equal(events.filter((e) => e.type === 'TaskStateEntered').length, 1, 'Retry stays in the state');
  assert.equal(calls.length, s.expect.calls, `calls: ${calls.map((c) => c.path).join(', ')}`);
  // Each attempt carries its own idempotency key: <execution>/<state>/<attempt>.
  assert.deepEqual(
    calls.map((c) => c.idempotencyKey),
    calls.map((_, i) => `${arn}/Call/${i}`),
  );
  if ('result' in s.expect) {
    assert.equal(done.output.error, undefined, JSON.stringify(done.output.error));
    s.expect.result(done.output.result);
    for (const [k, v] of Object.entries(input)) assert.deepEqual(done.output[k], v);
    return;
  }
  assert.equal(done.output.recovered, 'recovered', 'the Catch ran');
  assert.equal(done.output.error?.Error, s.expect.error, JSON.stringify(done.output.error));
  s.expect.cause(done.output.error.Cause);
  const failed = events.filter((e) => /(Failed|TimedOut)$/.test(e.type) && e.type !== 'ExecutionFailed');
  assert.equal(failed.length, 2, `two failed attempts: ${events.map((e) => e.type).join(', ')}`);
}

const isEmpty = (c: string) => assert.equal(c, '');
const mentions = (re: RegExp) => (c: string) => assert.match(c, re);

test('Lambda function ARN (arn:aws:lambda:…:function:NAME)', async () => {
  const task = (name: string, extra: object = {}) => ({ Resource: lambdaArn(name), ...extra });
  await runAll('lambda-arn', [
    {
      label: 'success',
      task: task('echo'),
      retryOn: 'CustomError',
      input: { n: 1 },
      expect: { result: (r) => assert.deepEqual(r, { n: 1 }), calls: 1 },
    },
    {
      label: 'Retry recovers a function error',
      task: task('flaky'),
      retryOn: 'CustomError',
      input: { n: 2 },
      expect: { result: (r) => assert.deepEqual(r, { n: 2 }), calls: 2 },
    },
    {
      label: 'function error → its errorType',
      task: task('fail'),
      retryOn: 'CustomError',
      expect: {
        error: 'CustomError',
        cause: mentions(/"errorMessage":"fail failed on attempt 1"/),
        calls: 2,
      },
    },
    {
      label: 'unknown function → Lambda.ResourceNotFoundException',
      task: task('missing'),
      retryOn: 'Lambda.ResourceNotFoundException',
      expect: { error: 'Lambda.ResourceNotFoundException', cause: mentions(/Function not found/), calls: 2 },
    },
    {
      label: 'timeout',
      task: task('slow', { TimeoutSeconds: 1 }),
      retryOn: 'States.Timeout',
      expect: { error: 'States.Timeout', cause: isEmpty, calls: 2 },
    },
  ]);
});

test('Lambda service integration (arn:aws:states:::lambda:invoke)', async () => {
  const task = (name: string, extra: object = {}) => ({
    Resource: 'arn:aws:states:::lambda:invoke',
    Parameters: { FunctionName: lambdaArn(name), 'Payload.$': '$' },
    ...extra,
  });
  await runAll('lambda-invoke', [
    {
      label: 'success: AWS’s Invoke result shape',
      task: task('echo'),
      retryOn: 'CustomError',
      input: { n: 1 },
      expect: {
        result: (r) => {
          assert.deepEqual(r.Payload, { n: 1 });
          assert.equal(r.StatusCode, 200);
          assert.equal(r.ExecutedVersion, '$LATEST');
          assert.equal(r.SdkHttpMetadata.HttpStatusCode, 200);
          assert.ok('SdkResponseMetadata' in r);
        },
        calls: 1,
      },
    },
    {
      label: 'Retry recovers a function error',
      task: task('flaky'),
      retryOn: 'CustomError',
      input: { n: 2 },
      expect: { result: (r) => assert.deepEqual(r.Payload, { n: 2 }), calls: 2 },
    },
    {
      label: 'function error → its errorType, the payload as cause',
      task: task('fail'),
      retryOn: 'CustomError',
      expect: {
        error: 'CustomError',
        cause: (c) => assert.equal(JSON.parse(c).errorMessage, 'fail failed on attempt 1'),
        calls: 2,
      },
    },
    {
      label: 'timeout',
      task: task('slow', { TimeoutSeconds: 1 }),
      retryOn: 'States.Timeout',
      expect: { error: 'States.Timeout', cause: isEmpty, calls: 2 },
    },
  ]);
});

test('HTTP task (arn:aws:states:::http:invoke)', async () => {
  const task = (endpoint: string, extra: object = {}) => ({
    Resource: 'arn:aws:states:::http:invoke',
    Parameters: {
      ApiEndpoint: endpoint,
      Method: 'POST',
      Headers: { 'X-Test': 'yes' },
      'RequestBody.$': '$',
    },
    ...extra,
  });
  await runAll('http', [
    {
      label: 'success: AWS’s HTTP task result shape',
      task: task(`${svc.fn.url}/http/echo`),
      retryOn: 'States.Http.StatusCode.503',
      input: { n: 1 },
      expect: {
        result: (r) => {
          assert.equal(r.StatusCode, 200);
          assert.equal(r.StatusText, 'OK');
          assert.deepEqual(r.ResponseBody, { method: 'POST', body: { n: 1 } });
          assert.deepEqual(r.Headers['content-type'], ['application/json']);
        },
        calls: 1,
      },
    },
    {
      label: 'Retry recovers a 503',
      task: task(`${svc.fn.url}/http/flaky`),
      retryOn: 'States.Http.StatusCode.503',
      input: { n: 2 },
      expect: { result: (r) => assert.deepEqual(r.ResponseBody.body, { n: 2 }), calls: 2 },
    },
    {
      label: 'error status → States.Http.StatusCode.500',
      task: task(`${svc.fn.url}/http/500`),
      retryOn: 'States.Http.StatusCode.500',
      expect: {
        error: 'States.Http.StatusCode.500',
        cause: (c) => {
          const cause = JSON.parse(c);
          assert.equal(cause.StatusCode, 500);
          assert.equal(cause.ResponseBody, 'server broke');
        },
        calls: 2,
      },
    },
    {
      label: 'timeout',
      task: task(`${svc.fn.url}/http/slow`, { TimeoutSeconds: 1 }),
      retryOn: 'States.Timeout',
      expect: { error: 'States.Timeout', cause: isEmpty, calls: 2 },
    },
    {
      label: 'connection refused → States.Http.Socket',
      task: task(`${down}/http/echo`),
      retryOn: 'States.Http.Socket',
      expect: { error: 'States.Http.Socket', cause: mentions(/ECONNREFUSED/), calls: 0 },
    },
  ]);
});

test('OpenFaaS function:NAME through the function registry (REST /api/functions)', async () => {
  const register = async (name: string, url: string, timeoutSeconds?: number) => {
    const r = await rest(svc.url, 'POST', '/api/functions', { name, url, timeoutSeconds });
    assert.equal(r.status, 201, JSON.stringify(r.body));
  };
  await register('greeter', `${svc.fn.url}/function/hello`);
  await register('warming', `${svc.fn.url}/function/flaky`);
  await register('broken', `${svc.fn.url}/function/boom`);
  await register('sluggish', `${svc.fn.url}/function/slow`);
  await register('sluggish-registry', `${svc.fn.url}/function/slow`, 1);
  await register('offline', `${down}/function/hello`);
  await register('gateway', `${svc.fn.url}/`); // a gateway base: /function/gateway is appended
  const listed = await rest(svc.url, 'GET', '/api/functions');
  assert.equal(listed.body.items.length, 7);

  const task = (resource: string, extra: object = {}) => ({ Resource: resource, ...extra });
  await runAll('faas', [
    {
      label: 'registered function succeeds',
      task: task('function:greeter'),
      retryOn: 'States.TaskFailed',
      input: { name: 'Ada' },
      expect: { result: (r) => assert.deepEqual(r, { message: 'Hello, Ada!' }), calls: 1 },
    },
    {
      label: 'openfaas:NAME, not registered: the OPENFAAS_GATEWAY',
      task: task('openfaas:echo'),
      retryOn: 'States.TaskFailed',
      input: { via: 'gateway' },
      expect: { result: (r) => assert.deepEqual(r, { via: 'gateway' }), calls: 1 },
    },
    {
      label: 'registered gateway base URL',
      task: task('function:gateway'),
      retryOn: 'States.TaskFailed',
      expect: { error: 'States.TaskFailed', cause: mentions(/\/function\/gateway answered 404/), calls: 2 },
    },
    {
      label: 'Retry recovers a 503',
      task: task('function:warming'),
      retryOn: 'States.TaskFailed',
      input: { n: 2 },
      expect: { result: (r) => assert.deepEqual(r, { n: 2 }), calls: 2 },
    },
    {
      label: 'error status → States.TaskFailed',
      task: task('function:broken'),
      retryOn: 'States.TaskFailed',
      expect: { error: 'States.TaskFailed', cause: mentions(/answered 500.*kaboom/), calls: 2 },
    },
    {
      label: 'timeout (TimeoutSeconds)',
      task: task('function:sluggish', { TimeoutSeconds: 1 }),
      retryOn: 'States.Timeout',
      expect: { error: 'States.Timeout', cause: isEmpty, calls: 2 },
    },
    {
      label: "timeout (the registry's timeoutSeconds)",
      task: task('function:sluggish-registry'),
      retryOn: 'States.Timeout',
      expect: { error: 'States.Timeout', cause: mentions(/timed out after 1 seconds/), calls: 2 },
    },
    {
      label: 'connection refused → States.TaskFailed',
      task: task('function:offline'),
      retryOn: 'States.TaskFailed',
      expect: { error: 'States.TaskFailed', cause: mentions(/ECONNREFUSED/), calls: 0 },
    },
  ]);
});

test('Lambda endpoint refusing connections → States.TaskFailed, for both Lambda resources', async () => {
  const refused = await startService({ env: { LAMBDA_ENDPOINT: down } });
  try {
    const expect: Expect = { error: 'States.TaskFailed', cause: mentions(/ECONNREFUSED/), calls: 0 };
    await runAll(
      'lambda-refused',
      [
        {
          label: 'function ARN',
          task: { Resource: lambdaArn('echo') },
          retryOn: 'States.TaskFailed',
          expect,
        },
        {
          label: 'lambda:invoke',
          task: {
            Resource: 'arn:aws:states:::lambda:invoke',
            Parameters: { FunctionName: 'echo', 'Payload.$': '$' },
          },
          retryOn: 'States.TaskFailed',
          expect,
        },
      ],
      refused,
    );
  } finally {
    await refused.close();
  }
});

test('an outbound call to a host outside the allowlist fails the task, never reaching it', async () => {
  await createWorkflow(svc, 'ssrf', {
    StartAt: 'Call',
    States: {
      Call: {
        Type: 'Task',
        Resource: 'arn:aws:states:::http:invoke',
        Parameters: { ApiEndpoint: 'http://169.254.169.254/latest/meta-data', Method: 'GET' },
        End: true,
      },
    },
  });
  const started = await startRest(svc, 'ssrf');
  const done = await waitForExecution(svc, started.arn);
  assert.equal(done.status, 'FAILED');
  assert.equal(done.error, 'States.TaskFailed');
  assert.match(done.cause, /not allowed.*ALLOWED_HOSTS/);
});
