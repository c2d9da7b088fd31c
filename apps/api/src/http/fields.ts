import { ApiError } from '../api-error.js';

/**
 * Readers for request fields: each returns the typed value or throws a ValidationException worded as
 * AWS's request validation words it ("1 validation error detected: Value … at 'name' failed to …").
 */
export type Fields = Readonly<Record<string, unknown>>;

export function invalid(value: unknown, key: string, constraint: string): ApiError {
  const shown = value === undefined || value === null ? 'null' : `'${String(value).slice(0, 100)}'`;
  return new ApiError(
    'ValidationException',
    `1 validation error detected: Value ${shown} at '${key}' failed to satisfy constraint: ${constraint}`,
  );
}

/** The request body as an object of fields; a missing body is `{}`. */
export function fieldsOf(body: unknown): Fields {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body))
    throw new ApiError('SerializationException', 'The request body must be a JSON object');
  return body as Fields;
}

export function optionalString(o: Fields, key: string, maxLength?: number): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw invalid(v, key, 'Member must be a string');
  if (maxLength !== undefined && v.length > maxLength)
    throw invalid(v, key, `Member must have length less than or equal to ${maxLength}`);
  return v;
}

export function requireString(o: Fields, key: string, maxLength?: number): string {
  const v = optionalString(o, key, maxLength);
  if (v === undefined) throw invalid(v, key, 'Member must not be null');
  if (v.length === 0) throw invalid(v, key, 'Member must have length greater than or equal to 1');
  return v;
}

export function optionalInteger(o: Fields, key: string, min: number, max: number): number | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw invalid(v, key, 'Member must be an integer');
  if (v < min) throw invalid(v, key, `Member must have value greater than or equal to ${min}`);
  if (v > max) throw invalid(v, key, `Member must have value less than or equal to ${max}`);
  return v;
}

export function optionalBoolean(o: Fields, key: string): boolean | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw invalid(v, key, 'Member must be a boolean');
  return v;
}

/** A structure (JSON object) the service accepts without using it (loggingConfiguration, …). */
export function optionalStructure(o: Fields, key: string): Fields | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) throw invalid(v, key, 'Member must be a structure');
  return v as Fields;
}

/** A list of structures (tags: `[{ key, value }]`), each string member checked. */
export function optionalStructureList(
  o: Fields,
  key: string,
  members: readonly string[],
): Fields[] | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw invalid(v, key, 'Member must be a list');
  return v.map((item, i) => {
    const at = `${key}.${i + 1}`;
    const entry = optionalStructure({ [at]: item }, at);
    if (entry === undefined) throw invalid(item, at, 'Member must not be null');
    for (const m of members) optionalString(entry, m);
    return entry;
  });
}

export function optionalEnum<T extends string>(o: Fields, key: string, values: readonly T[]): T | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v))
    throw invalid(v, key, `Member must satisfy enum value set: [${values.join(', ')}]`);
  return v as T;
}

/** A query-string value (REST): absent or empty → undefined; repeated → ValidationException. */
export function queryString(value: unknown, key: string, maxLength?: number): string | undefined {
  if (value === undefined || value === '') return undefined;
  return optionalString({ [key]: value }, key, maxLength);
}

/** A query-string integer (REST `limit`): absent → undefined, else within [min, max]. */
export function queryInteger(value: unknown, key: string, min: number, max: number): number | undefined {
  const text = queryString(value, key);
  if (text === undefined) return undefined;
  if (!/^-?\d{1,15}$/.test(text)) throw invalid(text, key, 'Member must be an integer');
  return optionalInteger({ [key]: Number(text) }, key, min, max);
}

/** A query-string boolean (REST `reverse`): true/false/1/0. */
export function queryBoolean(value: unknown, key: string): boolean | undefined {
  const text = queryString(value, key);
  if (text === undefined) return undefined;
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  throw invalid(text, key, 'Member must be a boolean');
}
