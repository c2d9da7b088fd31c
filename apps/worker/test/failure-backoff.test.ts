import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startExecution } from '../src/engine/execution-commands.js';
import { FailureBackoff } from '../src/worker/failure-backoff.js';
import { startWorkerPool, type WorkerPool } from '../src/worker/worker-pool.js';
import type { TaskInvoker } from '../src/worker/task-invoker.js';
import { createStateMachine, SCOPE, taskChain } from './support/fixtures.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

test('each failure in a row doubles the wait, up to the maximum; a success forgets them', () => {
  const b = new FailureBackoff(30, 300);
  assert.deepEqual(
    [1, 2, 3, 4, 5].map(() => b.failed('e1').retryInSeconds),
    [30, 60, 120, 240, 300],
  );
  assert.deepEqual(b.failed('e2'), { inARow: 1, retryInSeconds: 30 }, 'counted per execution');
  b.succeeded('e1');
  assert.deepEqual(b.failed('e1'), { inARow: 1, retryInSeconds: 30 });
});

test('it remembers a bounded number of executions, forgetting the oldest', () => {
  const b = new FailureBackoff(1, 100, 2);
  b.failed('a');
  b.failed('b');
  b.failed('b');
  b.failed('c'); // 'a' is forgotten
  assert.equal(b.failed('a').inARow, 1);
  assert.equal(b.failed('c').inARow, 2);
});

let t: TestDatabase;
let pool: WorkerPool;
const logged: string[] = [];
let calls = 0;

// A function whose answer the engine cannot take (a BigInt is not JSON): every attempt fails.
const invoke: TaskInvoker = async () => {
  calls++;
  return { ok: true, output: 10n as never };
};

before(async () => {
  t = await createTestDatabase();
  pool = await startWorkerPool({
    db: t.db,
    listenUrl: t.url,
    invoke,
    concurrency: 2,
    pollMs: 50,
    leaseSeconds: 1,
    log: (m, e) => logged.push(`${m} ${e}`),
  });
});
after(async () => {
  await pool.stop();
  await t.drop();
});

test('an execution that fails every time is retried less and less often, not every lease', async () => {
  const arn = await createStateMachine(
    t.db,
    'poison',
    taskChain(['Bad'], 'arn:aws:lambda:us-east-1:123456789012:function:f'),
  );
  const started = await startExecution(t.db, SCOPE, { stateMachineArn: arn, name: 'poison' });
  const failures = () => logged.filter((m) => m.includes(started.executionArn) && m.includes('in a row'));
  const deadline = Date.now() + 15_000;
  while (failures().length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  assert.match(failures()[0] ?? '', /1 time\(s\) in a row; next attempt in 1 s/);
  assert.match(failures()[1] ?? '', /2 time\(s\) in a row; next attempt in 2 s/);
  const [{ wait }] = await t.db.query(
    `SELECT EXTRACT(EPOCH FROM lease_until - now())::float AS wait, status FROM executions WHERE arn = $1`,
    [started.executionArn],
  );
  assert.ok(wait > 1.2 && wait <= 2, `the lease holds it ${wait} s more (two leases)`);
  assert.equal(calls, 2, `one call per attempt: ${logged.join('\n')}`);
});
