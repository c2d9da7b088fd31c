import type { IncomingMessage, ServerResponse } from 'node:http';
import { EngineError, openFaasCallbackOutcome, sendTaskFailure, sendTaskSuccess } from '@durastep/worker';
import type { ApiDeps } from '../api-deps.js';
import { readBody, type RawRoute } from '../http/raw-routes.js';

const PREFIX = '/api/callbacks/openfaas/';
const MAX_PAYLOAD = 262_144;
/** Read a little past the payload limit, to tell "too large" from "just fits". */
const READ_LIMIT = 4 * MAX_PAYLOAD;

/**
 * `POST /api/callbacks/openfaas/{taskToken}`: where an OpenFaaS gateway's queue worker delivers the
 * answer of an async call (`openfaas:NAME.async`). Any body is accepted as the gateway sends it (the
 * function's own content type), so this is served before the JSON body parser. `X-Function-Status`
 * 2xx completes the task with the answer (JSON, or else text), anything else fails it with
 * States.TaskFailed; Retry and Catch apply as for a synchronous call. 202 once queued; 404 for a
 * token that names no waiting task.
 */
export function openFaasCallbackRoute(
  deps: ApiDeps,
  logError: (message: string, error: unknown) => void,
): RawRoute {
  return {
    matches: (req) => req.method === 'POST' && (req.url ?? '').startsWith(PREFIX),
    serve: async (req, res) => {
      try {
        const token = decodeURIComponent((req.url ?? '').slice(PREFIX.length).split('?')[0]);
        const body = await readBody(req, READ_LIMIT);
        if (body === undefined) return;
        const functionName = header(req, 'x-function-name') ?? 'the function';
        if (body === 'too-large' || body.length > MAX_PAYLOAD) {
          await sendTaskFailure(
            deps.db,
            token,
            'States.DataLimitExceeded',
            `The answer of ${functionName} exceeds the maximum size of ${MAX_PAYLOAD} bytes`,
          );
        } else {
          const status = Number(header(req, 'x-function-status') ?? '200');
          const outcome = openFaasCallbackOutcome(
            Number.isInteger(status) ? status : 500,
            header(req, 'content-type'),
            body.toString('utf8'),
            functionName,
          );
          if (outcome.ok) await sendTaskSuccess(deps.db, token, JSON.stringify(outcome.output ?? null));
          else await sendTaskFailure(deps.db, token, outcome.error, outcome.cause);
        }
        reply(res, 202, { accepted: true });
      } catch (e) {
        if (e instanceof EngineError) {
          reply(res, e.code === 'TaskDoesNotExist' ? 404 : 400, { error: e.code, message: e.message });
          return;
        }
        logError('OpenFaaS callback failed', e);
        reply(res, 500, {
          error: 'InternalFailure',
          message: 'An internal error occurred; see the service log',
        });
      }
    },
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function reply(res: ServerResponse, status: number, body: object): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body));
}
