import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A callback task's command (its input, Parameters…) is read back whole when another worker takes the
 * execution over. `json` keeps the text as written: its objects keep their key order (jsonb re-sorts
 * them), and a string may hold U+0000 (jsonb rejects `\u0000`, which made such a task's step fail).
 */
export class TaskCommandsAsJson1764100000008 implements MigrationInterface {
  name = 'TaskCommandsAsJson1764100000008';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE task_invocations ALTER COLUMN command TYPE json USING command::json`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE task_invocations ALTER COLUMN command TYPE jsonb USING command::jsonb`);
  }
}
