import { nestsDeeperThan, type Json, type JsonObject } from '@durastep/state-language';
import type { HttpReply } from './http-request.js';

/** The first value of a header, by case-insensitive name. */
export function headerValue(reply: HttpReply, name: string): string | undefined {
  const lower = name.toLowerCase();
  return reply.headers.find(([k]) => k.toLowerCase() === lower)?.[1];
}

/** Headers as `{ "content-type": ["application/json"] }`: lower-case names, every value kept. */
export function headerLists(reply: HttpReply): JsonObject {
  const out: Record<string, string[]> = {};
  for (const [k, v] of reply.headers) (out[k.toLowerCase()] ??= []).push(v);
  return out;
}

/** `application/json`, `application/problem+json`, … */
export function isJsonMediaType(contentType: string | undefined): boolean {
  const media = contentType?.split(';')[0].trim().toLowerCase() ?? '';
  return media === 'application/json' || media.endsWith('+json');
}

/** The body as JSON; undefined when it is not JSON (or nests deeper than Durastep accepts). */
export function parseJson(text: string): Json | undefined {
  if (text.trim() === '' || nestsDeeperThan(text)) return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

/**
 * The body as a task result: parsed JSON when the answer says it is JSON (or says nothing and
 * parses), else the text. A body cut at the read cap is always text (it exceeds the payload limit).
 */
export function bodyResult(reply: HttpReply): Json {
  if (reply.truncated) return reply.body;
  const type = headerValue(reply, 'content-type');
  if (type === undefined || isJsonMediaType(type)) return parseJson(reply.body) ?? reply.body;
  return reply.body;
}
