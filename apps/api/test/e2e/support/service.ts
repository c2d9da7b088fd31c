import assert from 'node:assert/strict';
import { SFNClient } from '@aws-sdk/client-sfn';
import {
  createInvokerFor,
  readConfig,
  handoffTo,
  startWorkerPool,
  type WorkerPool,
  type ServiceConfig,
  type TaskInvoker,
} from '@durastep/worker';
import { createTestDatabase, type TestDatabase } from '../../../../worker/test/support/test-database.js';
import { createApp, type Api } from '../../../src/main.js';
import { rest, type JsonBody } from '../../support/api-harness.js';
import { startFunctionServer, type FunctionServer } from './function-server.js';

// The SDK warns on every client under Node 20 that later releases will need Node 22.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export const REGION = 'us-east-1';
export const ACCOUNT = '123456789012';
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/durastep-e2e`;
export const lambdaArn = (name: string) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`;

/** An in-process worker pool, its task invoker wrapped to count the tasks it performed. */
export type RunningPool = { owner: string; invocations: number; stop(): Promise<void> };

export type ServiceOptions = {
  /** Worker pools started with the service (default 1). */
  pools?: number;
  /** Environment for readConfig, over the defaults (LAMBDA_ENDPOINT/OPENFAAS_GATEWAY → the function server). */
  env?: Record<string, string>;
};

/**
 * The whole service as `npm start` runs it, in this process: a scratch PostgreSQL database, the real
 * HTTP API (`createApp`) on a free loopback port, in-process worker pools with the configured task
 * invokers, and a real local function server those invokers call.
 */
export type Service = {
  t: TestDatabase;
  api: Api;
  url: string;
  sfn: SFNClient;
  fn: FunctionServer;
  config: ServiceConfig;
  pools: RunningPool[];
  startPool(): Promise<RunningPool>;
  stopPools(): Promise<void>;
  close(): Promise<void>;
};

export async function startService(options: ServiceOptions = {}): Promise<Service> {
  const fn = await startFunctionServer();
  const t = await createTestDatabase(12);
  const config = readConfig({
    LAMBDA_ENDPOINT: fn.url,
    OPENFAAS_GATEWAY: fn.url,
    WORKER_CONCURRENCY: '8',
    WORKER_LEASE_SECONDS: '5',
    AWS_REGION: REGION,
    DURASTEP_ACCOUNT: ACCOUNT,
    ...options.env,
  });
  // New executions go straight to this process's pools, as in `npm start`.
  const started: WorkerPool[] = [];
  const api = await createApp({
    db: t.db,
    handoff: handoffTo(started),
    region: config.region,
    account: config.account,
    port: 0,
    host: '127.0.0.1',
  });
  const url = api.url!;
  config.publicUrl = url; // async OpenFaaS answers come back to this API
  const sfn = new SFNClient({
    endpoint: url,
    region: REGION,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
  const pools: RunningPool[] = [];
  const startPool = async (): Promise<RunningPool> => {
    const base = createInvokerFor(t.db, config);
    const counted: RunningPool = { owner: '', invocations: 0, stop: async () => undefined };
    const invoke: TaskInvoker = (req) => {
      counted.invocations++;
      return base(req);
    };
    const pool = await startWorkerPool({
      db: t.db,
      // The embedded database serves one connection: no LISTEN there, a short poll instead.
      listenUrl: t.kind === 'server' ? t.url : undefined,
      pollMs: 100,
      invoke,
      concurrency: config.workerConcurrency,
      leaseSeconds: config.leaseSeconds,
      log: (message, error) => console.error(`[worker] ${message}`, error ?? ''),
    });
    counted.owner = pool.owner;
    started.push(pool);
    counted.stop = async () => {
      await pool.stop();
      pools.splice(pools.indexOf(counted), 1);
    };
    pools.push(counted);
    return counted;
  };
  for (let i = 0; i < (options.pools ?? 1); i++) await startPool();
  const stopPools = async () => {
    await Promise.all([...pools].map((p) => p.stop()));
  };
  return {
    t,
    api,
    url,
    sfn,
    fn,
    config,
    pools,
    startPool,
    stopPools,
    close: async () => {
      await stopPools();
      sfn.destroy();
      await api.close();
      await fn.close();
      await t.drop();
    },
  };
}

/** POST /api/workflows; returns the state machine ARN. */
export async function createWorkflow(svc: Service, name: string, definition: object): Promise<string> {
  const r = await rest(svc.url, 'POST', '/api/workflows', { name, definition });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body.arn as string;
}

/** POST /api/workflows/NAME/executions; returns the execution view. */
export async function startRest(
  svc: Service,
  workflow: string,
  input: unknown = {},
  name?: string,
): Promise<JsonBody> {
  const r = await rest(svc.url, 'POST', `/api/workflows/${workflow}/executions`, {
    input,
    ...(name ? { name } : {}),
  });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body;
}

export const executionPath = (arn: string) => `/api/executions/${encodeURIComponent(arn)}`;

const OPEN = new Set(['RUNNING', 'PENDING_REDRIVE']);

/** Polls GET /api/executions/ARN until the execution is closed; returns its view. */
export async function waitForExecution(svc: Service, arn: string, timeoutMs = 20_000): Promise<JsonBody> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await rest(svc.url, 'GET', executionPath(arn));
    assert.equal(r.status, 200, JSON.stringify(r.body));
    if (!OPEN.has(r.body.status)) return r.body;
    if (Date.now() > deadline) throw new Error(`${arn} still ${r.body.status} after ${timeoutMs} ms`);
    await sleep(50);
  }
}

/** The whole history over REST (every page), oldest first. */
export async function historyOf(svc: Service, arn: string): Promise<JsonBody[]> {
  const items: JsonBody[] = [];
  let cursor: string | undefined;
  do {
    const q = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const r = await rest(svc.url, 'GET', `${executionPath(arn)}/history?limit=1000${q}`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    items.push(...r.body.items);
    cursor = r.body.nextCursor;
  } while (cursor);
  return items;
}

/** Polls the history until an event of this type appears; returns it. */
export async function waitForEvent(
  svc: Service,
  arn: string,
  type: string,
  timeoutMs = 10_000,
): Promise<JsonBody> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await historyOf(svc, arn)).find((e) => e.type === type);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no ${type} in the history of ${arn} after ${timeoutMs} ms`);
    await sleep(50);
  }
}

/** Event ids 1..n with no gap or repeat, each pointing back at an earlier event. */
export function assertWellFormedHistory(events: JsonBody[]): void {
  assert.deepEqual(
    events.map((e) => e.id),
    events.map((_, i) => i + 1),
    'event ids are 1..n',
  );
  for (const e of events) assert.ok(e.previousEventId < e.id, `event ${e.id} points back`);
  assert.equal(events.filter((e) => e.type === 'ExecutionStarted').length, 1, 'one ExecutionStarted');
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
