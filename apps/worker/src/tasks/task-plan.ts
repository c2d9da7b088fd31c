import type { Command, TaskOutcome } from '@durastep/executor';
import type { HttpReply } from './http-request.js';

export type InvokeTaskCommand = Extract<Command, { type: 'InvokeTask' }>;

/** Which kind of endpoint a Task calls; decides how transport failures are named. */
export type TaskService = 'lambda' | 'http' | 'openfaas';

/** The HTTP request that performs a task attempt, and how to read its answer. */
export type TaskPlan = {
  readonly service: TaskService;
  readonly url: URL;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** The target is a registered function: the registry vouches for it (no allowlist check). */
  readonly registered?: boolean;
  /** Applies when the state sets no TimeoutSeconds (a registered function's timeout). */
  readonly timeoutSeconds?: number;
  /** Maps an answer (any status) to the task's outcome. */
  interpret(reply: HttpReply): TaskOutcome;
};

export function isTaskPlan(value: TaskPlan | TaskOutcome): value is TaskPlan {
  return !('ok' in value);
}

export function taskFailed(cause: string): TaskOutcome {
  return { ok: false, error: 'States.TaskFailed', cause };
}

/** The first `max` characters of a text, marked when cut. */
export function excerpt(text: string, max = 1000): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}
