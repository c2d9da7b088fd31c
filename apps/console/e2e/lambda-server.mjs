// A Lambda-compatible function server for the end-to-end tests: the Invoke API
// (POST /2015-03-31/functions/NAME/invocations) answering for the functions below. The tests
// flip `behaviour.fail` to make `charge` fail (an unhandled PaymentDeclined error) or succeed.
import { createServer } from 'node:http';

export function startLambdaServer() {
  const behaviour = { fail: false, calls: [] };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const m = /^\/2015-03-31\/functions\/([^/]+)\/invocations/.exec(req.url ?? '');
      if (req.method !== 'POST' || !m) {
        res.writeHead(404, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ message: `no route ${req.method} ${req.url}` }));
        return;
      }
      const name = decodeURIComponent(m[1]).split(':').filter(Boolean).at(-1) ?? '';
      let input;
      try {
        input = body ? JSON.parse(body) : {};
      } catch {
        input = body;
      }
      behaviour.calls.push({ name, input });
      res.setHeader('Content-Type', 'application/json');
      if (name === 'charge' && behaviour.fail) {
        res.setHeader('X-Amz-Function-Error', 'Unhandled');
        res.end(
          JSON.stringify({
            errorType: 'PaymentDeclined',
            errorMessage: `card declined for order ${input?.orderId}`,
          }),
        );
        return;
      }
      if (name === 'charge') {
        res.end(JSON.stringify({ charged: input?.amount ?? 0, receipt: `r-${input?.orderId}` }));
        return;
      }
      res.end(JSON.stringify({ ok: true, name, input }));
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        behaviour,
        close: () => new Promise((r) => server.close(r)),
      });
    }),
  );
}
