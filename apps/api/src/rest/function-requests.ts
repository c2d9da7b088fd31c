import { ApiError } from '../api-error.js';
import { fieldsOf, optionalInteger, requireString, type Fields } from '../http/fields.js';
import type { FunctionSpec } from '../functions/function-registry.js';

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;
const DEFAULT_TIMEOUT_SECONDS = 30;

function checkFunctionName(name: string): string {
  if (!NAME.test(name))
    throw new ApiError(
      'InvalidName',
      `Invalid Name: '${name}' (1 to 80 letters, digits, '-', '_' or '.', starting with a letter or digit)`,
    );
  return name;
}

function checkUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ApiError('ValidationException', `'url' is not a URL: '${url}'`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new ApiError('ValidationException', `'url' must be http or https: '${url}'`);
  return url;
}

/** RFC 9110: a header name is a token; a value has no line break (nor NUL). */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const HEADER_VALUE = /^[^\r\n\0]*$/;

function headersOf(o: Fields): Record<string, string> {
  const v = o.headers;
  if (v === undefined || v === null) return {};
  const ok =
    typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((h) => typeof h === 'string');
  if (!ok) throw new ApiError('ValidationException', "'headers' must be an object of string values");
  for (const [name, value] of Object.entries(v as Record<string, string>)) {
    if (!HEADER_NAME.test(name))
      throw new ApiError('ValidationException', `'headers' has an invalid header name: '${name}'`);
    if (!HEADER_VALUE.test(value))
      throw new ApiError('ValidationException', `'headers' has a line break in the value of '${name}'`);
  }
  return v as Record<string, string>;
}

/** `{ name, url, timeoutSeconds?, headers? }`; on update the name comes from the path. */
export function parseFunctionSpec(body: unknown, pathName?: string): FunctionSpec {
  const o = fieldsOf(body);
  const name = pathName ?? requireString(o, 'name');
  if (pathName !== undefined && o.name !== undefined && o.name !== pathName)
    throw new ApiError(
      'ValidationException',
      `'name' in the body differs from the path: '${String(o.name)}'`,
    );
  return {
    name: checkFunctionName(name),
    url: checkUrl(requireString(o, 'url', 2048)),
    timeoutSeconds: optionalInteger(o, 'timeoutSeconds', 1, 86_400) ?? DEFAULT_TIMEOUT_SECONDS,
    headers: headersOf(o),
  };
}
