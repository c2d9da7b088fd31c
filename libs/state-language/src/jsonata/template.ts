/**
 * A JSONata template is a string that starts with `{%` and ends with `%}`. AWS does not trim the
 * string first: `" {% 1 %}"` is a literal, not an expression.
 */
export function isJsonataTemplate(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 4 && value.startsWith('{%') && value.endsWith('%}');
}

/** The expression inside the delimiters, trimmed, as AWS quotes it in error messages. */
export function jsonataExpressionOf(template: string): string {
  return template.slice(2, -2).trim();
}
