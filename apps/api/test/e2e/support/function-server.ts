import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the function server answered (or is answering). */
export type FunctionCall = {
  /** `lambda`, `openfaas` or `http`. */
  kind: 'lambda' | 'openfaas' | 'http';
  /** The function name (Lambda/OpenFaaS) or the path after `/http/`. */
  name: string;
  method: string;
  path: string;
  /** `Idempotency-Key: <executionArn>/<state>/<attempt>`. */
  idempotencyKey: string | undefined;
  /** The attempt number read from the idempotency key (-1 when absent). */
  attempt: number;
  taskToken: string | undefined;
  body: string;
};

export type FunctionServer = {
  url: string;
  port: number;
  calls: FunctionCall[];
  /** Lambda functions that fail (CustomError) whatever they are, until removed: "deploy a fix". */
  broken: Set<string>;
  /** Calls whose idempotency key starts with this execution ARN. */
  callsOf(executionArn: string): FunctionCall[];
  close(): Promise<void>;
};

/** How long the `slow` functions take to answer: longer than the tests' `TimeoutSeconds: 1`. */
export const SLOW_MS = 4000;

/**
 * A real local function server on 127.0.0.1, the faults included:
 * - Lambda Invoke API (any function named in `broken` fails with `CustomError`) `POST /2015-03-31/functions/NAME/invocations`: `echo` (returns its payload),
 *   `greet` (`{greeting: "Hello, <name>!"}`), `pricing` (the sum of an array), `fail` (a function error `CustomError`), `flaky`
 *   (`CustomError` on attempt 0, then echo), `slow` (answers after SLOW_MS), `callback` (accepts a
 *   `.waitForTaskToken` call), anything else 404 `ResourceNotFoundException`;
 * - an OpenFaaS gateway `POST /function/NAME`: `hello`, `echo`, `boom` (500), `flaky` (503 on attempt
 *   0), `slow`; and `POST /async-function/NAME`, which answers 202 and then, as the gateway's queue
 *   worker does, POSTs the function's answer to `X-Callback-Url` with `X-Function-Status`;
 * - plain HTTP endpoints for `http:invoke` under `/http/`: `echo`, `500`, `flaky`, `slow`.
 */
export async function startFunctionServer(): Promise<FunctionServer> {
  const calls: FunctionCall[] = [];
  const broken = new Set<string>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const key = header(req, 'idempotency-key');
      const lambda = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec(url.pathname);
      const asyncFaas = /^\/async-function\/([^/]+)$/.exec(url.pathname);
      const faas = /^\/function\/([^/]+)$/.exec(url.pathname) ?? asyncFaas;
      const plain = /^\/http\/([^/]+)$/.exec(url.pathname);
      const call: FunctionCall = {
        kind: lambda ? 'lambda' : faas ? 'openfaas' : 'http',
        // Lambda accepts a name, name:qualifier or a function ARN.
        name: lambda
          ? decodeURIComponent(lambda[1])
              .replace(/^.*function:/, '')
              .split(':')[0]
          : decodeURIComponent((faas ?? plain)?.[1] ?? url.pathname),
        method: req.method ?? '',
        path: req.url ?? '',
        idempotencyKey: key,
        attempt: key === undefined ? -1 : Number(key.slice(key.lastIndexOf('/') + 1)),
        taskToken: header(req, 'x-durastep-task-token'),
        body: Buffer.concat(chunks).toString('utf8'),
      };
      calls.push(call);
      if (lambda && broken.has(call.name)) return send(res, 200, customError(call), FUNCTION_ERROR);
      if (lambda) return lambdaRoute(call, res);
      if (asyncFaas) return asyncOpenFaasRoute(call, header(req, 'x-callback-url'), res);
      if (faas) return openFaasRoute(call, res);
      if (plain) return httpRoute(call, res);
      send(res, 404, 'Not Found', { 'Content-Type': 'text/plain' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    calls,
    broken,
    callsOf: (arn) => calls.filter((c) => c.idempotencyKey?.startsWith(`${arn}/`)),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

const JSON_TYPE = { 'Content-Type': 'application/json' };
const FUNCTION_ERROR = { ...JSON_TYPE, 'X-Amz-Function-Error': 'Unhandled' };

function lambdaRoute(call: FunctionCall, res: http.ServerResponse): void {
  switch (call.name) {
    case 'echo':
      return send(res, 200, call.body || 'null', { ...JSON_TYPE, 'X-Amz-Executed-Version': '$LATEST' });
    case 'greet': {
      const input = parse(call.body) as { name?: string } | null;
      return json(res, 200, { greeting: `Hello, ${input?.name ?? 'world'}!` });
    }
    case 'pricing': {
      const items = parse(call.body);
      const total = Array.isArray(items) ? items.reduce((a: number, b) => a + Number(b), 0) : 0;
      return json(res, 200, { total });
    }
    case 'fail':
      return send(res, 200, customError(call), FUNCTION_ERROR);
    case 'flaky':
      if (call.attempt === 0) return send(res, 200, customError(call), FUNCTION_ERROR);
      return send(res, 200, call.body || 'null', JSON_TYPE);
    case 'slow':
      return later(res, () => json(res, 200, { late: true }));
    case 'callback':
      return json(res, 202, { accepted: true });
    default:
      return send(res, 404, JSON.stringify({ Type: 'User', Message: `Function not found: ${call.name}` }), {
        ...JSON_TYPE,
        'X-Amzn-ErrorType': 'ResourceNotFoundException',
      });
  }
}

function openFaasRoute(call: FunctionCall, res: http.ServerResponse): void {
  switch (call.name) {
    case 'hello': {
      const input = parse(call.body) as { name?: string } | null;
      return json(res, 200, { message: `Hello, ${input?.name ?? 'world'}!` });
    }
    case 'echo':
      return send(res, 200, call.body, JSON_TYPE);
    case 'boom':
      return send(res, 500, 'kaboom', { 'Content-Type': 'text/plain' });
    case 'flaky':
      if (call.attempt === 0) return send(res, 503, 'warming up', { 'Content-Type': 'text/plain' });
      return send(res, 200, call.body, JSON_TYPE);
    case 'slow':
      return later(res, () => json(res, 200, { late: true }));
    default:
      return send(res, 404, 'Not Found', { 'Content-Type': 'text/plain' });
  }
}

/** Accepts the call (202), runs the function, and delivers its answer to the callback URL. */
function asyncOpenFaasRoute(
  call: FunctionCall,
  callbackUrl: string | undefined,
  res: http.ServerResponse,
): void {
  if (!callbackUrl) return send(res, 400, 'X-Callback-Url is required', { 'Content-Type': 'text/plain' });
  send(res, 202, '', { 'X-Call-Id': `call-${call.attempt}` });
  const answer = {
    destroyed: false,
    writableEnded: false,
    on: () => answer,
    writeHead: (status: number, headers: Record<string, string>) => ({
      end: (body: string) => {
        answer.writableEnded = true;
        void fetch(callbackUrl, {
          method: 'POST',
          headers: { ...headers, 'X-Function-Status': String(status), 'X-Function-Name': call.name },
          body,
        }).catch(() => undefined);
      },
    }),
  };
  setTimeout(() => openFaasRoute(call, answer as unknown as http.ServerResponse), 50);
}

function httpRoute(call: FunctionCall, res: http.ServerResponse): void {
  switch (call.name) {
    case 'echo':
      return json(res, 200, { method: call.method, body: parse(call.body) });
    case '500':
      return send(res, 500, 'server broke', { 'Content-Type': 'text/plain' });
    case 'flaky':
      if (call.attempt === 0) return json(res, 503, { retry: true });
      return json(res, 200, { method: call.method, body: parse(call.body) });
    case 'slow':
      return later(res, () => json(res, 200, { late: true }));
    default:
      return send(res, 404, 'Not Found', { 'Content-Type': 'text/plain' });
  }
}

function customError(call: FunctionCall): string {
  return JSON.stringify({
    errorType: 'CustomError',
    errorMessage: `${call.name} failed on attempt ${call.attempt}`,
    trace: [],
  });
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function send(res: http.ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(status, headers).end(body);
}

function json(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), JSON_TYPE);
}

function later(res: http.ServerResponse, answer: () => void): void {
  const timer = setTimeout(answer, SLOW_MS);
  res.on('close', () => clearTimeout(timer));
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A port nothing listens on (bound, then released): connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
