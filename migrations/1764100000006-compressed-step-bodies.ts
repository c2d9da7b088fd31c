import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL compresses a value only when its row exceeds ~2 kB, and a step's journal row is ~1 kB of
 * JSON that repeats its payloads: the worker now compresses the body itself (deflate with a preset
 * dictionary of the history's field names, see apps/worker/src/worker/step-body.ts), ~5× smaller.
 * Bodies become bytea; a body that starts with `{` is plain JSON text (rows written before this).
 * The per-event view cannot decompress in SQL: read the history through the API.
 */
export class CompressedStepBodies1764100000006 implements MigrationInterface {
  name = 'CompressedStepBodies1764100000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW IF EXISTS execution_history`);
    await q.query(`ALTER TABLE execution_steps ALTER COLUMN body TYPE bytea USING convert_to(body, 'UTF8')`);
    await q.query(`ALTER TABLE execution_steps ALTER COLUMN body SET STORAGE EXTENDED`);
    await q.query(`ALTER TABLE execution_steps RESET (toast_tuple_target)`);
  }

  async down(): Promise<void> {
    throw new Error('compressed step bodies cannot be turned back into text in SQL');
  }
}
