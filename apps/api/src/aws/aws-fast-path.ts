import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiDeps } from '../api-deps.js';
import { BODY_LIMIT, JSON_MEDIA_TYPES } from '../http/body-errors.js';
import { readBody, type RawRoute } from '../http/raw-routes.js';
import { awsErrorReply } from './aws-error.js';
import { sendAwsReply } from './aws.controller.js';
import { handleAwsRequest } from './handle-aws-request.js';

const LIMIT_BYTES = 2 * 1024 * 1024; // BODY_LIMIT
const MEDIA_TYPES = new Set(JSON_MEDIA_TYPES);

/**
 * Serves the AWS JSON protocol (`POST /` with `X-Amz-Target`) straight from Node's HTTP server,
 * ahead of Express and Nest: the same handler, replies and body rules as the AwsController, at
 * about a tenth of the framework's per-request cost (measured ~25 µs vs ~270 µs of CPU here), which
 * is most of what a StartExecution costs the service. Anything else — and AWS requests whose body
 * needs the body parser's extras (a charset other than UTF-8, a content encoding) — goes on to
 * Express as before.
 */
export function awsProtocolRoute(
  deps: ApiDeps,
  logError: (message: string, error: unknown) => void,
): RawRoute {
  return { matches: isPlainAwsCall, serve: (req, res) => serve(req, res, deps, logError) };
}

function isPlainAwsCall(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || req.url !== '/' || req.headers['x-amz-target'] === undefined) return false;
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  const [media, ...params] = (req.headers['content-type'] ?? '')
    .split(';')
    .map((p) => p.trim().toLowerCase());
  if (!MEDIA_TYPES.has(media)) return false;
  return params.every((p) => !p.startsWith('charset=') || p === 'charset=utf-8' || p === 'charset="utf-8"');
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  deps: ApiDeps,
  logError: (message: string, error: unknown) => void,
): Promise<void> {
  const raw = await readBody(req, LIMIT_BYTES);
  if (raw === undefined) return; // the client went away
  if (raw === 'too-large') {
    sendAwsReply(
      res,
      awsErrorReply({ code: 'ValidationException', message: `The request body exceeds ${BODY_LIMIT}` }),
    );
    return;
  }
  const text = raw.toString('utf8');
  let body: unknown = {};
  if (text.length > 0) {
    // As Express's JSON parser in strict mode: an object or an array, or a SerializationException.
    const first = /\S/.exec(text)?.[0];
    try {
      if (first !== '{' && first !== '[') throw new SyntaxError('the body is not a JSON object');
      body = JSON.parse(text);
    } catch (e) {
      sendAwsReply(
        res,
        awsErrorReply({
          code: 'SerializationException',
          message: `Malformed request body: ${(e as Error).message}`,
        }),
      );
      return;
    }
  }
  const target = req.headers['x-amz-target'];
  sendAwsReply(res, await handleAwsRequest(deps, Array.isArray(target) ? target[0] : target, body, logError));
}
