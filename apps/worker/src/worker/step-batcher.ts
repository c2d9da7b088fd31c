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

type Pending = PlainStep & { done: (written: boolean) => void; failed: (e: unknown) => void };

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
  private queue: Pending[] = [];
  private inFlight = 0;

  constructor(
    private readonly sql: Sql,
    /** Statements in flight at once (each on its own pooled connection). */
    private readonly maxInFlight = 2,
    private readonly maxBatch = 256,
  ) {}

  /** Resolves true when the row was written, false when the lease was lost or the step taken. */
  write(step: PlainStep): Promise<boolean> {
    return new Promise((done, failed) => {
      this.queue.push({ ...step, done, failed });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      void this.send(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async send(batch: Pending[]): Promise<void> {
    try {
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
      for (const s of batch) s.done(written.has(`${s.executionId}/${s.seq}/${s.owner}`));
    } catch (e) {
      for (const s of batch) s.failed(e);
    }
  }
}
