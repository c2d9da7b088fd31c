import type { ApiDeps } from '../api-deps.js';
import { decodeCursor, encodeCursor, isRecord, type Page } from '../pagination/cursor.js';
import { EXECUTION_SUMMARY_COLUMNS, type ExecutionStatus, type ExecutionSummary } from './execution-row.js';

export type ExecutionFilter = {
  stateMachineArn?: string;
  status?: ExecutionStatus;
  /** true: only redriven executions; false: only never redriven ones. */
  redriven?: boolean;
};

/** Position after the last row returned: its start date in epoch microseconds, and its id. */
type Position = { t: string; i: string };
const isPosition = (v: unknown): v is Position =>
  isRecord(v) &&
  typeof v.t === 'string' &&
  /^\d{1,18}$/.test(v.t) &&
  typeof v.i === 'string' &&
  /^\d{1,18}$/.test(v.i);

/** Executions, newest first (start date, then id), a page at a time. */
export async function listExecutions(
  deps: ApiDeps,
  filter: ExecutionFilter,
  page: { size: number; token?: string },
): Promise<Page<ExecutionSummary>> {
  const after = decodeCursor(page.token, isPosition);
  const rows = await deps.sql.query<ExecutionSummary & { start_key: string }>(
    `SELECT ${EXECUTION_SUMMARY_COLUMNS},
            (extract(epoch FROM start_date) * 1000000)::bigint::text AS start_key
       FROM executions
      WHERE ($1::text IS NULL OR state_machine_arn = $1)
        AND ($2::text IS NULL OR status = $2)
        AND ($3::boolean IS NULL OR (redrive_count > 0) = $3)
        AND ($4::bigint IS NULL
             OR (start_date, id) < (timestamptz 'epoch' + $4::bigint * interval '1 microsecond', $5::bigint))
      ORDER BY start_date DESC, id DESC
      LIMIT $6`,
    [
      filter.stateMachineArn ?? null,
      filter.status ?? null,
      filter.redriven ?? null,
      after?.t ?? null,
      after?.i ?? null,
      page.size + 1,
    ],
  );
  const items = rows.slice(0, page.size).map(({ start_key: _key, ...row }) => row);
  if (rows.length <= page.size) return { items };
  const last = rows[page.size - 1];
  return { items, nextToken: encodeCursor({ t: last.start_key, i: last.id }) };
}
