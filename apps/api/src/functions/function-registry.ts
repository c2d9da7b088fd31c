import { EngineError } from '@durastep/worker';
import type { ApiDeps } from '../api-deps.js';

/** A registered function: `Resource: "function:NAME"` calls `POST url` with the state's input. */
export type FunctionRecord = {
  name: string;
  url: string;
  timeoutSeconds: number;
  headers: Record<string, string>;
  createdAt: Date;
  updatedAt: Date;
};
export type FunctionSpec = Pick<FunctionRecord, 'name' | 'url' | 'timeoutSeconds' | 'headers'>;

type Row = {
  name: string;
  url: string;
  timeout_seconds: number;
  headers: Record<string, string>;
  created_at: Date;
  updated_at: Date;
};
const COLUMNS = 'name, url, timeout_seconds, headers, created_at, updated_at';

function toRecord(r: Row): FunctionRecord {
  return {
    name: r.name,
    url: r.url,
    timeoutSeconds: r.timeout_seconds,
    headers: r.headers,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const notFound = (name: string) => new EngineError('ResourceNotFound', `Function Does Not Exist: '${name}'`);

export async function createFunction(deps: ApiDeps, spec: FunctionSpec): Promise<FunctionRecord> {
  const rows = await deps.sql.query<Row>(
    `INSERT INTO functions (name, url, timeout_seconds, headers) VALUES ($1, $2, $3, $4)
     ON CONFLICT (name) DO NOTHING RETURNING ${COLUMNS}`,
    [spec.name, spec.url, spec.timeoutSeconds, JSON.stringify(spec.headers)],
  );
  if (!rows[0]) throw new EngineError('ConflictException', `Function Already Exists: '${spec.name}'`);
  return toRecord(rows[0]);
}

export async function getFunction(deps: ApiDeps, name: string): Promise<FunctionRecord> {
  const rows = await deps.sql.query<Row>(`SELECT ${COLUMNS} FROM functions WHERE name = $1`, [name]);
  if (!rows[0]) throw notFound(name);
  return toRecord(rows[0]);
}

export async function listFunctions(deps: ApiDeps): Promise<FunctionRecord[]> {
  const rows = await deps.sql.query<Row>(`SELECT ${COLUMNS} FROM functions ORDER BY name`);
  return rows.map(toRecord);
}

export async function updateFunction(deps: ApiDeps, spec: FunctionSpec): Promise<FunctionRecord> {
  const rows = await deps.sql.query<Row>(
    `UPDATE functions SET url = $2, timeout_seconds = $3, headers = $4, updated_at = now()
      WHERE name = $1 RETURNING ${COLUMNS}`,
    [spec.name, spec.url, spec.timeoutSeconds, JSON.stringify(spec.headers)],
  );
  if (!rows[0]) throw notFound(spec.name);
  return toRecord(rows[0]);
}

export async function deleteFunction(deps: ApiDeps, name: string): Promise<void> {
  const rows = await deps.sql.query(`DELETE FROM functions WHERE name = $1 RETURNING name`, [name]);
  if (!rows[0]) throw notFound(name);
}
