import { GroupCommit } from '../db/group-commit.js';
import type { Sql } from '../db/sql.js';

/**
 * A step that appends its journal row and may consume inbox rows and rewrite the execution row
 * (status, output, …, lease): everything but timers and callback tasks, which are written alone.
 */
export type PlainStep = {
  executionId: string;
  owner: string;
  seq: number;
  firstEventId: number;
  lastEventId: number;
  body: Buffer;
  inboxIds?: string[];
  row?: ExecutionRowUpdate;
};

export type ExecutionRowUpdate = {
  status: string;
  /** Set when the execution completed with an output (kept otherwise). */
  output: string | null;
  error: string | null;
  cause: string | null;
  stopDate: Date | null;
  redriveCount: number;
  /** Give the lease back (the execution ended, nothing in flight); else renew it. */
  release: boolean;
  leaseSeconds: number;
};

/**
 * Group commit for steps: while a batch is being written, the steps that actors finish
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
), consumed AS (
  DELETE FROM execution_inbox i USING inserted, unnest($7::bigint[], $8::bigint[]) AS c(execution_id, id)
  WHERE c.execution_id = inserted.execution_id AND i.id = c.id
), row_update AS (
  UPDATE executions x SET status = r.status, output = COALESCE(r.output, x.output), error = r.error,
    cause = r.cause, stop_date = r.stop_date, redrive_count = r.redrive_count, pending_tasks = '{}'::jsonb,
    lease_owner = CASE WHEN r.release THEN NULL ELSE x.lease_owner END,
    lease_until = CASE WHEN r.release THEN NULL ELSE now() + make_interval(secs => r.lease_secs) END
  FROM inserted, unnest($9::bigint[], $10::text[], $11::text[], $12::text[], $13::text[], $14::timestamptz[],
                        $15::int[], $16::bool[], $17::float8[])
    AS r(execution_id, status, output, error, cause, stop_date, redrive_count, release, lease_secs)
  WHERE r.execution_id = inserted.execution_id AND x.id = r.execution_id
)
SELECT inserted.execution_id, inserted.seq, leased.owner FROM inserted JOIN leased USING (execution_id, seq)`;

/**
 * A lone step (the common case when load is light) has scalar parameters: no arrays to encode or
 * unnest — a third less client CPU and a quicker statement than a batch of one. Its row is written
 * only by the lease holder ($2), and only once.
 */
const INSERT_LEASED_STEP = `
  INSERT INTO execution_steps (execution_id, seq, first_event_id, last_event_id, body)
  SELECT $1, $3, $4, $5, $6 FROM executions WHERE id = $1 AND lease_owner = $2
  ON CONFLICT DO NOTHING
  RETURNING seq`;
/** The same, consuming the inbox rows the step applied (an execution's first step, a callback). */
const INSERT_ONE_STEP_CONSUMING = `
WITH step AS (${INSERT_LEASED_STEP}
), consumed AS (
  DELETE FROM execution_inbox i USING step WHERE i.execution_id = $1 AND i.id = ANY($7::bigint[])
)
SELECT seq FROM step`;
/** The same, also rewriting its execution row (an execution's last step). */
const INSERT_ONE_STEP_ROW = `
WITH step AS (${INSERT_LEASED_STEP}
), consumed AS (
  DELETE FROM execution_inbox i USING step WHERE i.execution_id = $1 AND i.id = ANY($7::bigint[])
), row_update AS (
  UPDATE executions x SET status = $8::text, output = COALESCE($9::text, x.output), error = $10::text,
    cause = $11::text, stop_date = $12::timestamptz, redrive_count = $13::int, pending_tasks = '{}'::jsonb,
    lease_owner = CASE WHEN $14::bool THEN NULL ELSE x.lease_owner END,
    lease_until = CASE WHEN $14::bool THEN NULL ELSE now() + make_interval(secs => $15::float8) END
  FROM step WHERE x.id = $1
)
SELECT seq FROM step`;

/**
 * The steps one actor has handed to the batcher, in order. Once one of them is not written (lease
 * lost, statement failed), none queued after it may be: the journal would have a gap.
 */
export class StepChain {
  broken = false;
}

type Queued = { step: PlainStep; chain?: StepChain };

export class StepBatcher {
  private readonly group: GroupCommit<Queued, boolean>;

  /**
   * One statement in flight at a time: steps are then written in the order they were handed in, so
   * an actor may hand in its next step before the previous one committed. (Under load, fewer and
   * larger batches also cost less CPU than overlapping ones: measured W1 +12% steps/s, starts +20%.)
   * An idle writer sends at once.
   */
  constructor(
    private readonly sql: Sql,
    maxBatch = 256,
  ) {
    this.group = new GroupCommit((queued) => this.insertInOrder(queued), { maxInFlight: 1, maxBatch });
  }

  /**
   * Resolves true when the row was written, false when the lease was lost, the step taken, or an
   * earlier step of the same `chain` was not written.
   */
  write(step: PlainStep, chain?: StepChain): Promise<boolean> {
    return this.group.submit({ step, chain });
  }

  private async insertInOrder(queued: Queued[]): Promise<boolean[]> {
    const live = queued.filter((q) => !q.chain?.broken);
    let written: boolean[];
    try {
      written = live.length > 0 ? await this.insert(live.map((q) => q.step)) : [];
    } catch (e) {
      for (const q of live) if (q.chain) q.chain.broken = true;
      throw e;
    }
    const byStep = new Map(live.map((q, i) => [q, written[i]]));
    return queued.map((q) => {
      const ok = byStep.get(q) ?? false;
      if (!ok && q.chain) q.chain.broken = true;
      return ok;
    });
  }

  private async insert(batch: PlainStep[]): Promise<boolean[]> {
    const only = batch.length === 1 ? batch[0] : undefined;
    if (only?.row) {
      const r = only.row;
      const rows = await this.sql.query(
        INSERT_ONE_STEP_ROW,
        [
          only.executionId,
          only.owner,
          only.seq,
          only.firstEventId,
          only.lastEventId,
          only.body,
          only.inboxIds ?? [],
          r.status,
          r.output,
          r.error,
          r.cause,
          r.stopDate,
          r.redriveCount,
          r.release,
          r.leaseSeconds,
        ],
        'durastep_step_one_row',
      );
      return [rows.length === 1];
    }
    if (only) {
      const values = [only.executionId, only.owner, only.seq, only.firstEventId, only.lastEventId, only.body];
      const rows = only.inboxIds
        ? await this.sql.query(
            INSERT_ONE_STEP_CONSUMING,
            [...values, only.inboxIds],
            'durastep_step_one_consuming',
          )
        : await this.sql.query(INSERT_LEASED_STEP, values, 'durastep_step_one');
      return [rows.length === 1];
    }
    const consumed = batch.flatMap((s) => (s.inboxIds ?? []).map((id) => [s.executionId, id] as const));
    const updates = batch.filter((s) => s.row !== undefined) as (PlainStep & { row: ExecutionRowUpdate })[];
    // One UPDATE can change a row once: an actor waits for a step with a row before its next step.
    if (updates.length > 1 && new Set(updates.map((s) => s.executionId)).size < updates.length)
      throw new Error('bug: two steps of one execution rewrite its row in one batch');
    const rows = await this.sql.query<{ execution_id: string; seq: number; owner: string }>(
      INSERT_STEPS,
      [
        batch.map((s) => s.executionId),
        batch.map((s) => s.owner),
        batch.map((s) => s.seq),
        batch.map((s) => s.firstEventId),
        batch.map((s) => s.lastEventId),
        batch.map((s) => s.body),
        consumed.map(([executionId]) => executionId),
        consumed.map(([, id]) => id),
        updates.map((s) => s.executionId),
        updates.map((s) => s.row.status),
        updates.map((s) => s.row.output),
        updates.map((s) => s.row.error),
        updates.map((s) => s.row.cause),
        updates.map((s) => s.row.stopDate),
        updates.map((s) => s.row.redriveCount),
        updates.map((s) => s.row.release),
        updates.map((s) => s.row.leaseSeconds),
      ],
      'durastep_step_batch',
    );
    const written = new Set(rows.map((r) => `${r.execution_id}/${r.seq}/${r.owner}`));
    return batch.map((s) => written.has(`${s.executionId}/${s.seq}/${s.owner}`));
  }
}
