import { compileJsonata } from './compile.js';
import { findRootContextReference } from './context-reference.js';
import { isJsonataTemplate, jsonataExpressionOf } from './template.js';

/**
 * Validation of one `{% … %}` string: null when it compiles, else a message (`code: message` for a
 * JSONata syntax error). Also rejects `$` / `$$` at the top level, which Step Functions disallows.
 */
export function checkJsonataSyntax(template: string): string | null {
  if (!isJsonataTemplate(template)) return 'A JSONata expression must start with {% and end with %}';
  const compiled = compileJsonata(jsonataExpressionOf(template));
  if (!compiled.ok) return compiled.error;
  const reference = findRootContextReference(compiled.expression.ast());
  if (reference !== null) {
    return `'${reference}' cannot be used at the top level of a JSONata expression; use $states.input instead`;
  }
  return null;
}
