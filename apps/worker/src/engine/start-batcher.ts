import { GroupCommit } from '../db/group-commit.js';
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

export type StartResult = {
  machineExists: boolean;
  /** The new execution, or null when the name was taken. */
  id: string | null;
  definition: string | null;
  roleArn: string | null;
  /** Its ExecutionStarted inbox row. */
  inboxId: string | null;
};

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
  RETURNING id, execution_id
)
SELECT req.ord, sm.arn IS NOT NULL AS machine_exists, c.id, c.definition, c.role_arn, q.id AS inbox_id
FROM req LEFT JOIN sm ON sm.arn = req.sm_arn LEFT JOIN created c ON c.arn = req.arn
  LEFT JOIN queued q ON q.execution_id = c.id
ORDER BY req.ord`;

/** The same for a lone start (light load): scalar parameters instead of arrays to encode and unnest. */
const INSERT_ONE_START = `
WITH sm AS (
  SELECT arn, name, definition, role_arn FROM state_machines WHERE arn = $1::text AND status = 'ACTIVE'
), created AS (
  INSERT INTO executions (arn, state_machine_arn, state_machine_name, definition, role_arn, name, status, input,
                          start_date, lease_owner, lease_until)
  SELECT $3::text, $1::text, sm.name, sm.definition, sm.role_arn, $4::text, 'RUNNING', $5::text, $6::timestamptz,
         $10::text, CASE WHEN $10::text IS NULL THEN NULL ELSE now() + make_interval(secs => $11::float8) END
  FROM sm
  ON CONFLICT DO NOTHING
  RETURNING id, role_arn, definition
), queued AS (
  INSERT INTO execution_inbox (execution_id, event)
  SELECT c.id, json_build_object('type', 'ExecutionStarted',
    'at', (extract(epoch FROM $6::timestamptz) * 1000)::bigint, 'input', $5::json, 'seed', $7::text,
    'execution', json_build_object('executionArn', $3::text, 'name', $4::text, 'stateMachineArn', $1::text,
      'stateMachineName', $2::text, 'roleArn', c.role_arn, 'region', $8::text, 'account', $9::text))
  FROM created c
  RETURNING id, execution_id
)
SELECT EXISTS (SELECT 1 FROM sm) AS machine_exists, c.id, c.definition, c.role_arn, q.id AS inbox_id
FROM (SELECT 1) AS one LEFT JOIN created c ON true LEFT JOIN queued q ON q.execution_id = c.id`;

export class StartBatcher {
  private readonly group: GroupCommit<StartRow, StartResult>;

  constructor(
    private readonly sql: Sql,
    maxInFlight = 2,
    maxBatch = 200,
  ) {
    // One row per execution ARN in a statement: a same-name start waits for the next batch, where it
    // finds the execution and is answered as an existing one.
    this.group = new GroupCommit((rows) => this.insert(rows), { maxInFlight, maxBatch, key: (r) => r.arn });
  }

  start(row: StartRow): Promise<StartResult> {
    return this.group.submit(row);
  }

  private async insert(rows: StartRow[]): Promise<StartResult[]> {
    if (rows.length === 1) {
      const r = rows[0];
      const [one] = await this.sql.query<ResultRow>(
        INSERT_ONE_START,
        [
          r.stateMachineArn,
          r.machineName,
          r.arn,
          r.name,
          r.input,
          r.startDate,
          r.seed,
          r.region,
          r.account,
          r.leaseOwner,
          r.leaseSeconds,
        ],
        'durastep_start_one',
      );
      return [startResult(one)];
    }
    const results = await this.sql.query<ResultRow & { ord: string }>(
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
    const out: StartResult[] = new Array(rows.length);
    for (const r of results) out[Number(r.ord) - 1] = startResult(r);
    return out;
  }
}

type ResultRow = {
  machine_exists: boolean;
  id: string | null;
  definition: string | null;
  role_arn: string | null;
  inbox_id: string | null;
};

function startResult(r: ResultRow): StartResult {
  return {
    machineExists: r.machine_exists,
    id: r.id === null ? null : String(r.id),
    definition: r.definition,
    roleArn: r.role_arn,
    inboxId: r.inbox_id === null ? null : String(r.inbox_id),
  };
}
