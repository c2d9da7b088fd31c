import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A journal row per executor step instead of a row per history event plus an update of the
 * execution row per step.
 *
 * - execution_steps holds, per step, the inputs the step applied and the history events it produced
 *   (one compressed text value). The execution's state is the snapshot on its row (written when a
 *   worker goes idle or the execution ends) followed by the inputs of the steps after it, replayed
 *   through the deterministic executor. The primary key (execution, seq) is what makes a transition
 *   happen once: two workers continuing from the same point write the same seq, one of them fails.
 * - The row is inserted without a foreign key (whose check would lock the execution row each step);
 *   executions are never deleted while their steps matter, and a delete removes both.
 * - toast_tuple_target 128 + STORAGE MAIN: PostgreSQL compresses the body inline (lz4 where the
 *   server has it) rather than storing the repeated payloads of a step's events in full.
 * - Executions whose worker died are found by an expired lease that was never given back.
 * - The view execution_history shows one row per event, for SQL readers.
 * - The inbox keeps events as json (the text as written): jsonb re-sorts the keys of an execution's
 *   input, and AWS keeps them in the order the caller sent.
 */
export class HistoryPerStep1764100000005 implements MigrationInterface {
  name = 'HistoryPerStep1764100000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE execution_steps (
        execution_id bigint NOT NULL,
        seq integer NOT NULL,
        first_event_id integer NOT NULL,
        last_event_id integer NOT NULL,
        body text NOT NULL,
        PRIMARY KEY (execution_id, seq)
      ) WITH (toast_tuple_target = 128)`);
    await q.query(`ALTER TABLE execution_steps ALTER COLUMN body SET STORAGE MAIN`);
    await q.query(`DO $$ BEGIN
        ALTER TABLE execution_steps ALTER COLUMN body SET COMPRESSION lz4;
      EXCEPTION WHEN OTHERS THEN NULL; -- a server built without lz4 keeps pglz
      END $$`);
    // Earlier history: one journal row per execution, below any step a worker writes from now on.
    await q.query(`
      INSERT INTO execution_steps (execution_id, seq, first_event_id, last_event_id, body)
      SELECT execution_id, 0, min(event_id), max(event_id),
             json_build_object('i', json_build_array(), 'e', json_agg(json_build_array(
               event_id, previous_event_id, type, (extract(epoch FROM timestamp) * 1000)::bigint,
               COALESCE(details, '{}'::json)) ORDER BY event_id))::text
      FROM execution_events GROUP BY execution_id`);
    await q.query(`DROP TABLE execution_events`);
    // For people and tools reading the history with SQL: one row per event, as before.
    await q.query(`
      CREATE VIEW execution_history AS
      SELECT s.execution_id, (e->>0)::int AS event_id, (e->>1)::int AS previous_event_id, e->>2 AS type,
             to_timestamp((e->>3)::float8 / 1000) AS timestamp, e->4 AS details
      FROM execution_steps s, json_array_elements(s.body::json -> 'e') AS e`);
    await q.query(`CREATE INDEX executions_leased ON executions (lease_until) WHERE lease_owner IS NOT NULL`);
    await q.query(`ALTER TABLE execution_inbox ALTER COLUMN event TYPE json USING event::json`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE execution_inbox ALTER COLUMN event TYPE jsonb USING event::jsonb`);
    await q.query(`DROP INDEX IF EXISTS executions_leased`);
    await q.query(`DROP VIEW IF EXISTS execution_history`);
    await q.query(`
      CREATE TABLE execution_events (
        execution_id bigint NOT NULL REFERENCES executions (id) ON DELETE CASCADE,
        event_id integer NOT NULL,
        previous_event_id integer NOT NULL,
        type text NOT NULL,
        timestamp timestamptz NOT NULL,
        details json,
        PRIMARY KEY (execution_id, event_id)
      )`);
    await q.query(`
      INSERT INTO execution_events (execution_id, event_id, previous_event_id, type, timestamp, details)
      SELECT s.execution_id, (e->>0)::int, (e->>1)::int, e->>2, to_timestamp((e->>3)::float8 / 1000), e->4
      FROM execution_steps s, json_array_elements(s.body::json -> 'e') AS e`);
    await q.query(`DROP TABLE execution_steps`);
  }
}
