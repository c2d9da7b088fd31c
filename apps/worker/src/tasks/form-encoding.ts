import type { Json } from '@durastep/state-language';

/** `Transform.RequestEncodingOptions.ArrayFormat` of an HTTP Task (default INDICES). */
export type ArrayFormat = 'INDICES' | 'BRACKETS' | 'REPEAT' | 'COMMAS';
export const ARRAY_FORMATS: readonly ArrayFormat[] = ['INDICES', 'BRACKETS', 'REPEAT', 'COMMAS'];

/**
 * `application/x-www-form-urlencoded` for a JSON object, as an HTTP Task with
 * `RequestBodyEncoding: URL_ENCODED` sends it: nested objects as `a[b]=…`, arrays per `format`
 * (`{"a":["x","y"]}` → INDICES `a[0]=x&a[1]=y`, BRACKETS `a[]=x&a[]=y`, REPEAT `a=x&a=y`, COMMAS `a=x,y`).
 */
export function formEncode(value: { [key: string]: Json }, format: ArrayFormat = 'INDICES'): string {
  const pairs: string[] = [];
  const add = (key: string, v: Json): void => {
    if (Array.isArray(v)) {
      if (format === 'COMMAS') return void pairs.push(pair(key, v.map(scalar).join(',')));
      v.forEach((item, i) =>
        add(format === 'INDICES' ? `${key}[${i}]` : format === 'BRACKETS' ? `${key}[]` : key, item),
      );
    } else if (v !== null && typeof v === 'object') {
      for (const [k, inner] of Object.entries(v)) add(`${key}[${k}]`, inner);
    } else {
      pairs.push(pair(key, scalar(v)));
    }
  };
  for (const [k, v] of Object.entries(value)) add(k, v);
  return pairs.join('&');
}

/** A query-string or header value: strings as they are, null as empty, anything else as JSON. */
export function scalar(v: Json): string {
  if (v === null) return '';
  return typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function pair(key: string, value: string): string {
  return `${encodeURIComponent(key)}=${encodeURIComponent(value)}`;
}
