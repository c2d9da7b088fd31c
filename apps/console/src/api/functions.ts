import { del, get, post, put } from './client';
import type { FunctionRecord } from './types';

export type FunctionSpec = {
  name: string;
  url: string;
  timeoutSeconds?: number;
  headers?: Record<string, string>;
};

const path = (name: string) => `/api/functions/${encodeURIComponent(name)}`;

export const listFunctions = () => get<{ items: FunctionRecord[] }>('/api/functions');
export const createFunction = (f: FunctionSpec) => post<FunctionRecord>('/api/functions', f);
export const updateFunction = ({ name, ...rest }: FunctionSpec) => put<FunctionRecord>(path(name), rest);
export const deleteFunction = (name: string) => del(path(name));
