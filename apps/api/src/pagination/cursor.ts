import { ApiError } from '../api-error.js';

/** Default and largest page sizes, as AWS's list actions (a page size of 0 means the default). */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

export function pageSize(requested: number | undefined): number {
  return requested === undefined || requested === 0 ? DEFAULT_PAGE_SIZE : requested;
}

/** An opaque page token: the position after the last item returned, as base64url JSON. */
export function encodeCursor(position: Readonly<Record<string, string | number>>): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** Reads a page token written by encodeCursor; anything else is InvalidToken. */
export function decodeCursor<T>(
  token: string | undefined,
  isPosition: (v: unknown) => v is T,
): T | undefined {
  if (token === undefined || token === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!isPosition(value)) throw new ApiError('InvalidToken', `Invalid Token: '${token.slice(0, 100)}'`);
  return value;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One page of a list and the token of the next one (absent on the last page). */
export type Page<T> = { items: T[]; nextToken?: string };
