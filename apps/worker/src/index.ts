export { openDatabase, MIGRATIONS, type DatabaseOptions } from './db/open-database.js';
export { startEmbeddedPostgres, type EmbeddedPostgres } from './db/embedded-postgres.js';
export { EngineError, type EngineErrorCode } from './engine/engine-error.js';
export {
  checkName,
  executionArn,
  parseExecutionArn,
  parseStateMachineArn,
  stateMachineArn,
  type AwsScope,
} from './engine/names.js';
export {
  parseExecutionInput,
  redriveExecution,
  startExecution,
  stopExecution,
  waitUntilEnded,
  type StartExecutionRequest,
  type StartedExecution,
} from './engine/execution-commands.js';
export { WORK_CHANNEL, enqueue, notifyWork } from './engine/inbox.js';
export { sendTaskFailure, sendTaskHeartbeat, sendTaskSuccess } from './engine/task-callbacks.js';
export { readConfig, type ServiceConfig } from './config.js';
export { createInvokerFor } from './worker/invoker-for-config.js';
export {
  handoffTo,
  startWorkerPool,
  type StartHandoff,
  type WorkerPool,
  type WorkerPoolOptions,
} from './worker/worker-pool.js';
export type { TaskInvoker, InvokeTaskCommand } from './worker/task-invoker.js';
export { sqlOf, type Sql } from './db/sql.js';
export { decodeStepBody, type StepBody, type StoredEvent } from './worker/step-body.js';
export { openFaasCallbackOutcome } from './tasks/openfaas-invoker.js';
