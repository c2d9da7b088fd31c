import { fieldsOf, optionalString } from '../http/fields.js';
import type { WorkflowExecutionRequest } from '../executions/start-workflow-execution.js';

/** `{ name?, input? }`: input is any JSON value (default `{}`). */
export function parseStartExecution(body: unknown): WorkflowExecutionRequest {
  const o = fieldsOf(body);
  return { name: optionalString(o, 'name'), input: 'input' in o ? o.input : {} };
}

export function parseStopExecution(body: unknown): { error?: string; cause?: string } {
  const o = fieldsOf(body);
  return { error: optionalString(o, 'error', 256), cause: optionalString(o, 'cause', 32768) };
}
