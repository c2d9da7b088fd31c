import type { Sql } from '../db/sql.js';

/** One StartExecution to record: the execution row and its ExecutionStarted inbox event. */
export type StartRow = {
  stateMachineArn: string;
  machineName: string;
  arn: string;
  name: string;
  /** The input as the caller sent it (JSON text): the event is built around it, keeping key order. */
  input: string;
  startDate: Date;
  seed: string;
  region: string;
  account: string;
  /** Lease the row to this owner (a worker pool of this process adopts it), or null. */
  leaseOwner: string | null;
  leaseSeconds: number;
};

export type StartResult = { machineExists: boolean; id: string | null; definition: string | null };

type Pending = { row: StartRow; done: (r: StartResult) => void; failed: (e: unknown) => void };

/**
 * Group commit for StartExecution: the starts that arrive while a batch is being written go together
 * in the next statement — one round trip and one transaction for many starts. An idle batcher sends
 * a start at once. Per row: the machine must exist (ACTIVE), the name must be free (else the row
 * is skipped and `id` is null), and the ExecutionStarted event is queued in the same statement.
 */
const INSERT_STARTS = `
WITH req AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::text[],
                       $8::text[], $9::text[], $10::text[], $11::float8[])
    WITH ORDINALITY AS r(sm_arn, machine, arn, name, input, start_date, seed, region, account, owner, lease_secs, ord)
), sm AS (
  SELECT arn, name, definition, role_arn FROM state_machines
  WHERE arn IN (SELECT sm_arn FROM req) AND status = 'ACTIVE'
), created AS (
  INSERT INTO executions (arn, state_machine_arn, state_machine_name, definition, role_arn, name, status, input,
                          start_date, lease_owner, lease_until)
  SELECT req.arn, req.sm_arn, sm.name, sm.definition, sm.role_arn, req.name, 'RUNNING', req.input, req.start_date,
         req.owner, CASE WHEN req.owner IS NULL THEN NULL ELSE now() + make_interval(secs => req.lease_secs) END
  FROM req JOIN sm ON sm.arn = req.sm_arn
  ON CONFLICT DO NOTHING
  RETURNING id, arn, role_arn, definition
), queued AS (
  INSERT INTO execution_inbox (execution_id, event)
  SELECT c.id, json_build_object('type', 'ExecutionStarted',
    'at', (extract(epoch FROM req.start_date) * 1000)::bigint, 'input', req.input::json, 'seed', req.seed,
    'execution', json_build_object('executionArn', req.arn, 'name', req.name, 'stateMachineArn', req.sm_arn,
      'stateMachineName', req.machine, 'roleArn', c.role_arn, 'region', req.region, 'account', req.account))
  FROM created c JOIN req ON req.arn = c.arn
)
SELECT req.ord, sm.arn IS NOT NULL AS machine_exists, c.id, c.definition
FROM req LEFT JOIN sm ON sm.arn = req.sm_arn LEFT JOIN created c ON c.arn = req.arn
ORDER BY req.ord`;

export class StartBatcher {
  private queue: Pending[] = [];
  private inFlight = 0;

  constructor(
    private readonly sql: Sql,
    private readonly maxInFlight = 2,
    private readonly maxBatch = 200,
  ) {}

  start(row: StartRow): Promise<StartResult> {
    return new Promise((done, failed) => {
      this.queue.push({ row, done, failed });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      // One row per execution ARN in a statement (a same-name start waits for the next batch, where
      // it finds the execution and is answered as an existing one).
      const batch: Pending[] = [];
      const later: Pending[] = [];
      const arns = new Set<string>();
      for (const p of this.queue) {
        if (batch.length < this.maxBatch && !arns.has(p.row.arn)) {
          arns.add(p.row.arn);
          batch.push(p);
        } else later.push(p);
      }
      this.queue = later;
      this.inFlight++;
      void this.send(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async send(batch: Pending[]): Promise<void> {
    const rows = batch.map((p) => p.row);
    try {
      const results = await this.sql.query<{
        ord: string;
        machine_exists: boolean;
        id: string | null;
        definition: string | null;
      }>(
        INSERT_STARTS,
        [
          rows.map((r) => r.stateMachineArn),
          rows.map((r) => r.machineName),
          rows.map((r) => r.arn),
          rows.map((r) => r.name),
          rows.map((r) => r.input),
          rows.map((r) => r.startDate),
          rows.map((r) => r.seed),
          rows.map((r) => r.region),
          rows.map((r) => r.account),
          rows.map((r) => r.leaseOwner),
          rows.map((r) => r.leaseSeconds),
        ],
        'durastep_start_batch',
      );
      for (const r of results) {
        const p = batch[Number(r.ord) - 1];
        p.done({
          machineExists: r.machine_exists,
          id: r.id === null ? null : String(r.id),
          definition: r.definition,
        });
      }
    } catch (e) {
      for (const p of batch) p.failed(e);
    }
  }
}
