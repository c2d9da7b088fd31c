import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The durable model. Everything that coordinates API and worker processes is a row here:
 * - executions.state is the executor's ExecutionState (the fold of its events); version guards it.
 * - execution_inbox holds inputs not yet applied to an execution: ExecutionStarted, task results,
 *   stop/redrive requests, and durable timers (TimerFired rows whose due_at is in the future).
 * - task_invocations holds tasks to perform; a worker leases one, calls the function, and applies
 *   the result. An expired lease means the worker died: another one re-invokes (at least once).
 */
export class InitialSchema1764100000000 implements MigrationInterface {
  name = 'InitialSchema1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE state_machines (
        arn text PRIMARY KEY,
        name text NOT NULL UNIQUE,
        type text NOT NULL DEFAULT 'STANDARD',
        definition text NOT NULL,
        role_arn text NOT NULL,
        status text NOT NULL DEFAULT 'ACTIVE',
        revision_id text NOT NULL,
        description text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE executions (
        id bigserial PRIMARY KEY,
        arn text NOT NULL UNIQUE,
        state_machine_arn text NOT NULL,
        state_machine_name text NOT NULL,
        definition text NOT NULL,
        role_arn text NOT NULL,
        name text NOT NULL,
        status text NOT NULL,
        input text NOT NULL,
        output text,
        error text,
        cause text,
        start_date timestamptz NOT NULL,
        stop_date timestamptz,
        redrive_count integer NOT NULL DEFAULT 0,
        redrive_date timestamptz,
        state jsonb,
        version integer NOT NULL DEFAULT 0,
        lease_owner text,
        lease_until timestamptz,
        CONSTRAINT executions_name_per_machine UNIQUE (state_machine_arn, name)
      )`);
    await q.query(
      `CREATE INDEX executions_by_machine ON executions (state_machine_arn, start_date DESC, id DESC)`,
    );
    await q.query(`CREATE INDEX executions_by_status ON executions (status, start_date DESC, id DESC)`);
    await q.query(`
      CREATE TABLE execution_events (
        execution_id bigint NOT NULL REFERENCES executions (id) ON DELETE CASCADE,
        event_id integer NOT NULL,
        previous_event_id integer NOT NULL,
        type text NOT NULL,
        timestamp timestamptz NOT NULL,
        details jsonb,
        PRIMARY KEY (execution_id, event_id)
      )`);
    await q.query(`
      CREATE TABLE execution_inbox (
        id bigserial PRIMARY KEY,
        execution_id bigint NOT NULL REFERENCES executions (id) ON DELETE CASCADE,
        event jsonb NOT NULL,
        timer_id text,
        due_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX execution_inbox_due ON execution_inbox (due_at)`);
    await q.query(`CREATE INDEX execution_inbox_by_execution ON execution_inbox (execution_id, id)`);
    await q.query(
      `CREATE UNIQUE INDEX execution_inbox_timer ON execution_inbox (execution_id, timer_id) WHERE timer_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE task_invocations (
        execution_id bigint NOT NULL REFERENCES executions (id) ON DELETE CASCADE,
        task_id text NOT NULL,
        command jsonb NOT NULL,
        task_token text UNIQUE,
        -- 'pending': to invoke (or re-invoke after a lease expired); 'waiting': invoked, a callback
        -- (SendTaskSuccess/Failure with task_token) or the async function's answer completes it
        status text NOT NULL DEFAULT 'pending',
        lease_owner text,
        lease_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (execution_id, task_id)
      )`);
    await q.query(`CREATE INDEX task_invocations_lease ON task_invocations (lease_until)`);
    await q.query(`
      CREATE TABLE functions (
        name text PRIMARY KEY,
        url text NOT NULL,
        timeout_seconds integer NOT NULL DEFAULT 30,
        headers jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'functions',
      'task_invocations',
      'execution_inbox',
      'execution_events',
      'executions',
      'state_machines',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
