import type { ApiDeps } from '../api-deps.js';
import { decodeCursor, encodeCursor, isRecord, type Page } from '../pagination/cursor.js';
import { STATE_MACHINE_COLUMNS, type StateMachineRow } from './state-machine-row.js';

type Position = { name: string };
const isPosition = (v: unknown): v is Position => isRecord(v) && typeof v.name === 'string';

/** Active state machines by name, a page at a time. */
export async function listStateMachines(
  deps: ApiDeps,
  page: { size: number; token?: string },
): Promise<Page<StateMachineRow>> {
  const after = decodeCursor(page.token, isPosition);
  const rows = await deps.sql.query<StateMachineRow>(
    `SELECT ${STATE_MACHINE_COLUMNS} FROM state_machines
      WHERE status = 'ACTIVE' AND ($1::text IS NULL OR name > $1)
      ORDER BY name LIMIT $2`,
    [after?.name ?? null, page.size + 1],
  );
  if (rows.length <= page.size) return { items: rows };
  const items = rows.slice(0, page.size);
  return { items, nextToken: encodeCursor({ name: items[items.length - 1].name }) };
}
