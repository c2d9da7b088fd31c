import { parseStateMachineArn } from '@durastep/worker';
import type { ApiDeps } from '../api-deps.js';
import { ApiError } from '../api-error.js';
import {
  invalid,
  optionalString,
  optionalStructureList,
  requireString,
  type Fields,
} from '../http/fields.js';

/** Tags as stored: `{ key: value }`. */
export type Tags = Record<string, string>;

/** AWS's limit of tags per resource. */
export const MAX_TAGS = 50;

/** The `tags` member (`[{ key, value }]`) as a map; AWS's lengths: key 1–128, value 0–256. */
export function readTags(req: Fields, member = 'tags'): Tags {
  const tags: Tags = Object.create(null); // a key may be "__proto__"
  for (const item of optionalStructureList(req, member, ['key', 'value']) ?? [])
    tags[requireString(item, 'key', 128)] = optionalString(item, 'value', 256) ?? '';
  if (Object.keys(tags).length > MAX_TAGS) throw tooMany(member);
  return tags;
}

function tooMany(resource: string): ApiError {
  return new ApiError('TooManyTags', `Too many tags: a resource has at most ${MAX_TAGS} (${resource})`);
}

/** A tagged resource: only state machines here (Durastep has no activities). */
function resourceArnOf(req: Fields): string {
  const arn = requireString(req, 'resourceArn', 256);
  parseStateMachineArn(arn);
  return arn;
}

function notFound(arn: string): ApiError {
  return new ApiError('ResourceNotFound', `Resource not found: '${arn}'`);
}

export async function listTagsForResource(deps: ApiDeps, req: Fields) {
  const arn = resourceArnOf(req);
  const [row] = await deps.sql.query<{ tags: Tags }>(
    `SELECT tags FROM state_machines WHERE arn = $1 AND status = 'ACTIVE'`,
    [arn],
  );
  if (!row) throw notFound(arn);
  return { tags: Object.entries(row.tags).map(([key, value]) => ({ key, value })) };
}

/** Adds tags, replacing the value of a key it already has; at most MAX_TAGS in all. */
export async function tagResource(deps: ApiDeps, req: Fields) {
  const arn = resourceArnOf(req);
  const tags = readTags(req);
  if (req.tags === undefined || req.tags === null) throw invalid(req.tags, 'tags', 'Member must not be null');
  await deps.sql.transaction(async (tx) => {
    const [row] = await tx.query<{ tags: Tags }>(
      `SELECT tags FROM state_machines WHERE arn = $1 AND status = 'ACTIVE' FOR UPDATE`,
      [arn],
    );
    if (!row) throw notFound(arn);
    const merged = { ...row.tags, ...tags };
    if (Object.keys(merged).length > MAX_TAGS) throw tooMany(arn);
    await tx.query(`UPDATE state_machines SET tags = $2::jsonb WHERE arn = $1`, [
      arn,
      JSON.stringify(merged),
    ]);
  });
  return {};
}

export async function untagResource(deps: ApiDeps, req: Fields) {
  const arn = resourceArnOf(req);
  const keys = req.tagKeys;
  if (!Array.isArray(keys) || keys.some((k) => typeof k !== 'string'))
    throw invalid(keys, 'tagKeys', 'Member must be a list of strings');
  const rows = await deps.sql.query(
    `UPDATE state_machines SET tags = tags - $2::text[] WHERE arn = $1 AND status = 'ACTIVE' RETURNING arn`,
    [arn, keys],
  );
  if (rows.length === 0) throw notFound(arn);
  return {};
}
