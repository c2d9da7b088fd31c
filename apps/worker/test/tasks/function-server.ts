import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Json } from '@durastep/state-language';
import type { InvokeTaskCommand } from '../../src/tasks/index.js';

/** What the server saw of one request. */
export type SeenRequest = { method: string; path: string; headers: http.IncomingHttpHeaders; body: string };

export type FunctionServer = {
  url: string;
  port: number;
  requests: SeenRequest[];
  /** TCP connections accepted so far (keep-alive reuses them). */
  connections(): number;
  close(): Promise<void>;
};

export const SLOW_MS = 3000;

/**
 * A real local function server on 127.0.0.1: the Lambda Invoke API
 * (`/2015-03-31/functions/{echo|fail|slow}/invocations`), an OpenFaaS gateway
 * (`/function/{json|text|boom|slow|big|huge|reset-on-reuse}`, `/custom/path`) and plain HTTP endpoints
 * for http:invoke (`/http/{json|text|404|500|echo|slow}`).
 */
export async function startFunctionServer(): Promise<FunctionServer> {
  const requests: SeenRequest[] = [];
  let connections = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const seen = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      };
      requests.push(seen);
      route(url, seen, req, res);
    });
  });
  server.on('connection', (socket) => {
    connections++;
    (socket as { served?: number }).served = 0;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    connections: () => connections,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function route(url: URL, seen: SeenRequest, req: http.IncomingMessage, res: http.ServerResponse): void {
  const socket = req.socket as { served?: number };
  socket.served = (socket.served ?? 0) + 1;
  const lambda = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec(url.pathname);
  const faas = /^\/function\/([^/]+)$/.exec(url.pathname);
  const rawName = decodeURIComponent((lambda ?? faas)?.[1] ?? '');
  // Lambda accepts a name, name:qualifier or a function ARN
  const name = lambda ? rawName.replace(/^.*function:/, '').split(':')[0] : rawName;
  if (lambda) {
    if (name === 'echo')
      return send(res, 200, seen.body, {
        'Content-Type': 'application/json',
        'X-Amz-Executed-Version': '$LATEST',
      });
    if (name === 'fail')
      return send(
        res,
        200,
        JSON.stringify({ errorType: 'CustomError', errorMessage: 'boom', stackTrace: [] }),
        {
          'Content-Type': 'application/json',
          'X-Amz-Function-Error': 'Unhandled',
        },
      );
    if (name === 'slow')
      return later(res, () => send(res, 200, '"late"', { 'Content-Type': 'application/json' }));
    return send(res, 404, JSON.stringify({ Type: 'User', Message: `Function not found: ${name}` }), {
      'Content-Type': 'application/json',
      'X-Amzn-ErrorType': 'ResourceNotFoundException',
    });
  }
  if (faas) {
    if (name === 'json' || name === 'hello') return json(res, 200, { name, received: parse(seen.body) });
    if (name === 'text') return send(res, 200, 'hello from text\n', { 'Content-Type': 'text/plain' });
    if (name === 'boom') return send(res, 500, 'kaboom', { 'Content-Type': 'text/plain' });
    if (name === 'slow') return later(res, () => json(res, 200, { late: true }));
    if (name === 'big') return send(res, 200, 'x'.repeat(300 * 1024), { 'Content-Type': 'text/plain' });
    if (name === 'huge') return send(res, 200, 'y'.repeat(5 * 1024 * 1024), { 'Content-Type': 'text/plain' });
    if (name === 'reset-on-reuse') {
      if (socket.served > 1) return void req.socket.destroy();
      return json(res, 200, { fresh: true });
    }
    return send(res, 404, 'Not Found', { 'Content-Type': 'text/plain' });
  }
  if (url.pathname === '/custom/path') return json(res, 200, { custom: true });
  if (url.pathname === '/http/json') return json(res, 200, { hello: 'world' });
  if (url.pathname === '/http/text') return send(res, 200, 'plain text', { 'Content-Type': 'text/plain' });
  if (url.pathname === '/http/deep')
    return send(res, 200, `${'['.repeat(1001)}${']'.repeat(1001)}`, { 'Content-Type': 'application/json' });
  if (url.pathname === '/http/404') return json(res, 404, { message: 'nope' });
  if (url.pathname === '/http/500') return send(res, 500, 'server broke', { 'Content-Type': 'text/plain' });
  if (url.pathname === '/http/slow') return later(res, () => json(res, 200, { late: true }));
  if (url.pathname === '/http/echo') {
    const query: Record<string, string[]> = {};
    for (const [k, v] of url.searchParams) (query[k] ??= []).push(v);
    return json(res, 200, { method: seen.method, query, headers: seen.headers as Json, body: seen.body });
  }
  send(res, 404, 'Not Found', { 'Content-Type': 'text/plain' });
}

function send(res: http.ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  if (res.destroyed || res.writableEnded) return;
  res.writeHead(status, headers).end(body);
}

function json(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), { 'Content-Type': 'application/json' });
}

function later(res: http.ServerResponse, answer: () => void): void {
  const timer = setTimeout(answer, SLOW_MS);
  res.on('close', () => clearTimeout(timer));
}

function parse(text: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export const EXECUTION_ARN = 'arn:aws:states:us-east-1:123456789012:execution:orders:run-1';

export function invokeCommand(
  resource: string,
  input: Json,
  extra: Partial<InvokeTaskCommand> = {},
): InvokeTaskCommand {
  return { type: 'InvokeTask', taskId: 't1', resource, input, stateName: 'Call', attempt: 0, ...extra };
}
