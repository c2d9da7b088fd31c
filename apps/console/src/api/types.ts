import type { HistoryEvent } from '../history/types';

export type ExecutionStatus =
  'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED' | 'PENDING_REDRIVE';
export const EXECUTION_STATUSES: ExecutionStatus[] = [
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
  'TIMED_OUT',
  'ABORTED',
  'PENDING_REDRIVE',
];

export type Workflow = {
  name: string;
  arn: string;
  type: 'STANDARD' | 'EXPRESS';
  status: string;
  definition: unknown;
  roleArn: string;
  revisionId: string;
  description?: string;
  createdAt: string;
  updatedAt: string;
};

export type ExecutionSummary = {
  id: string;
  arn: string;
  name: string;
  workflow: string;
  stateMachineArn: string;
  status: ExecutionStatus;
  startDate: string;
  stopDate: string | null;
  error: string | null;
  cause: string | null;
  redriveCount: number;
  redriveDate: string | null;
};

export type Execution = ExecutionSummary & { input: unknown; output: unknown };

export type FunctionRecord = {
  name: string;
  url: string;
  timeoutSeconds: number;
  headers: Record<string, string>;
  createdAt: string;
  updatedAt: string;
};

export type Page<T> = { items: T[]; nextCursor?: string };

export type Diagnostic = { severity: 'ERROR' | 'WARNING'; code: string; message: string; location: string };
export type Validation = { result: 'OK' | 'FAIL'; diagnostics: Diagnostic[]; truncated: boolean };

export type { HistoryEvent };
