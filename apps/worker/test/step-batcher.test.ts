import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sqlOf, type Sql } from '../src/db/sql.js';
import {
  StepBatcher,
  StepChain,
  type ExecutionRowUpdate,
  type PlainStep,
} from '../src/worker/step-batcher.js';
import { createTestDatabase } from './support/test-database.js';

/** Runs `work` against a fresh scratch database, dropped afterwards. */
async function withScratchDatabase(work: (sql: Sql) => Promise<void>): Promise<void> {
  const t = await createTestDatabase();
  try {
    await work(sqlOf(t.db));
  } finally {
    await t.drop();
  }
}

/** `sql` that counts the statements sent through it. */
function countingStatements(sql: Sql): { sql: Sql; statements: number } {
  const counted = {
    statements: 0,
    sql: {
      ...sql,
      query: ((text, params, name) => {
        counted.statements++;
        return sql.query(text, params, name);
      }) as Sql['query'],
    },
  };
  return counted;
}

async function leasedExecution(db: Sql, name: string, owner: string): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO executions (arn, state_machine_arn, state_machine_name, definition, role_arn, name, status, input,
                             start_date, lease_owner, lease_until)
     VALUES ($1, 'sm', 'sm', '{}', 'role', $2, 'RUNNING', '{}', now(), $3, now() + interval '30 seconds')
     RETURNING id`,
    [`arn:${name}`, name, owner],
  );
  return String(row.id);
}

async function inboxRow(db: Sql, executionId: string): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO execution_inbox (execution_id, event) VALUES ($1, '{"type":"StopRequested","at":1}') RETURNING id`,
    [executionId],
  );
  return row.id;
}

const step = (executionId: string, owner: string, seq: number): PlainStep => ({
  executionId,
  owner,
  seq,
  firstEventId: seq,
  lastEventId: seq,
  body: Buffer.from(JSON.stringify({ i: [], e: [[seq, seq - 1, 'PassStateEntered', 0, {}]] })),
});

test('plain steps written meanwhile go together; a lost lease or a step already taken is not written', () =>
  withScratchDatabase(async (sql) => {
    const a = await leasedExecution(sql, 'a', 'owner-a');
    const b = await leasedExecution(sql, 'b', 'owner-b');
    await sql.query(
      `INSERT INTO execution_steps (execution_id, seq, first_event_id, last_event_id, body) VALUES ($1, 1, 1, 1, '\\x7b7d')`,
      [b],
    );
    const counted = countingStatements(sql);
    const batcher = new StepBatcher(counted.sql);
    const results = await Promise.all([
      batcher.write(step(a, 'owner-a', 1)),
      batcher.write(step(a, 'owner-a', 2)), // queued behind the first statement, sent with the others
      batcher.write(step(b, 'owner-b', 1)), // taken already: skipped
      batcher.write(step(b, 'someone-else', 2)), // not the lease holder
      batcher.write(step(b, 'owner-b', 2)),
    ]);
    assert.deepEqual(results, [true, true, false, false, true]);
    assert.equal(
      counted.statements,
      2,
      'one statement for the first step, one for the four queued meanwhile',
    );
    const rows = await sql.query<{ execution_id: string; seq: number }>(
      `SELECT execution_id, seq FROM execution_steps ORDER BY execution_id, seq`,
    );
    assert.deepEqual(
      rows.map((r) => `${r.execution_id}/${r.seq}`),
      [`${a}/1`, `${a}/2`, `${b}/1`, `${b}/2`],
    );
  }));

const finished = (release: boolean): ExecutionRowUpdate => ({
  status: 'SUCCEEDED',
  output: '{"ok":true}',
  error: null,
  cause: null,
  stopDate: new Date(),
  redriveCount: 0,
  release,
  leaseSeconds: 30,
});

test('steps that rewrite their execution rows also go together in one statement, each checked alone', () =>
  withScratchDatabase(async (sql) => {
    const [a, b, c] = [
      await leasedExecution(sql, 'a', 'owner-a'),
      await leasedExecution(sql, 'b', 'owner-b'),
      await leasedExecution(sql, 'c', 'owner-c'),
    ];
    const inboxB = await inboxRow(sql, b);
    const counted = countingStatements(sql);
    const batcher = new StepBatcher(counted.sql);
    const results = await Promise.all([
      batcher.write(step(a, 'owner-a', 1)), // in flight while the others queue
      batcher.write({ ...step(b, 'owner-b', 1), inboxIds: [inboxB], row: finished(true) }),
      batcher.write({
        ...step(c, 'owner-c', 1),
        row: { ...finished(false), status: 'FAILED', output: null },
      }),
      batcher.write({ ...step(a, 'not-the-owner', 2), row: finished(true) }),
    ]);
    assert.deepEqual(results, [true, true, true, false]);
    assert.equal(counted.statements, 2);
    const rows = await sql.query<{
      name: string;
      status: string;
      output: string | null;
      lease_owner: string | null;
    }>(`SELECT name, status, output, lease_owner FROM executions ORDER BY name`);
    assert.deepEqual(
      rows.map((r) => [r.name, r.status, r.output, r.lease_owner]),
      [
        ['a', 'RUNNING', null, 'owner-a'],
        ['b', 'SUCCEEDED', '{"ok":true}', null],
        ['c', 'FAILED', null, 'owner-c'],
      ],
    );
    assert.deepEqual(await sql.query(`SELECT id FROM execution_inbox`), []);
  }));

test('two steps of one execution that both rewrite its row in one statement are refused as a bug', () =>
  withScratchDatabase(async (sql) => {
    const a = await leasedExecution(sql, 'a', 'owner-a');
    const b = await leasedExecution(sql, 'b', 'owner-b');
    const batcher = new StepBatcher(sql);
    const results = await Promise.allSettled([
      batcher.write(step(b, 'owner-b', 1)),
      batcher.write({ ...step(a, 'owner-a', 1), row: { ...finished(false), status: 'RUNNING' } }),
      batcher.write({ ...step(a, 'owner-a', 2), row: finished(true) }),
    ]);
    // An actor waits for a step with a row before it hands in the next one: this is a bug, said so.
    assert.equal(results[0].status, 'fulfilled');
    assert.match(String((results[1] as PromiseRejectedResult).reason), /bug: two steps of one execution/);
  }));

test('a lone step also consumes its inbox rows and rewrites its execution row, only when written', () =>
  withScratchDatabase(async (sql) => {
    const a = await leasedExecution(sql, 'a', 'owner-a');
    const b = await leasedExecution(sql, 'b', 'owner-b');
    const [inboxA, inboxB] = [await inboxRow(sql, a), await inboxRow(sql, b)];
    const batcher = new StepBatcher(sql);
    const results = await Promise.all([
      batcher.write({ ...step(a, 'owner-a', 1), inboxIds: [inboxA], row: finished(true) }),
      batcher.write({ ...step(b, 'not-the-owner', 1), inboxIds: [inboxB], row: finished(true) }),
    ]);
    assert.deepEqual(results, [true, false]);
    const rows = await sql.query<{
      id: string;
      status: string;
      output: string | null;
      lease_owner: string | null;
    }>(`SELECT id, status, output, lease_owner FROM executions ORDER BY id`);
    assert.deepEqual(
      rows.map((r) => [r.status, r.output, r.lease_owner]),
      [
        ['SUCCEEDED', '{"ok":true}', null],
        ['RUNNING', null, 'owner-b'],
      ],
    );
    const left = await sql.query<{ id: string }>(`SELECT id FROM execution_inbox ORDER BY id`);
    assert.deepEqual(
      left.map((r) => String(r.id)),
      [String(inboxB)],
      "only the written step's inbox row is consumed",
    );
  }));

test('a lone step (its own statement) is written only by the lease holder, and only once', () =>
  withScratchDatabase(async (sql) => {
    const a = await leasedExecution(sql, 'a', 'owner-a');
    const batcher = new StepBatcher(sql);
    assert.equal(await batcher.write(step(a, 'someone-else', 1)), false, 'not the lease holder');
    assert.equal(await batcher.write(step(a, 'owner-a', 1)), true);
    assert.equal(await batcher.write(step(a, 'owner-a', 1)), false, 'step 1 is taken');
    assert.equal(await batcher.write(step(a, 'owner-a', 2)), true);
    const rows = await sql.query<{ seq: number; body: Buffer }>(
      `SELECT seq, body FROM execution_steps WHERE execution_id = $1 ORDER BY seq`,
      [a],
    );
    assert.deepEqual(
      rows.map((r) => [r.seq, r.body.toString()]),
      [1, 2].map((seq) => [seq, step(a, 'owner-a', seq).body.toString()]),
    );
  }));

test('a lone step consumes its inbox rows only when it is written', () =>
  withScratchDatabase(async (sql) => {
    const a = await leasedExecution(sql, 'a', 'owner-a');
    const [first, second] = [await inboxRow(sql, a), await inboxRow(sql, a)];
    const batcher = new StepBatcher(sql);
    assert.equal(await batcher.write({ ...step(a, 'not-the-owner', 1), inboxIds: [first] }), false);
    assert.equal(await batcher.write({ ...step(a, 'owner-a', 1), inboxIds: [first] }), true);
    assert.equal(await batcher.write({ ...step(a, 'owner-a', 1), inboxIds: [second] }), false, 'taken');
    const left = await sql.query<{ id: string }>(`SELECT id FROM execution_inbox ORDER BY id`);
    assert.deepEqual(
      left.map((r) => String(r.id)),
      [String(second)],
    );
  }));

test("a chain's steps are written in order, and none after one that was not written", () =>
  withScratchDatabase(async (sql) => {
    const a = await leasedExecution(sql, 'a', 'owner-a');
    const b = await leasedExecution(sql, 'b', 'owner-b');
    const batcher = new StepBatcher(sql);
    const [chainA, chainB] = [new StepChain(), new StepChain()];
    const results = await Promise.all([
      batcher.write(step(a, 'owner-a', 1), chainA), // sent at once, alone
      batcher.write(step(b, 'owner-b', 1), chainB), // queued meanwhile: these three go together
      batcher.write(step(b, 'owner-b', 2), chainB),
      batcher.write(step(a, 'owner-a', 2), chainA),
    ]);
    assert.deepEqual(results, [true, true, true, true]);
    // The lease of a is lost (taken over) while its next steps queue behind a statement in flight.
    await sql.query(`UPDATE executions SET lease_owner = 'successor' WHERE id = $1`, [a]);
    const later = await Promise.all([
      batcher.write(step(b, 'owner-b', 3), chainB), // in flight while the others queue
      batcher.write(step(a, 'owner-a', 3), chainA), // not written: lease lost
      batcher.write(step(b, 'owner-b', 4), chainB),
    ]);
    assert.deepEqual(later, [true, false, true]);
    assert.equal(chainA.broken, true);
    // The lease comes back to the same owner token: still, nothing after a step that was not written.
    await sql.query(`UPDATE executions SET lease_owner = 'owner-a' WHERE id = $1`, [a]);
    assert.equal(await batcher.write(step(a, 'owner-a', 4), chainA), false, 'it would leave a gap');
    assert.equal(await batcher.write(step(b, 'owner-b', 5), chainB), true);
    const rows = await sql.query<{ execution_id: string; seq: number }>(
      `SELECT execution_id, seq FROM execution_steps ORDER BY execution_id, seq`,
    );
    assert.deepEqual(
      rows.map((r) => `${r.execution_id}/${r.seq}`),
      [`${a}/1`, `${a}/2`, ...[1, 2, 3, 4, 5].map((seq) => `${b}/${seq}`)],
    );
  }));

test('a statement that fails breaks the chains of its steps: their queued steps are not written', () =>
  withScratchDatabase(async (sql) => {
    const a = await leasedExecution(sql, 'a', 'owner-a');
    let failNext = true;
    const flaky: Sql = {
      ...sql,
      query: (text, params, name) => {
        if (failNext) {
          failNext = false;
          return Promise.reject(new Error('connection reset'));
        }
        return sql.query(text, params, name);
      },
    };
    const batcher = new StepBatcher(flaky);
    const chain = new StepChain();
    const [first, second] = await Promise.allSettled([
      batcher.write(step(a, 'owner-a', 1), chain),
      batcher.write(step(a, 'owner-a', 2), chain), // queued behind the failing statement
    ]);
    assert.equal(first.status, 'rejected');
    assert.deepEqual(second, { status: 'fulfilled', value: false });
    assert.equal(await batcher.write(step(a, 'owner-a', 1), new StepChain()), true, 'a new chain writes');
    const rows = await sql.query(`SELECT seq FROM execution_steps`);
    assert.equal(rows.length, 1);
  }));
