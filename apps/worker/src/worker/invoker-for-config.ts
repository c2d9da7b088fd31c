import type { DataSource } from 'typeorm';
import type { ServiceConfig } from '../config.js';
import { createTaskInvoker, type FunctionRecord } from '../tasks/index.js';
import type { TaskInvoker } from './task-invoker.js';

/** The task invoker for this configuration, with the function registry read from the database. */
export function createInvokerFor(db: DataSource, config: ServiceConfig): TaskInvoker {
  const invoke = createTaskInvoker({
    lambdaEndpoint: config.lambdaEndpoint,
    openfaasGateway: config.openfaasGateway,
    callbackBaseUrl: config.publicUrl,
    allowedHosts: config.allowedHosts,
    lookupFunction: async (name: string): Promise<FunctionRecord | undefined> => {
      const rows = await db.query(
        `SELECT name, url, timeout_seconds, headers FROM functions WHERE name = $1`,
        [name],
      );
      const r = rows[0];
      return r
        ? { name: r.name, url: r.url, timeoutSeconds: r.timeout_seconds, headers: r.headers }
        : undefined;
    },
  });
  // Callback (.waitForTaskToken) tasks are answered later through SendTaskSuccess/Failure.
  return async (req) => {
    const outcome = await invoke(req);
    if (outcome.ok && req.command.taskToken) return 'waiting';
    return outcome;
  };
}
