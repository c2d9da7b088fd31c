import { STATUS_CODES } from 'node:http';
import { Agent, Client, type Dispatcher } from 'undici';

/**
 * What cancels a call: an AbortSignal fits, and so does any object with these members (the worker's
 * actor uses a cheaper one than AbortController, which costs microseconds per task).
 */
export type CancelSignal = {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
};

/** One outbound HTTP request of a task attempt. */
export type HttpCall = {
  url: URL;
  method: string;
  headers: Readonly<Record<string, string>>;
  body?: string;
  /** Aborts the request (connect + answer + body) after this long. */
  timeoutMs: number;
  signal?: CancelSignal;
  /** Reading stops here (default MAX_RESPONSE_BYTES); the body read so far is returned, `truncated`. */
  maxBodyBytes?: number;
};

/** An answer, headers in their original case and order (as they came on the wire). */
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

// One keep-alive dispatcher (undici: about a third of node:http's CPU per call) for the whole process,
// up to 256 connections per origin; requests queue beyond that. Idle connections close after the
// server's Keep-Alive hint or 4 s. No timeouts of undici's own: each call's timer decides, so a Task
// may wait longer than undici's 300 s defaults and a dropped SYN ends as States.Timeout.
const agent = new Agent({ connections: 256, headersTimeout: 0, bodyTimeout: 0, connectTimeout: 0 });

/** Set from an answer until the next check phase, when undici makes its connection reusable. */
let answeredThisTurn = false;
function noteAnswer(): void {
  if (answeredThisTurn) return;
  answeredThisTurn = true;
  setImmediate(() => {
    answeredThisTurn = false;
  });
}

/** Socket errors after which a request that got no answer is sent once more, on a new connection. */
const RETRIED_ON_FRESH_CONNECTION = new Set(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE']);

/**
 * Sends one request and settles with what happened; never rejects. A request whose connection breaks
 * before any answer (typically a keep-alive connection the server closed while it was idle) is sent
 * once more on a fresh connection, as Node's documentation recommends: calls are at least once anyway
 * and carry an Idempotency-Key.
 */
export function sendHttp(call: HttpCall): Promise<HttpResult> {
  return new Promise((resolve) => {
    if (call.signal?.aborted) return resolve({ kind: 'aborted' });
    let settled = false;
    let current: RequestHandler | undefined;
    const finish = (result: HttpResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onAbort);
      current?.cancel();
      resolve(result);
    };
    const onAbort = () => finish({ kind: 'aborted' });
    const timer = setTimeout(
      () => finish({ kind: 'timeout' }),
      Math.min(Math.max(call.timeoutMs, 1), MAX_TIMER_MS),
    );
    call.signal?.addEventListener('abort', onAbort, { once: true });
    const max = call.maxBodyBytes ?? MAX_RESPONSE_BYTES;
    const attempt = (dispatcher: Dispatcher, retryAllowed: boolean, onDone?: () => void) => {
      const handler = new RequestHandler(max, (result, broken) => {
        onDone?.();
        if (settled) return;
        if (broken && retryAllowed && RETRIED_ON_FRESH_CONNECTION.has(broken)) {
          const fresh = new Client(call.url.origin, { headersTimeout: 0, bodyTimeout: 0, connectTimeout: 0 });
          return attempt(fresh, false, () => void fresh.close().catch(() => {}));
        }
        finish(result);
      });
      current = handler;
      try {
        dispatcher.dispatch(requestOptions(call), handler);
      } catch (e) {
        handler.settle({ kind: 'invalid', message: e instanceof Error ? e.message : String(e) });
      }
    };
    // undici frees a keep-alive connection one event-loop turn after its answer (setImmediate): a call
    // made in that turn waits for the same check phase, else it would open a further connection.
    if (!answeredThisTurn) attempt(agent, true);
    else
      setImmediate(() => {
        if (!settled) attempt(agent, true);
      });
  });
}

function requestOptions(call: HttpCall): Dispatcher.DispatchOptions {
  const headers: string[] = [];
  for (const name in call.headers) {
    // undici counts the body itself; a stale length from a definition must not contradict it.
    if (name.length === 14 && name.toLowerCase() === 'content-length') continue;
    headers.push(name, call.headers[name]);
  }
  return {
    origin: call.url.origin,
    path: call.url.pathname + call.url.search,
    method: call.method,
    headers,
    body: call.body ?? '',
  };
}

/**
 * Collects one answer for undici's dispatch: status, raw headers and the body up to `max` bytes.
 * `done(result, brokenCode)` is called once; `brokenCode` is set when the connection failed before
 * any answer arrived (the request may be retried).
 */
class RequestHandler implements Dispatcher.DispatchHandler {
  private controller: Dispatcher.DispatchController | undefined;
  private cancelled = false;
  private answered = false;
  private finished = false;
  private status = 0;
  private statusText = '';
  private headers: [string, string][] = [];
  private readonly chunks: Buffer[] = [];
  private size = 0;

  constructor(
    private readonly max: number,
    private readonly done: (result: HttpResult, brokenCode?: string) => void,
  ) {}

  settle(result: HttpResult, brokenCode?: string): void {
    if (this.finished) return;
    this.finished = true;
    this.done(result, brokenCode);
  }

  /** The caller gave up (timeout or cancel) before the answer was complete: stop the request. */
  cancel(): void {
    this.cancelled = true;
    if (this.finished) return;
    this.finished = true;
    this.controller?.abort(new Error('the call was cancelled'));
    this.done({ kind: 'aborted' });
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    // Cancelled while it waited for a connection: never send it.
    if (this.cancelled) controller.abort(new Error('the call was cancelled'));
  }

  onResponseStart(
    controller: Dispatcher.DispatchController,
    statusCode: number,
    _headers: unknown,
    statusMessage?: string,
  ): void {
    if (statusCode < 200) return; // 1xx: the answer follows
    this.answered = true;
    this.status = statusCode;
    this.statusText = statusMessage || STATUS_CODES[statusCode] || '';
    const raw = controller.rawHeaders;
    if (Array.isArray(raw))
      for (let i = 0; i + 1 < raw.length; i += 2) this.headers.push([latin1(raw[i]), latin1(raw[i + 1])]);
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.finished) return;
    if (this.size + chunk.length <= this.max) {
      this.chunks.push(chunk);
      this.size += chunk.length;
      return;
    }
    this.chunks.push(chunk.subarray(0, this.max - this.size));
    this.settle(this.reply(true));
    controller.abort(new Error('the answer exceeds the size read'));
  }

  onResponseEnd(): void {
    noteAnswer();
    this.settle(this.reply(false));
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    const e = error as Error & { code?: string };
    const code = e.code ?? 'EUNKNOWN';
    if (code === 'UND_ERR_INVALID_ARG') return this.settle({ kind: 'invalid', message: e.message });
    this.settle(
      {
        kind: 'unreachable',
        code,
        message: this.answered ? `the connection broke during the answer: ${e.message}` : e.message,
      },
      this.answered ? undefined : code,
    );
  }

  private reply(truncated: boolean): HttpResult {
    const body =
      this.chunks.length === 1
        ? this.chunks[0].toString('utf8')
        : Buffer.concat(this.chunks).toString('utf8');
    return {
      kind: 'reply',
      reply: { status: this.status, statusText: this.statusText, headers: this.headers, body, truncated },
    };
  }
}

function latin1(v: Buffer | string): string {
  return typeof v === 'string' ? v : v.toString('latin1');
}
