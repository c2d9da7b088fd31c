import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * History details are written once and read back whole: `json` keeps the text as the engine wrote
 * it (AWS returns input/output with their original key order; jsonb re-sorts keys) and is cheaper
 * to store than jsonb's binary form.
 */
export class HistoryDetailsAsJson1764100000003 implements MigrationInterface {
  name = 'HistoryDetailsAsJson1764100000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE execution_events ALTER COLUMN details TYPE json USING details::json`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE execution_events ALTER COLUMN details TYPE jsonb USING details::jsonb`);
  }
}
