import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Request-response tasks in flight are kept on the execution row (written in the same UPDATE as
 * the step) instead of an insert and a delete in task_invocations per step; that table keeps only
 * callback (.waitForTaskToken) tasks, which must be found by their token.
 */
export class PendingTasksOnExecution1764100000004 implements MigrationInterface {
  name = 'PendingTasksOnExecution1764100000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE executions ADD COLUMN pending_tasks jsonb NOT NULL DEFAULT '{}'::jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE executions DROP COLUMN pending_tasks`);
  }
}
