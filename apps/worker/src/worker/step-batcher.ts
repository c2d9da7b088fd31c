import { GroupCommit } from '../db/group-commit.js';
import type { Sql } from '../db/sql.js';

/** A step that only appends its journal row (no timers, tasks, inbox rows or row update). */
export type PlainStep = {
  executionId: string;
  owner: string;
  seq: number;
  firstEventId: number;
  lastEventId: number;
  body: Buffer;
};

/**
 * Group commit for the commonest step: while a batch is being written, the steps that actors finish
 * meanwhile queue up and go together in the next statement: one round trip, one transaction and one
 * WAL flush for many executions. An idle writer sends a step at once, so latency does not grow.
 *
 * Each row is written only while its actor holds the lease; a row whose (execution, seq) exists
 * already (another worker took over and wrote it) is skipped, not an error, so one stale actor never
 * fails the others' steps. The returned ids say whose rows were written.
 */
const INSERT_STEPS = `
WITH s AS (
  SELECT * FROM unnest($1::bigint[], $2::text[], $3::int[], $4::int[], $5::int[], $6::bytea[])
    AS s(execution_id, owner, seq, first_event_id, last_event_id, body)
), leased AS (
  SELECT s.* FROM s JOIN executions e ON e.id = s.execution_id AND e.lease_owner = s.owner
), inserted AS (
  INSERT INTO execution_steps (execution_id, seq, first_event_id, last_event_id, body)
  SELECT execution_id, seq, first_event_id, last_event_id, body FROM leased
  ON CONFLICT DO NOTHING
  RETURNING execution_id, seq
)
SELECT inserted.execution_id, inserted.seq, leased.owner FROM inserted JOIN leased USING (execution_id, seq)`;

export class StepBatcher {
  private readonly group: GroupCommit<PlainStep, boolean>;

  /** `maxInFlight`: statements in flight at once (each on its own pooled connection). */
  constructor(
    private readonly sql: Sql,
    maxInFlight = 2,
    maxBatch = 256,
  ) {
    this.group = new GroupCommit((steps) => this.insert(steps), { maxInFlight, maxBatch });
  }

  /** Resolves true when the row was written, false when the lease was lost or the step taken. */
  write(step: PlainStep): Promise<boolean> {
    return this.group.submit(step);
  }

  private async insert(batch: PlainStep[]): Promise<boolean[]> {
    const rows = await this.sql.query<{ execution_id: string; seq: number; owner: string }>(
      INSERT_STEPS,
      [
        batch.map((s) => s.executionId),
        batch.map((s) => s.owner),
        batch.map((s) => s.seq),
        batch.map((s) => s.firstEventId),
        batch.map((s) => s.lastEventId),
        batch.map((s) => s.body),
      ],
      'durastep_step_batch',
    );
    const written = new Set(rows.map((r) => `${r.execution_id}/${r.seq}/${r.owner}`));
    return batch.map((s) => written.has(`${s.executionId}/${s.seq}/${s.owner}`));
  }
}
