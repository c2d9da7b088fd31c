import type { DataSource } from 'typeorm';
import { decodeStepBody } from '../../src/worker/step-body.js';

/** An execution's history events (id and type) in journal order, decoded from its journal rows. */
export async function historyEvents(
  db: DataSource,
  executionId: string | number,
): Promise<{ event_id: number; type: string }[]> {
  const rows: { body: Buffer }[] = await db.query(
    `SELECT body FROM execution_steps WHERE execution_id = $1 ORDER BY seq`,
    [executionId],
  );
  return rows.flatMap((r) => decodeStepBody(r.body).e).map((e) => ({ event_id: e[0], type: e[2] }));
}
