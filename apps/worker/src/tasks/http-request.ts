import http from 'node:http';
import https from 'node:https';

/** One outbound HTTP request of a task attempt. */
export type HttpCall = {
  url: URL;
  method: string;
  headers: Readonly<Record<string, string>>;
  body?: string;
  /** Aborts the request (connect + answer + body) after this long. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Reading stops here (default MAX_RESPONSE_BYTES); the body read so far is returned, `truncated`. */
  maxBodyBytes?: number;
};

/** An answer, headers in their original case and order (Node's `rawHeaders`). */
export type HttpReply = {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
  truncated: boolean;
};

export type HttpResult =
  | { kind: 'reply'; reply: HttpReply }
  | { kind: 'timeout' }
  | { kind: 'aborted' }
  | { kind: 'unreachable'; code: string; message: string }
  | { kind: 'invalid'; message: string };

/** Bodies beyond 256 KiB fail the task anyway (States.DataLimitExceeded); this only protects memory. */
export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
const MAX_TIMER_MS = 2 ** 31 - 1;

// One keep-alive agent per protocol for the whole process. Free sockets close after 15 s idle
// (sooner when the server's Keep-Alive header says so); requests queue beyond maxSockets per origin.
const agentOptions = { keepAlive: true, maxSockets: 256, maxFreeSockets: 64, timeout: 15_000 };
const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };

/**
 * Sends one request and settles with what happened; never rejects. A request that fails with
 * ECONNRESET on a reused keep-alive socket before any answer (the server closed it while idle) is
 * sent once more on a fresh connection, as Node's documentation recommends.
 */
export function sendHttp(call: HttpCall): Promise<HttpResult> {
  return new Promise((resolve) => {
    let settled = false;
    let current: http.ClientRequest | undefined;
    const finish = (result: HttpResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const stop = (result: HttpResult) => {
      finish(result);
      current?.destroy();
    };
    const onAbort = () => stop({ kind: 'aborted' });
    const timer = setTimeout(
      () => stop({ kind: 'timeout' }),
      Math.min(Math.max(call.timeoutMs, 1), MAX_TIMER_MS),
    );
    if (call.signal?.aborted) return stop({ kind: 'aborted' });
    call.signal?.addEventListener('abort', onAbort, { once: true });

    const attempt = (fresh: boolean) => {
      const secure = call.url.protocol === 'https:';
      const body = call.body ?? '';
      let req: http.ClientRequest;
      try {
        req = (secure ? https : http).request(call.url, {
          method: call.method,
          headers: { ...call.headers, 'Content-Length': String(Buffer.byteLength(body)) },
          agent: fresh ? false : secure ? agents.https : agents.http,
        });
      } catch (e) {
        return finish({ kind: 'invalid', message: e instanceof Error ? e.message : String(e) });
      }
      current = req;
      let answered = false;
      req.on('response', (res) => {
        answered = true;
        readBody(res, call.maxBodyBytes ?? MAX_RESPONSE_BYTES, finish);
      });
      req.on('error', (e: NodeJS.ErrnoException) => {
        if (settled) return;
        if (!answered && !fresh && req.reusedSocket && e.code === 'ECONNRESET') return attempt(true);
        finish({ kind: 'unreachable', code: e.code ?? 'EUNKNOWN', message: e.message });
      });
      req.end(body);
    };
    attempt(false);
  });
}

function readBody(res: http.IncomingMessage, max: number, finish: (r: HttpResult) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  const reply = (truncated: boolean) => {
    done = true;
    const status = res.statusCode ?? 0;
    const headers: [string, string][] = [];
    for (let i = 0; i < res.rawHeaders.length; i += 2)
      headers.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
    finish({
      kind: 'reply',
      reply: {
        status,
        statusText: res.statusMessage || http.STATUS_CODES[status] || '',
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
        truncated,
      },
    });
  };
  const broken = (e?: NodeJS.ErrnoException) => {
    if (done) return;
    done = true;
    finish({
      kind: 'unreachable',
      code: e?.code ?? 'ECONNRESET',
      message: e?.message ?? 'the connection closed before the answer was complete',
    });
  };
  res.on('data', (chunk: Buffer) => {
    if (done) return;
    if (size + chunk.length <= max) {
      chunks.push(chunk);
      size += chunk.length;
      return;
    }
    chunks.push(chunk.subarray(0, max - size));
    reply(true);
    res.destroy();
  });
  res.on('end', () => {
    if (!done) reply(false);
  });
  res.on('error', broken);
  res.on('close', () => {
    if (!res.complete) broken();
  });
}
