import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The state snapshot is read back whole by the worker that continues an execution after a Wait or
 * a callback: `json` keeps the text as written, so every payload in it keeps its key order (AWS
 * returns objects with keys in the order they were built; jsonb re-sorts them), and costs less to
 * write than jsonb's binary form.
 */
export class StateSnapshotAsJson1764100000007 implements MigrationInterface {
  name = 'StateSnapshotAsJson1764100000007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE executions ALTER COLUMN state TYPE json USING state::json`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE executions ALTER COLUMN state TYPE jsonb USING state::jsonb`);
  }
}
