import { isJsonObject, nestsDeeperThan, type Json, type JsonObject } from '@durastep/state-language';
import type { TaskOutcome } from '../in-memory/run-in-memory.js';

/** The Lambda Invoke API call a Task makes (`POST /2015-03-31/functions/{name}/invocations`). */
export type LambdaRequest = {
  functionName: string;
  qualifier?: string;
  body: string;
  headers: Record<string, string>;
};
/** What came back, headers in their original case (Node's `rawHeaders`). */
export type LambdaResponse = { status: number; headers: readonly [string, string][]; body: string };

export function isLambdaResource(resource: string): boolean {
  return (
    /^arn:[^:]+:lambda:/.test(resource) ||
    /^arn:[^:]+:states:::lambda:invoke(\.waitForTaskToken)?$/.test(resource)
  );
}

/** `arn:aws:lambda:…:function:NAME` sends the state input; `lambda:invoke` sends `Payload` to `FunctionName`. */
export function lambdaRequest(resource: string, input: Json): LambdaRequest {
  if (/^arn:[^:]+:lambda:/.test(resource))
    return { functionName: resource, body: JSON.stringify(input), headers: {} };
  const params = isJsonObject(input) ? input : {};
  const headers: Record<string, string> = {};
  if (typeof params.InvocationType === 'string') headers['X-Amz-Invocation-Type'] = params.InvocationType;
  if (typeof params.LogType === 'string') headers['X-Amz-Log-Type'] = params.LogType;
  if (typeof params.ClientContext === 'string') headers['X-Amz-Client-Context'] = params.ClientContext;
  const payload = params.Payload;
  const body =
    payload === undefined || payload === null
      ? ''
      : typeof payload === 'string'
        ? payload
        : JSON.stringify(payload);
  const req: LambdaRequest = { functionName: String(params.FunctionName ?? ''), body, headers };
  if (typeof params.Qualifier === 'string') req.qualifier = params.Qualifier;
  return req;
}

/**
 * Maps a Lambda Invoke answer to the Task's outcome as AWS does: a function error
 * (`X-Amz-Function-Error`) becomes the error named by the payload's `errorType`, so Retry/Catch on
 * custom error names work; a failed API call becomes `Lambda.<ErrorCode>`.
 */
export function lambdaOutcome(resource: string, res: LambdaResponse): TaskOutcome {
  const header = (name: string) => res.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  const payload = parseJson(res.body);
  if (res.status < 200 || res.status >= 300) {
    const code = header('X-Amzn-ErrorType')?.split(':')[0] ?? `HttpStatus${res.status}`;
    const message = isJsonObject(payload) ? String(payload.message ?? payload.Message ?? res.body) : res.body;
    return {
      ok: false,
      error: `Lambda.${code}`,
      cause: `${message} (Service: AWSLambda; Status Code: ${res.status}; Error Code: ${code}; Request ID: ${header('x-amzn-RequestId') ?? ''}; Proxy: null)`,
    };
  }
  const serviceIntegration = !/^arn:[^:]+:lambda:/.test(resource);
  if (header('X-Amz-Function-Error')) {
    const errorType =
      isJsonObject(payload) && typeof payload.errorType === 'string' ? payload.errorType : 'Exception';
    return {
      ok: false,
      error: errorType,
      cause: serviceIntegration && payload !== undefined ? JSON.stringify(payload) : res.body,
    };
  }
  const value: Json = payload === undefined ? res.body : payload;
  if (!serviceIntegration) return { ok: true, output: value };
  const all: JsonObject = {};
  const single: JsonObject = {};
  for (const [k, v] of res.headers) {
    all[k] = [v];
    single[k] = v;
  }
  const output: JsonObject = { ExecutedVersion: header('X-Amz-Executed-Version') ?? '$LATEST' };
  const log = header('X-Amz-Log-Result');
  if (log !== undefined) output.LogResult = log;
  output.Payload = value;
  output.SdkHttpMetadata = { AllHttpHeaders: all, HttpHeaders: single, HttpStatusCode: res.status };
  output.SdkResponseMetadata = { RequestId: header('x-amzn-RequestId') ?? '' };
  output.StatusCode = res.status;
  return { ok: true, output };
}

/** The payload as JSON; undefined (kept as text) when it is not JSON or nests too deep to handle. */
function parseJson(text: string): Json | undefined {
  if (text === '' || nestsDeeperThan(text)) return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}
