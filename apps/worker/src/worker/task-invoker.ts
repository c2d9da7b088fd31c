import type { Command, TaskOutcome } from '@durastep/executor';
import type { CancelSignal } from '../tasks/http-request.js';

export type InvokeTaskCommand = Extract<Command, { type: 'InvokeTask' }>;
/** Performs one task attempt; 'waiting' when a callback (task token) will deliver the result later. */
export type TaskInvoker = (req: {
  command: InvokeTaskCommand;
  executionArn: string;
  signal?: CancelSignal;
}) => Promise<TaskOutcome | 'waiting'>;
