import { EngineError, type EngineErrorCode } from '@durastep/worker';

/** Every error the API answers with: the engine's AWS codes plus the protocol-level ones. */
export type ApiErrorCode =
  | EngineErrorCode
  | 'MissingRequiredParameter'
  | 'UnknownOperationException'
  | 'SerializationException'
  | 'PayloadTooLarge'
  | 'NotFound'
  | 'InternalFailure';

export type ApiFailure = { readonly code: ApiErrorCode; readonly message: string };

/** An API error raised by this app (the engine raises EngineError); both carry an ApiErrorCode. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The failure an exception stands for, or undefined when it is a bug (an unexpected exception). */
export function failureOf(e: unknown): ApiFailure | undefined {
  if (e instanceof ApiError || e instanceof EngineError) return { code: e.code, message: e.message };
  return undefined;
}

export function assertNever(x: never): never {
  throw new Error(`unexpected value ${String(x)}`);
}
