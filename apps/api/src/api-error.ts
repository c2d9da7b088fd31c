import { EngineError, type EngineErrorCode } from '@durastep/worker';

/** Every error the API answers with: the engine's AWS codes plus the protocol-level ones. */
export type ApiErrorCode =
  | EngineErrorCode
  | 'MissingRequiredParameter'
  | 'UnknownOperationException'
  | 'SerializationException'
  | 'PayloadTooLarge'
  | 'TooManyTags'
  | 'StateMachineTypeNotSupported'
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

/**
 * PostgreSQL's answer to text it cannot store (U+0000 in a text parameter: a role ARN, a description,
 * a URL path…): bad input, not a failure of the service. 22021 character_not_in_repertoire, 22P05
 * untranslatable_character.
 */
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);

function isUnstorableText(e: unknown): boolean {
  const err = e as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = err?.driverError?.code ?? err?.code;
  return typeof code === 'string' && UNSTORABLE_TEXT.has(code);
}

/** The failure an exception stands for, or undefined when it is a bug (an unexpected exception). */
export function failureOf(e: unknown): ApiFailure | undefined {
  if (e instanceof ApiError || e instanceof EngineError) return { code: e.code, message: e.message };
  if (isUnstorableText(e))
    return {
      code: 'ValidationException',
      message: '1 validation error detected: a value contains a character that cannot be stored (U+0000)',
    };
  return undefined;
}

export function assertNever(x: never): never {
  throw new Error(`unexpected value ${String(x)}`);
}
