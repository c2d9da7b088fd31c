export { advance, type Step } from './advance.js';
export type { Command } from './model/command.js';
export type { ExecutionEvent, ExecutionIdentity } from './model/execution-event.js';
export type { ExecutionState, ExecutionStatus } from './model/execution-state.js';
export type { HistoryEvent } from './model/history-event.js';
export { canTransition } from './runtime/execution-lifecycle.js';
export { describeResource, type ResourceInfo } from './tasks/resource.js';
export {
  isLambdaResource,
  lambdaOutcome,
  lambdaRequest,
  type LambdaRequest,
  type LambdaResponse,
} from './tasks/lambda-invoke.js';
export {
  runInMemory,
  type InMemoryOptions,
  type InMemoryResult,
  type TaskHandler,
  type TaskRequest,
  type TaskOutcome,
} from './in-memory/run-in-memory.js';
export { virtualClock, type Clock } from './in-memory/clock.js';
