import type { Diagnostic } from '../errors/diagnostics.js';
import { isJsonObject, type JsonObject } from '../json.js';
import { validateDefinition } from '../validation/index.js';
import { compileDefinition } from './compile.js';
import type { Definition } from './types.js';

export type ParseResult =
  | { readonly ok: true; readonly definition: Definition; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export type ParseOptions = { readonly type?: 'STANDARD' | 'EXPRESS' };

/** Validates a definition (JSON text or value) and, when it has no errors, compiles it. Never throws. */
export function parseDefinition(definition: string | unknown, options: ParseOptions = {}): ParseResult {
  const diagnostics = validateDefinition(definition, { type: options.type });
  if (diagnostics.some((d) => d.severity === 'ERROR')) return { ok: false, diagnostics };
  let source: unknown = definition;
  if (typeof definition === 'string') source = JSON.parse(definition);
  if (!isJsonObject(source)) {
    return {
      ok: false,
      diagnostics: [
        {
          code: 'SCHEMA_VALIDATION_FAILED',
          location: '',
          message: 'The definition must be a JSON object',
          severity: 'ERROR',
        },
      ],
    };
  }
  return { ok: true, definition: compileDefinition(source as JsonObject), warnings: diagnostics };
}
