import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every step updates its execution row (state, version, lease). Without an index on a column that
 * changes per step, and with room left in each page, PostgreSQL can make those updates HOT: no new
 * index entries, much less WAL. Orphaned work is found from task_invocations now, so the lease
 * index goes.
 */
export class HotExecutionUpdates1764100000002 implements MigrationInterface {
  name = 'HotExecutionUpdates1764100000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS executions_lease`);
    await q.query(`ALTER TABLE executions SET (fillfactor = 70)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE executions RESET (fillfactor)`);
    await q.query(`CREATE INDEX executions_lease ON executions (lease_until) WHERE lease_until IS NOT NULL`);
  }
}
