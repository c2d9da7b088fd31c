import type { InvokeTaskCommand } from './task-plan.js';

/**
 * Headers every task request carries: `Idempotency-Key: <executionArn>/<stateName>/<attempt>` (a
 * retry after a crash repeats the key, so the function can de-duplicate) and, for
 * `.waitForTaskToken` resources, `X-Durastep-Task-Token`.
 */
export function invocationHeaders(command: InvokeTaskCommand, executionArn: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Idempotency-Key': headerSafe(`${executionArn}/${command.stateName}/${command.attempt}`),
  };
  if (command.taskToken !== undefined) headers['X-Durastep-Task-Token'] = headerSafe(command.taskToken);
  return headers;
}

/**
 * Printable ASCII stays as it is; `%` and anything else (non-ASCII state names, control characters)
 * become UTF-8 percent escapes, so every name gives a valid, distinct header value.
 */
export function headerSafe(value: string): string {
  return value.replace(/[^\x20-\x24\x26-\x7e]/gu, (c) =>
    [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}
