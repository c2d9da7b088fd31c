import type { Diagnostic } from '../errors/diagnostics.js';
import { schemaError, type Path } from './report.js';

export type NumberRule = {
  readonly integer: boolean;
  readonly min?: number;
  readonly max?: number;
  /** Printed bound style: AWS says "Minimum value is 0.0" for decimal fields. */
  readonly decimal?: boolean;
};

/** Checks a numeric field against its type and bounds; the field name is the last path segment. */
export function checkNumber(value: unknown, path: Path, rule: NumberRule): Diagnostic[] {
  const field = String(path[path.length - 1]);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return [
      schemaError(
        path,
        `The value for the field '${field}' must be ${rule.integer ? 'an integer' : 'a number'}`,
      ),
    ];
  }
  if (rule.integer && !Number.isInteger(value)) {
    return [schemaError(path, `The value for the field '${field}' must be an integer`)];
  }
  const show = (n: number) => (rule.decimal && Number.isInteger(n) ? n.toFixed(1) : String(n));
  if (rule.min !== undefined && value < rule.min)
    return [schemaError(path, `Minimum value is ${show(rule.min)}`)];
  if (rule.max !== undefined && value > rule.max)
    return [schemaError(path, `Maximum value is ${show(rule.max)}`)];
  return [];
}

/** AWS's ceiling for most second counts and attempt counts. */
export const MAX_SECONDS = 99_999_999;
