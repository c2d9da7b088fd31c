import type { TaskOutcome } from '@durastep/executor';
import { describeTarget, joinPath, parseHttpUrl } from './endpoint-url.js';
import { bodyResult } from './response-body.js';
import { excerpt, taskFailed, type InvokeTaskCommand, type TaskPlan } from './task-plan.js';

/** A row of the function registry (table `functions`). */
export type FunctionRecord = {
  name: string;
  url: string;
  timeoutSeconds: number;
  headers: Record<string, string>;
};

export type FunctionDirectory = {
  openfaasGateway?: string;
  callbackBaseUrl?: string;
  lookupFunction(name: string): Promise<FunctionRecord | undefined>;
};

/** OpenFaaS names (`figlet`, `figlet.openfaas-fn`): nothing that could climb out of `/function/`. */
export function isFunctionName(name: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(name) && !name.includes('..');
}

/**
 * `function:NAME` / `openfaas:NAME` → `POST` the state's input as JSON to the registered function, or
 * to `{OPENFAAS_GATEWAY}/function/NAME` when the name is not registered. A registered URL whose path
 * ends with `/` (`http://gateway:8080`, `http://host/prefix/`) is a gateway base and gets
 * `function/NAME` appended; any other path is the function's full URL.
 */
export async function planOpenFaas(
  name: string,
  command: InvokeTaskCommand,
  directory: FunctionDirectory,
  async = false,
): Promise<TaskPlan | TaskOutcome> {
  let record: FunctionRecord | undefined;
  try {
    record = await directory.lookupFunction(name);
  } catch (e) {
    return taskFailed(
      `Function registry lookup for ${name} failed: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  let url: URL;
  if (record) {
    const registered = parseHttpUrl(record.url);
    if (!registered)
      return taskFailed(`Function ${name} is registered with a URL that is not http(s): ${record.url}`);
    if (async && !registered.pathname.endsWith('/'))
      return taskFailed(
        `Function ${name} is registered with a full URL; an async call (${command.resource}) needs a gateway URL (ending with '/')`,
      );
    url = registered.pathname.endsWith('/') ? functionUrl(registered, name, async) : registered;
  } else if (directory.openfaasGateway) {
    const gateway = parseHttpUrl(directory.openfaasGateway);
    if (!gateway) return taskFailed(`OPENFAAS_GATEWAY is not an http(s) URL: ${directory.openfaasGateway}`);
    url = functionUrl(gateway, name, async);
  } else {
    return taskFailed(
      `Function ${name} is not registered and no OpenFaaS gateway is configured (register it, or set OPENFAAS_GATEWAY)`,
    );
  }
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  for (const [k, v] of Object.entries(record?.headers ?? {})) headers[k] = String(v);
  if (async) {
    // The gateway queues the call (202) and its queue worker POSTs the function's answer here.
    if (!command.taskToken || !directory.callbackBaseUrl)
      return taskFailed(`bug: async call ${command.resource} has no task token or callback URL`);
    headers['X-Callback-Url'] =
      `${directory.callbackBaseUrl}/api/callbacks/openfaas/${encodeURIComponent(command.taskToken)}`;
  }
  return {
    service: 'openfaas',
    url,
    method: 'POST',
    headers,
    body: JSON.stringify(command.input),
    ...(record ? { registered: true, timeoutSeconds: record.timeoutSeconds } : {}),
    interpret: (reply) => {
      if (reply.status >= 200 && reply.status < 300)
        return { ok: true, output: async ? null : bodyResult(reply) };
      const status = `${reply.status}${reply.statusText ? ` ${reply.statusText}` : ''}`;
      return taskFailed(
        `Function ${name} at ${describeTarget(url)} answered ${status}: ${excerpt(reply.body)}`,
      );
    },
  };
}

function functionUrl(gateway: URL, name: string, async: boolean): URL {
  return joinPath(gateway, `/${async ? 'async-function' : 'function'}/${encodeURIComponent(name)}`);
}

/**
 * The result an async OpenFaaS call delivers to its callback URL (the gateway's queue worker sends
 * the function's answer with `X-Function-Status`), mapped as a synchronous answer is.
 */
export function openFaasCallbackOutcome(
  status: number,
  contentType: string | undefined,
  body: string,
  functionName: string,
): TaskOutcome {
  const reply = {
    status,
    statusText: '',
    headers: contentType ? [['content-type', contentType] as [string, string]] : [],
    body,
    truncated: false,
  };
  if (status >= 200 && status < 300) return { ok: true, output: bodyResult(reply) };
  return taskFailed(`Function ${functionName} answered ${status} (async): ${excerpt(body)}`);
}
