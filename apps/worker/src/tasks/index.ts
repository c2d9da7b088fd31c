export {
  createTaskInvoker,
  DEFAULT_TIMEOUT_SECONDS,
  type InvokeRequest,
  type InvokerConfig,
} from './create-task-invoker.js';
export type { FunctionRecord } from './openfaas-invoker.js';
export type { InvokeTaskCommand } from './task-plan.js';
export type { TaskOutcome } from '@durastep/executor';
export { createAllowlist, isLoopbackHost, type Allowlist } from './allowlist.js';
export { classifyResource, type TaskResource } from './task-resource.js';
export { MAX_RESPONSE_BYTES } from './http-request.js';
