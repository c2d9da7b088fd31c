import type { ApiDeps } from '../api-deps.js';
import { decodeCursor, encodeCursor, isRecord, type Page } from '../pagination/cursor.js';
import type { EventRow } from './event-row.js';

type Position = { e: number; r: 0 | 1 };
const isPosition = (v: unknown): v is Position =>
  isRecord(v) && Number.isInteger(v.e) && (v.r === 0 || v.r === 1);

/** An execution's history events by id (ascending, or descending when `reverse`), a page at a time. */
export async function readHistory(
  deps: ApiDeps,
  executionId: string,
  page: { size: number; token?: string; reverse: boolean },
): Promise<Page<EventRow>> {
  const after = decodeCursor(page.token, isPosition);
  const reverse = after ? after.r === 1 : page.reverse;
  const rows = await deps.sql.query<EventRow>(
    `SELECT event_id, previous_event_id, type, timestamp, details FROM execution_events
      WHERE execution_id = $1 AND ($2::int IS NULL OR ${reverse ? 'event_id < $2' : 'event_id > $2'})
      ORDER BY event_id ${reverse ? 'DESC' : 'ASC'}
      LIMIT $3`,
    [executionId, after?.e ?? null, page.size + 1],
  );
  if (rows.length <= page.size) return { items: rows };
  const items = rows.slice(0, page.size);
  return { items, nextToken: encodeCursor({ e: items[items.length - 1].event_id, r: reverse ? 1 : 0 }) };
}
