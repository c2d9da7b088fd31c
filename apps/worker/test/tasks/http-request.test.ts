import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { sendHttp } from '../../src/tasks/http-request.js';
import { TaskCancellation } from '../../src/worker/task-cancellation.js';

// The outbound HTTP client on its own: what reaches the wire and how an answer, or none, comes back.
describe('sendHttp', () => {
  let server: http.Server;
  let base: string;
  let sockets = 0;
  const seen: { path: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
  before(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() });
        if (req.url === '/headers') {
          res.writeHead(201, 'Made It', [
            ['X-Second', 'b'],
            ['x-first', 'a'],
            ['Set-Cookie', 'one'],
            ['Set-Cookie', 'two'],
          ]);
          return res.end('ok');
        }
        if (req.url === '/stall-body') {
          res.writeHead(200, { 'Content-Type': 'text/plain' });
          return res.write('partial'); // never ends
        }
        if (req.url === '/slow') return setTimeout(() => res.end('late'), 2000);
        res.end(Buffer.concat(chunks));
      });
    });
    server.on('connection', () => sockets++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  test('sends the method, headers and body; the answer keeps its headers’ case and order', async () => {
    const result = await sendHttp({
      url: new URL(`${base}/headers`),
      method: 'PUT',
      headers: { 'X-Custom': 'yes', 'Content-Length': '999' },
      body: 'héllo',
      timeoutMs: 5000,
    });
    assert.equal(result.kind, 'reply');
    if (result.kind !== 'reply') return;
    assert.equal(result.reply.status, 201);
    assert.equal(result.reply.statusText, 'Made It');
    assert.deepEqual(
      result.reply.headers.filter(([name]) => /^(x-|set-cookie)/i.test(name)),
      [
        ['X-Second', 'b'],
        ['x-first', 'a'],
        ['Set-Cookie', 'one'],
        ['Set-Cookie', 'two'],
      ],
    );
    const request = seen.at(-1)!;
    assert.equal(request.headers['x-custom'], 'yes');
    assert.equal(
      request.headers['content-length'],
      String(Buffer.byteLength('héllo')),
      'a stale length is replaced',
    );
    assert.equal(request.body, 'héllo');
  });

  test('a header value Node would not send is `invalid`, and nothing is sent', async () => {
    const before = seen.length;
    const result = await sendHttp({
      url: new URL(`${base}/echo`),
      method: 'POST',
      headers: { 'X-Bad': 'a\r\nInjected: yes' },
      body: '{}',
      timeoutMs: 5000,
    });
    assert.equal(result.kind, 'invalid');
    assert.equal(seen.length, before);
  });

  test('the timeout covers a body that never ends; the connection is not reused', async () => {
    const started = Date.now();
    const result = await sendHttp({
      url: new URL(`${base}/stall-body`),
      method: 'GET',
      headers: {},
      timeoutMs: 200,
    });
    assert.equal(result.kind, 'timeout');
    assert.ok(Date.now() - started < 1500);
    const echo = await sendHttp({
      url: new URL(`${base}/echo`),
      method: 'POST',
      headers: {},
      body: 'after',
      timeoutMs: 5000,
    });
    assert.equal(echo.kind === 'reply' && echo.reply.body, 'after');
  });

  test('a TaskCancellation cancels the call in flight, and one already cancelled sends nothing', async () => {
    const cancel = new TaskCancellation();
    setTimeout(() => cancel.abort(), 50);
    const started = Date.now();
    const result = await sendHttp({
      url: new URL(`${base}/slow`),
      method: 'GET',
      headers: {},
      signal: cancel,
      timeoutMs: 5000,
    });
    assert.equal(result.kind, 'aborted');
    assert.ok(Date.now() - started < 1000);
    const before = seen.length;
    assert.equal(
      (
        await sendHttp({
          url: new URL(`${base}/echo`),
          method: 'GET',
          headers: {},
          signal: cancel,
          timeoutMs: 5000,
        })
      ).kind,
      'aborted',
    );
    assert.equal(seen.length, before);
  });

  test('many calls at once share keep-alive connections', async () => {
    const opened = sockets;
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        sendHttp({
          url: new URL(`${base}/echo`),
          method: 'POST',
          headers: {},
          body: String(i),
          timeoutMs: 5000,
        }),
      ),
    );
    assert.deepEqual(
      results.map((r) => r.kind === 'reply' && r.reply.body),
      Array.from({ length: 40 }, (_, i) => String(i)),
    );
    assert.ok(sockets - opened <= 40);
    const again = sockets;
    await Promise.all(
      Array.from({ length: 10 }, () =>
        sendHttp({ url: new URL(`${base}/echo`), method: 'POST', headers: {}, body: 'x', timeoutMs: 5000 }),
      ),
    );
    assert.equal(sockets, again, 'the second wave reuses the idle connections');
  });
});
