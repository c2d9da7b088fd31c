import http from 'node:http';
import { lambdaOutcome, lambdaRequest, type TaskHandler } from '../../src/index.js';

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** A task handler that invokes Lambda-compatible functions over HTTP at `endpoint`. */
export function lambdaHttpHandler(endpoint: string): TaskHandler {
  const base = new URL(endpoint);
  return (request) => {
    const req = lambdaRequest(request.resource, request.input);
    const path = `/2015-03-31/functions/${encodeURIComponent(req.functionName)}/invocations${req.qualifier ? `?Qualifier=${encodeURIComponent(req.qualifier)}` : ''}`;
    return new Promise((resolve) => {
      const r = http.request(
        {
          host: base.hostname,
          port: base.port,
          method: 'POST',
          path,
          agent,
          headers: { 'Content-Type': 'application/json', ...req.headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const headers: [string, string][] = [];
            for (let i = 0; i < res.rawHeaders.length; i += 2)
              headers.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
            resolve(
              lambdaOutcome(request.resource, {
                status: res.statusCode ?? 0,
                headers,
                body: Buffer.concat(chunks).toString('utf8'),
              }),
            );
          });
        },
      );
      r.on('error', (e) => resolve({ ok: false, error: 'States.TaskFailed', cause: e.message }));
      r.end(req.body);
    });
  };
}
