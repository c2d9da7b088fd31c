import type { ApiDeps } from '../../api-deps.js';
import { optionalEnum, optionalInteger, requireString, type Fields } from '../../http/fields.js';
import { diagnose } from '../../state-machines/check-definition.js';
import { MACHINE_TYPES } from '../../state-machines/state-machine-row.js';

const SEVERITIES = ['ERROR', 'WARNING'] as const;

/** OK unless an ERROR diagnostic; `severity: WARNING` also lists warnings. */
export async function validateStateMachineDefinitionAction(_deps: ApiDeps, req: Fields) {
  const definition = requireString(req, 'definition');
  const type = optionalEnum(req, 'type', MACHINE_TYPES) ?? 'STANDARD';
  const severity = optionalEnum(req, 'severity', SEVERITIES) ?? 'ERROR';
  const max = optionalInteger(req, 'maxResults', 0, 100) || 100;
  const all = diagnose(definition, type);
  const shown = severity === 'ERROR' ? all.filter((d) => d.severity === 'ERROR') : all;
  return {
    result: all.some((d) => d.severity === 'ERROR') ? 'FAIL' : 'OK',
    diagnostics: shown.slice(0, max).map((d) => ({
      severity: d.severity,
      code: d.code,
      message: d.message,
      location: d.location || '/',
    })),
    truncated: shown.length > max,
  };
}
