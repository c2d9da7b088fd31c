import type { DefinitionCheck } from '../../hooks/useDefinitionCheck';

/** Valid, invalid (how many problems), or being checked. */
export function ValidityNote({ check }: { check: DefinitionCheck }) {
  const errors = check.diagnostics.filter((d) => d.severity === 'ERROR').length;
  const warnings = check.diagnostics.length - errors;
  let text: string;
  let cls: string;
  if (errors > 0) {
    text = `${errors} ${errors === 1 ? 'error' : 'errors'}`;
    cls = 'bad';
  } else if (check.pending) {
    text = 'Checking…';
    cls = '';
  } else if (check.serviceError) {
    text = 'Not checked';
    cls = 'bad';
  } else {
    text = warnings ? `Valid, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : 'Valid';
    cls = 'ok';
  }
  return (
    <span className={`validity ${cls}`} role="status" aria-live="polite" data-testid="validity">
      {text}
    </span>
  );
}
