import { awsCall, del, get, post, put, query } from './client';
import type { Execution, Page, Validation, Workflow } from './types';

const path = (name: string) => `/api/workflows/${encodeURIComponent(name)}`;

export const listWorkflows = (cursor?: string) =>
  get<Page<Workflow>>(`/api/workflows${query({ limit: 1000, cursor })}`);
export const getWorkflow = (name: string) => get<Workflow>(path(name));
export const createWorkflow = (w: {
  name: string;
  definition: unknown;
  type?: string;
  description?: string;
}) => post<Workflow>('/api/workflows', w);
export const updateWorkflow = (name: string, changes: { definition?: unknown; description?: string }) =>
  put<Workflow>(path(name), changes);
export const deleteWorkflow = (name: string) => del(path(name));
export const startExecution = (workflow: string, body: { name?: string; input?: unknown }) =>
  post<Execution>(`${path(workflow)}/executions`, body);

/** Every workflow, page after page. */
export async function listAllWorkflows(): Promise<Workflow[]> {
  const out: Workflow[] = [];
  let cursor: string | undefined;
  do {
    const page = await listWorkflows(cursor);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/** ValidateStateMachineDefinition: diagnostics with JSON-pointer locations, warnings included. */
export const validateDefinition = (definition: string, type: string = 'STANDARD') =>
  awsCall<Validation>('ValidateStateMachineDefinition', { definition, type, severity: 'WARNING' });
