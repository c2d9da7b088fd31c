import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A state machine's tags (CreateStateMachine `tags`, TagResource, UntagResource): `{ key: value }`. */
export class StateMachineTags1764100000009 implements MigrationInterface {
  name = 'StateMachineTags1764100000009';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE state_machines ADD COLUMN tags jsonb NOT NULL DEFAULT '{}'::jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE state_machines DROP COLUMN tags`);
  }
}
