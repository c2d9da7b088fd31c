import { SFNClient } from '@aws-sdk/client-sfn';
import { createTestDatabase, type TestDatabase } from '../../../worker/test/support/test-database.js';
import { createApp, type Api } from '../../src/main.js';

// The SDK warns on every client under Node 20 that later releases will need Node 22.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export const REGION = 'us-east-1';
export const ACCOUNT = '123456789012';
export const ROLE = `arn:aws:iam::${ACCOUNT}:role/test-role`;

export const machineArn = (name: string) => `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${name}`;
export const executionArnOf = (machine: string, name: string) =>
  `arn:aws:states:${REGION}:${ACCOUNT}:execution:${machine}:${name}`;

/** A one-state workflow (Pass → End). */
export const PASS = JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', End: true } } });
export const WAIT = JSON.stringify({ StartAt: 'W', States: { W: { Type: 'Wait', Seconds: 5, End: true } } });

/** The API on a scratch database, listening on a free loopback port, and an SDK client for it. */
export type Harness = { t: TestDatabase; api: Api; url: string; sfn: SFNClient; close(): Promise<void> };

export async function startApi(): Promise<Harness> {
  const t = await createTestDatabase(4);
  const api = await createApp({ db: t.db, region: REGION, account: ACCOUNT, port: 0, host: '127.0.0.1' });
  const url = api.url!;
  const sfn = new SFNClient({
    endpoint: url,
    region: REGION,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
  return {
    t,
    api,
    url,
    sfn,
    close: async () => {
      sfn.destroy();
      await api.close();
      await t.drop();
    },
  };
}

/** A parsed JSON reply body: tests read into it freely and assert on what they find. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonBody = any;

export type RawReply = {
  status: number;
  errorType: string | null;
  contentType: string | null;
  body: JsonBody;
};

/** A raw AWS JSON protocol call, to see exact status, headers and body. */
export async function awsCall(
  url: string,
  target: string | undefined,
  body: unknown,
  contentType = 'application/x-amz-json-1.0',
): Promise<RawReply> {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (target !== undefined) headers['x-amz-target'] = target;
  const res = await fetch(`${url}/`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    errorType: res.headers.get('x-amzn-errortype'),
    contentType: res.headers.get('content-type'),
    body: text ? JSON.parse(text) : undefined,
  };
}

export async function rest(
  url: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: JsonBody }> {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** Runs `fn`, expecting the SDK to throw the named AWS error; returns it. */
export async function sdkError(
  fn: () => Promise<unknown>,
): Promise<Error & { $metadata: { httpStatusCode?: number } }> {
  try {
    await fn();
  } catch (e) {
    return e as Error & { $metadata: { httpStatusCode?: number } };
  }
  throw new Error('expected an error');
}
