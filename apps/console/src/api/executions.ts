import { awsCall, get, post, query } from './client';
import type { Execution, ExecutionStatus, ExecutionSummary, HistoryEvent, Page } from './types';

const path = (key: string) => `/api/executions/${encodeURIComponent(key)}`;

export const listExecutions = (f: {
  workflow?: string;
  status?: ExecutionStatus | '';
  limit?: number;
  cursor?: string;
}) => get<Page<ExecutionSummary>>(`/api/executions${query({ ...f, status: f.status || undefined })}`);
export const getExecution = (key: string) => get<Execution>(path(key));
export const stopExecution = (key: string, body: { error?: string; cause?: string } = {}) =>
  post<{ arn: string; stopDate: string }>(`${path(key)}/stop`, body);
export const redriveExecution = (key: string) =>
  post<{ arn: string; redriveDate: string }>(`${path(key)}/redrive`);

const HISTORY_PAGE = 1000;

/**
 * History events after `afterId` (all of them from 0), page after page. The REST cursor is the
 * position after an event id (`{"e": id, "r": 0}` as base64url JSON, see apps/api pagination), so
 * a live view asks only for what is new.
 */
export async function historyAfter(key: string, afterId = 0): Promise<HistoryEvent[]> {
  const out: HistoryEvent[] = [];
  let cursor = afterId > 0 ? cursorAfter(afterId) : undefined;
  for (;;) {
    const page = await get<Page<HistoryEvent>>(
      `${path(key)}/history${query({ limit: HISTORY_PAGE, cursor })}`,
    );
    out.push(...page.items);
    if (!page.nextCursor) return out;
    cursor = page.nextCursor;
  }
}

export function cursorAfter(eventId: number): string {
  return btoa(JSON.stringify({ e: eventId, r: 0 }))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The definition an execution runs (its revision, not the workflow's latest), as JSON text. */
export const definitionForExecution = (executionArn: string) =>
  awsCall<{ definition: string; name: string; revisionId?: string }>('DescribeStateMachineForExecution', {
    executionArn,
  });
