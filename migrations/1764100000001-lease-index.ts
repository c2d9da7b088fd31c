import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Finds executions whose worker died holding them (lease expired with tasks still pending). */
export class LeaseIndex1764100000001 implements MigrationInterface {
  name = 'LeaseIndex1764100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX executions_lease ON executions (lease_until) WHERE lease_until IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS executions_lease`);
  }
}
