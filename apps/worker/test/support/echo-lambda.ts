import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Lambda-compatible function server on a free loopback port that echoes every invocation's payload. */
export async function startEchoLambda(): Promise<{ url: string; calls(): number; stop(): Promise<void> }> {
  let calls = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      calls += 1;
      const body = Buffer.concat(chunks);
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Length': body.length,
        'X-Amz-Executed-Version': '$LATEST',
      });
      res.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls: () => calls,
    stop: () => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}
