import type { TaskOutcome } from '@durastep/executor';
import { isJsonObject, type Json, type JsonObject } from '@durastep/state-language';
import { parseHttpUrl } from './endpoint-url.js';
import { ARRAY_FORMATS, formEncode, scalar, type ArrayFormat } from './form-encoding.js';
import type { HttpReply } from './http-request.js';
import { bodyResult, headerLists } from './response-body.js';
import { excerpt, taskFailed, type InvokeTaskCommand, type TaskPlan } from './task-plan.js';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'];
/** Headers that frame or route the request: Durastep sets them, a definition may not. */
const RESERVED_HEADERS = new Set([
  'host',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
  'expect',
  'proxy-authorization',
  'proxy-connection',
]);
const MAX_CAUSE_CHARS = 32_000;

type Invalid = { invalid: string };
const isInvalid = (v: unknown): v is Invalid => typeof v === 'object' && v !== null && 'invalid' in v;

/**
 * `arn:aws:states:::http:invoke` with `ApiEndpoint`, `Method`, `Headers`, `QueryParameters`,
 * `RequestBody` and `Transform` (`RequestBodyEncoding: URL_ENCODED`, `RequestEncodingOptions.ArrayFormat`).
 * `Authentication` / `InvocationConfig` (EventBridge connections) are accepted and ignored: put
 * credentials in `Headers`. Redirects are not followed (a 3xx is an error status, as any non-2xx).
 */
export function planHttp(command: InvokeTaskCommand): TaskPlan | TaskOutcome {
  const params = command.input;
  if (!isJsonObject(params)) return invalid('the Parameters must be an object with ApiEndpoint and Method');
  const url = typeof params.ApiEndpoint === 'string' ? parseHttpUrl(params.ApiEndpoint) : undefined;
  if (!url)
    return invalid(
      `ApiEndpoint must be an http(s) URL without credentials, not ${JSON.stringify(params.ApiEndpoint ?? null)}`,
    );
  const method = typeof params.Method === 'string' ? params.Method.toUpperCase() : '';
  if (!METHODS.includes(method)) return invalid(`Method must be one of ${METHODS.join(', ')}`);
  const headers = readHeaders(params.Headers);
  if (isInvalid(headers)) return invalid(headers.invalid);
  const query = appendQuery(url, params.QueryParameters);
  if (isInvalid(query)) return invalid(query.invalid);
  const body = encodeBody(params, method, headers);
  if (isInvalid(body)) return invalid(body.invalid);
  if (!hasHeader(headers, 'user-agent')) headers['User-Agent'] = 'Durastep';
  return {
    service: 'http',
    url,
    method,
    headers,
    ...(body === undefined ? {} : { body }),
    interpret: httpOutcome,
  };
}

/** AWS's output `{ Headers, ResponseBody, StatusCode, StatusText }`; non-2xx → `States.Http.StatusCode.NNN`. */
export function httpOutcome(reply: HttpReply): TaskOutcome {
  const output: JsonObject = {
    Headers: headerLists(reply),
    ResponseBody: bodyResult(reply),
    StatusCode: reply.status,
    StatusText: reply.statusText,
  };
  if (reply.status >= 200 && reply.status < 300) return { ok: true, output };
  let cause = JSON.stringify(output);
  if (cause.length > MAX_CAUSE_CHARS)
    cause = JSON.stringify({ ...output, ResponseBody: excerpt(reply.body, MAX_CAUSE_CHARS / 2) });
  return { ok: false, error: `States.Http.StatusCode.${reply.status}`, cause };
}

function invalid(reason: string): TaskOutcome {
  return taskFailed(`Invalid HTTP Task parameters: ${reason}`);
}

function readHeaders(raw: Json | undefined): Record<string, string> | Invalid {
  const headers: Record<string, string> = {};
  if (raw === undefined || raw === null) return headers;
  if (!isJsonObject(raw)) return { invalid: 'Headers must be an object' };
  for (const [name, value] of Object.entries(raw)) {
    if (RESERVED_HEADERS.has(name.toLowerCase())) return { invalid: `the header ${name} cannot be set` };
    headers[name] = Array.isArray(value) ? value.map(scalar).join(', ') : scalar(value);
  }
  return headers;
}

function appendQuery(url: URL, raw: Json | undefined): void | Invalid {
  if (raw === undefined || raw === null) return;
  if (!isJsonObject(raw)) return { invalid: 'QueryParameters must be an object' };
  for (const [name, value] of Object.entries(raw))
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, scalar(item));
}

function encodeBody(
  params: JsonObject,
  method: string,
  headers: Record<string, string>,
): string | undefined | Invalid {
  const raw = params.RequestBody;
  if (raw === undefined || method === 'GET' || method === 'HEAD') return undefined;
  const transform = readTransform(params.Transform);
  if (isInvalid(transform)) return transform;
  let body: string;
  let type: string;
  if (transform.urlEncoded && isJsonObject(raw)) {
    body = formEncode(raw, transform.arrayFormat);
    type = 'application/x-www-form-urlencoded';
  } else if (typeof raw === 'string') {
    body = raw;
    type = transform.urlEncoded ? 'application/x-www-form-urlencoded' : 'text/plain; charset=UTF-8';
  } else {
    body = JSON.stringify(raw);
    type = 'application/json; charset=UTF-8';
  }
  if (!hasHeader(headers, 'content-type')) headers['Content-Type'] = type;
  return body;
}

function readTransform(raw: Json | undefined): { urlEncoded: boolean; arrayFormat: ArrayFormat } | Invalid {
  if (raw === undefined || raw === null) return { urlEncoded: false, arrayFormat: 'INDICES' };
  if (!isJsonObject(raw)) return { invalid: 'Transform must be an object' };
  const encoding = raw.RequestBodyEncoding ?? 'NONE';
  if (encoding !== 'NONE' && encoding !== 'URL_ENCODED')
    return { invalid: 'Transform.RequestBodyEncoding must be NONE or URL_ENCODED' };
  const options = raw.RequestEncodingOptions ?? {};
  const format = isJsonObject(options) ? (options.ArrayFormat ?? 'INDICES') : undefined;
  if (!ARRAY_FORMATS.includes(format as ArrayFormat))
    return {
      invalid: `Transform.RequestEncodingOptions.ArrayFormat must be one of ${ARRAY_FORMATS.join(', ')}`,
    };
  return { urlEncoded: encoding === 'URL_ENCODED', arrayFormat: format as ArrayFormat };
}

function hasHeader(headers: Record<string, string>, lowerName: string): boolean {
  return Object.keys(headers).some((k) => k.toLowerCase() === lowerName);
}
