/** An error answer of the service: `{ error, message }` (REST) or `{ __type, message }` (AWS protocol). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(
      0,
      'NetworkError',
      `The service did not answer (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!res.ok) {
    const o = (data ?? {}) as Record<string, unknown>;
    const code = String(o.error ?? o.__type ?? res.statusText ?? 'Error');
    throw new ApiError(
      res.status,
      code.split('#').pop()!,
      String(o.message ?? o.Message ?? (text || res.statusText)),
    );
  }
  return data as T;
}

export const get = <T>(path: string) => request<T>('GET', path);
export const post = <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {});
export const put = <T>(path: string, body: unknown) => request<T>('PUT', path, body);
export const del = (path: string) => request<void>('DELETE', path);

/** A query string from the defined values. */
export function query(params: Record<string, string | number | boolean | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** An AWS Step Functions JSON-protocol call (POST / with X-Amz-Target). */
export function awsCall<T>(action: string, body: unknown): Promise<T> {
  return request<T>('POST', '/', body, {
    'Content-Type': 'application/x-amz-json-1.0',
    'X-Amz-Target': `AWSStepFunctions.${action}`,
  });
}
