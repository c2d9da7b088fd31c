import type { Json } from '../json.js';
import type { Segment } from './path-ast.js';

/**
 * The text Jayway JsonPath (the library behind AWS's JSONPath) prints for a path, as it appears
 * in AWS's causes: `$['a']['b'][0]`.
 */
export function renderSegments(segments: readonly Segment[]): string {
  return '$' + segments.map(renderSegment).join('');
}

export function renderSegment(segment: Segment): string {
  switch (segment.kind) {
    case 'property':
      return `[${segment.names.map((n) => `'${n}'`).join(',')}]`;
    case 'index':
      return `[${segment.indexes.join(',')}]`;
    case 'wildcard':
      return '[*]';
    case 'slice':
      return `[${segment.start ?? ''}:${segment.end ?? ''}]`;
    case 'filter':
      return '[?]';
    case 'scan':
      return '..';
  }
}

/** The JSON provider AWS's Jayway is assumed to run with (named in some of its messages). */
export const JSON_PROVIDER_CLASS = 'com.jayway.jsonpath.spi.json.JacksonJsonProvider';

/** The Java class Jackson maps a JSON value to, as Jayway names it in messages. */
export function javaClassName(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'java.util.ArrayList';
  switch (typeof value) {
    case 'string':
      return 'java.lang.String';
    case 'boolean':
      return 'java.lang.Boolean';
    case 'number':
      if (!Number.isInteger(value)) return 'java.lang.Double';
      return Math.abs(value) <= 2147483647 ? 'java.lang.Integer' : 'java.lang.Long';
    default:
      return 'java.util.LinkedHashMap';
  }
}

/** Java's `toString()` of the value Jackson builds: `{a=1, b=[x, y]}`. */
export function javaToString(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(javaToString).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}=${javaToString(v)}`)
      .join(', ')}}`;
  }
  return String(value);
}
