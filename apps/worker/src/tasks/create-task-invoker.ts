import type { TaskOutcome } from '@durastep/executor';
import { createAllowlist } from './allowlist.js';
import { planHttp } from './http-invoker.js';
import { sendHttp, type CancelSignal } from './http-request.js';
import { invocationHeaders } from './invocation-headers.js';
import { planLambda } from './lambda-invoker.js';
import { planOpenFaas, type FunctionRecord } from './openfaas-invoker.js';
import { isTaskPlan, taskFailed, type InvokeTaskCommand, type TaskPlan } from './task-plan.js';
import { classifyResource } from './task-resource.js';
import { transportOutcome } from './transport-outcome.js';

export type InvokerConfig = {
  /** LAMBDA_ENDPOINT, e.g. http://127.0.0.1:3901 */
  lambdaEndpoint?: string;
  /** OPENFAAS_GATEWAY, e.g. http://127.0.0.1:8080 */
  openfaasGateway?: string;
  /** This service's URL as functions reach it: async OpenFaaS results come back to it. */
  callbackBaseUrl?: string;
  /** Extra allowed outbound hosts (host or host:port); loopback and registered functions' hosts are always allowed. */
  allowedHosts: readonly string[];
  /** The function registry (table `functions`). */
  lookupFunction(name: string): Promise<FunctionRecord | undefined>;
  /** When the state sets no TimeoutSeconds and the function registry gives none (default 60). */
  defaultTimeoutSeconds?: number;
};

export type InvokeRequest = { command: InvokeTaskCommand; executionArn: string; signal?: CancelSignal };

export const DEFAULT_TIMEOUT_SECONDS = 60;

/**
 * Performs one task attempt. Never throws: every transport outcome becomes a TaskOutcome.
 * For `.waitForTaskToken` resources an `ok` outcome only means the function accepted the call;
 * the task completes when SendTaskSuccess/SendTaskFailure arrives with the token.
 */
export function createTaskInvoker(config: InvokerConfig): (req: InvokeRequest) => Promise<TaskOutcome> {
  const allowlist = createAllowlist([
    ...config.allowedHosts,
    ...(config.lambdaEndpoint ? [config.lambdaEndpoint] : []),
    ...(config.openfaasGateway ? [config.openfaasGateway] : []),
  ]);
  const send = async (plan: TaskPlan, req: InvokeRequest): Promise<TaskOutcome> => {
    if (!plan.registered && !allowlist.allows(plan.url))
      return taskFailed(`Outbound call to ${plan.url.host} is not allowed (add it to ALLOWED_HOSTS)`);
    const stateSeconds = positive(req.command.timeoutSeconds);
    const seconds =
      stateSeconds ??
      positive(plan.timeoutSeconds) ??
      positive(config.defaultTimeoutSeconds) ??
      DEFAULT_TIMEOUT_SECONDS;
    const result = await sendHttp({
      url: plan.url,
      method: plan.method,
      headers: { ...plan.headers, ...invocationHeaders(req.command, req.executionArn) },
      ...(plan.body === undefined ? {} : { body: plan.body }),
      timeoutMs: seconds * 1000,
      ...(req.signal ? { signal: req.signal } : {}),
    });
    if (result.kind === 'reply') return plan.interpret(result.reply);
    return transportOutcome(result, plan, { seconds, fromState: stateSeconds !== undefined });
  };
  const couldNotInvoke = (req: InvokeRequest, e: unknown) =>
    taskFailed(
      `Durastep could not invoke ${req.command.resource}: ${e instanceof Error ? e.message : String(e)}`,
    );
  // Synchronous up to the request when the plan needs no lookup: the worker sends a call before it
  // encodes and commits the step that started it.
  return (req) => {
    try {
      const plan = planTask(config, req.command);
      const outcome =
        plan instanceof Promise
          ? plan.then((p) => (isTaskPlan(p) ? send(p, req) : p))
          : isTaskPlan(plan)
            ? send(plan, req)
            : Promise.resolve(plan);
      return outcome.catch((e: unknown) => couldNotInvoke(req, e));
    } catch (e) {
      return Promise.resolve(couldNotInvoke(req, e));
    }
  };
}

function planTask(
  config: InvokerConfig,
  command: InvokeTaskCommand,
): TaskPlan | TaskOutcome | Promise<TaskPlan | TaskOutcome> {
  const resource = classifyResource(command.resource);
  switch (resource.kind) {
    case 'lambda':
      return planLambda(command, config.lambdaEndpoint);
    case 'http':
      return planHttp(command);
    case 'openfaas':
      return planOpenFaas(resource.name, command, config, resource.async);
    case 'unsupported':
      return taskFailed(resource.cause);
    default:
      return assertNever(resource);
  }
}

function assertNever(value: never): never {
  throw new Error(`bug: unexpected resource ${JSON.stringify(value)}`);
}

function positive(n: number | undefined): number | undefined {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}
