import { EngineError, executionArn, startExecution, stateMachineArn } from '@durastep/worker';
import type { ApiDeps } from '../api-deps.js';
import type { ExecutionRow } from './execution-row.js';
import { findExecution } from './find-execution.js';

export type WorkflowExecutionRequest = { name?: string; input: unknown };
export type WorkflowExecution = { execution: ExecutionRow; existing: boolean };

/**
 * REST start: like StartExecution, and starting again with the same name and input returns that
 * execution even after it finished (a safe retry); another input under that name is ExecutionAlreadyExists.
 */
export async function startWorkflowExecution(
  deps: ApiDeps,
  workflow: string,
  req: WorkflowExecutionRequest,
): Promise<WorkflowExecution> {
  const input = JSON.stringify(req.input);
  try {
    const started = await startExecution(
      deps.db,
      deps.scope,
      {
        stateMachineArn: stateMachineArn(deps.scope, workflow),
        name: req.name,
        input,
      },
      deps.handoff,
    );
    return { execution: await findExecution(deps, started.executionArn), existing: started.existing };
  } catch (e) {
    if (!(e instanceof EngineError && e.code === 'ExecutionAlreadyExists' && req.name !== undefined)) throw e;
    const existing = await findExecution(deps, executionArn(deps.scope, workflow, req.name));
    if (existing.input !== input) throw e;
    return { execution: existing, existing: true };
  }
}
