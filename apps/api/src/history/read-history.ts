import { decodeStepBody } from '@durastep/worker';
import type { ApiDeps } from '../api-deps.js';
import { decodeCursor, encodeCursor, isRecord, type Page } from '../pagination/cursor.js';
import type { EventRow } from './event-row.js';

type Position = { e: number; r: 0 | 1 };
const isPosition = (v: unknown): v is Position =>
  isRecord(v) && Number.isInteger(v.e) && (v.r === 0 || v.r === 1);

/**
 * An execution's history events by id (ascending, or descending when `reverse`), a page at a time.
 * Events are stored a journal row per step; ids are consecutive from 1, so the rows whose id range
 * meets the page's range hold exactly the page's events.
 */
export async function readHistory(
  deps: ApiDeps,
  executionId: string,
  page: { size: number; token?: string; reverse: boolean },
): Promise<Page<EventRow>> {
  const after = decodeCursor(page.token, isPosition);
  const reverse = after ? after.r === 1 : page.reverse;
  // The page is the ids [from, to] (one more than asked, to know whether another page follows).
  const rows = await deps.sql.query<{ body: Buffer }>(
    reverse
      ? `WITH bound AS (SELECT COALESCE($2::int, max(last_event_id) + 1) AS b FROM execution_steps WHERE execution_id = $1)
         SELECT body FROM execution_steps, bound WHERE execution_id = $1 AND last_event_id >= first_event_id
           AND first_event_id < bound.b AND last_event_id >= bound.b - $3 ORDER BY seq DESC`
      : `SELECT body FROM execution_steps WHERE execution_id = $1 AND last_event_id >= first_event_id
           AND last_event_id > COALESCE($2::int, 0) AND first_event_id <= COALESCE($2::int, 0) + $3 ORDER BY seq`,
    [executionId, after?.e ?? null, page.size + 1],
  );
  const events: EventRow[] = [];
  for (const row of rows) {
    const stored = decodeStepBody(row.body).e;
    if (reverse) stored.reverse();
    for (const [id, previous, type, timestamp, details] of stored) {
      if (after && (reverse ? id >= after.e : id <= after.e)) continue;
      events.push({
        event_id: id,
        previous_event_id: previous,
        type,
        timestamp: new Date(timestamp),
        details,
      });
      if (events.length > page.size) break;
    }
    if (events.length > page.size) break;
  }
  if (events.length <= page.size) return { items: events };
  const items = events.slice(0, page.size);
  return { items, nextToken: encodeCursor({ e: items[items.length - 1].event_id, r: reverse ? 1 : 0 }) };
}
