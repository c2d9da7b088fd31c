/**
 * Raised by the functions Step Functions adds to JSONata ($partition, $range, …) for bad arguments.
 * JSONata lets it through (adding `position`/`token`). AWS's own texts for these failures are not
 * pinned by any recorded case, so the message names the function and the rule that was broken.
 */
export class JsonataFunctionError extends Error {
  /** A JSONata-style code when the failure mirrors one of jsonata's own (D1001, U1001). */
  readonly code?: string;
  constructor(message: string, code?: string) {
    super(message);
    this.name = 'JsonataFunctionError';
    if (code !== undefined) this.code = code;
  }
}

/** `code: message` for a JSONata error object (as AWS prints them), the message for anything else. */
export function describeJsonataError(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : '';
    if (typeof code === 'string' && code !== '') return text ? `${code}: ${text}` : code;
    if (text) return text;
  }
  return String(error);
}
