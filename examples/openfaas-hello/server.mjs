#!/usr/bin/env node
// A tiny stand-in for an OpenFaaS gateway with one function, `hello`, for the README walkthrough:
//   node examples/openfaas-hello/server.mjs          (PORT=8090 by default)
//   curl -s -X POST http://127.0.0.1:8090/function/hello -d '{"name":"Ada"}'
// It answers `POST /function/hello` the way an OpenFaaS gateway does for a function deployed from
// the `node20` template: the request body is the function's input, the answer its result.
import http from 'node:http';

const port = Number(process.env.PORT ?? 8090);

/** The function: `{ "name": "Ada" }` → `{ "message": "Hello, Ada!" }`. */
function hello(input) {
  const name = typeof input?.name === 'string' && input.name !== '' ? input.name : 'world';
  return { message: `Hello, ${name}!`, length: name.length };
}

const functions = { hello };

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const text = Buffer.concat(chunks).toString('utf8');
    const match = /^\/function\/([^/?]+)/.exec(req.url ?? '');
    if (req.method === 'GET' && req.url === '/healthz') return reply(res, 200, 'OK', 'text/plain');
    const fn = match && functions[decodeURIComponent(match[1])];
    if (!fn || req.method !== 'POST') return reply(res, 404, 'Not Found', 'text/plain');
    let input;
    try {
      input = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      input = text;
    }
    // Durastep sends Idempotency-Key: <execution ARN>/<state>/<attempt> with every task call.
    console.log(`${req.method} ${req.url} ${req.headers['idempotency-key'] ?? ''} ${text}`);
    reply(res, 200, JSON.stringify(fn(input)), 'application/json');
  });
});

function reply(res, status, body, type) {
  res.writeHead(status, { 'Content-Type': type, 'X-Duration-Seconds': '0.000' }).end(body);
}

server.listen(port, '127.0.0.1', () =>
  console.log(`openfaas-hello: POST http://127.0.0.1:${port}/function/hello`),
);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.on('SIGINT', () => server.close(() => process.exit(0)));
