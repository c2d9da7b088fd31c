/** One problem found in a definition, located by a JSON pointer into it. */
export type Diagnostic = {
  /** AWS's diagnostic code, e.g. SCHEMA_VALIDATION_FAILED, MISSING_TRANSITION_TARGET. */
  readonly code: string;
  /** JSON pointer to the offending node, e.g. /States/First/Next. */
  readonly location: string;
  readonly message: string;
  /** ERROR rejects the definition; WARNING (e.g. an unreachable state) does not. */
  readonly severity: 'ERROR' | 'WARNING';
};

export function toPointer(path: readonly (string | number)[]): string {
  return path.length === 0
    ? ''
    : '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}
