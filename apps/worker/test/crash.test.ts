// 200 executions of a 10-step workflow while worker processes are killed with SIGKILL at random
// moments: every execution must end SUCCEEDED with the right output and a history in which no
// state transition appears twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { startExecution } from '../src/engine/execution-commands.js';
import { startEchoLambda } from './support/echo-lambda.js';
import { createStateMachine, SCOPE } from './support/fixtures.js';
import { createTestDatabase } from './support/test-database.js';
import { historyEvents } from './support/history.js';

const EXECUTIONS = 200;
const STEPS = 10;
const lambda = 'arn:aws:lambda:us-east-1:123456789012:function:echo';

test(
  'no execution is lost or double-stepped while workers are SIGKILLed',
  { timeout: 240_000 },
  async (t) => {
    const database = await createTestDatabase();
    if (database.kind !== 'server') {
      await database.drop();
      t.skip('needs a PostgreSQL server (TEST_DATABASE_URL or 127.0.0.1:5432): worker processes share it');
      return;
    }
    const echo = await startEchoLambda();
    const workers = new Set<ChildProcess>();
    const spawnWorker = () => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', resolve(import.meta.dirname, '../src/main.ts')],
        {
          env: {
            ...process.env,
            DATABASE_URL: database.url,
            LAMBDA_ENDPOINT: echo.url,
            WORKER_CONCURRENCY: '16',
            WORKER_LEASE_SECONDS: '2',
          },
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
      workers.add(child);
      child.on('exit', () => workers.delete(child));
    };
    try {
      const States: Record<string, object> = {};
      for (let i = 1; i <= STEPS; i++)
        States[`S${i}`] = {
          Type: 'Task',
          Resource: lambda,
          ...(i < STEPS ? { Next: `S${i + 1}` } : { End: true }),
        };
      const arn = await createStateMachine(database.db, 'crash', { StartAt: 'S1', States });
      for (let i = 0; i < 3; i++) spawnWorker();
      const inputs = new Map<string, unknown>();
      for (let i = 0; i < EXECUTIONS; i++) {
        const input = { execution: i, payload: 'x'.repeat(64) };
        const started = await startExecution(database.db, SCOPE, {
          stateMachineArn: arn,
          name: `e${i}`,
          input: JSON.stringify(input),
        });
        inputs.set(started.executionArn, input);
      }
      let kills = 0;
      const deadline = Date.now() + 90_000;
      for (;;) {
        const [{ open }] = await database.db.query(
          `SELECT count(*)::int AS open FROM executions WHERE status = 'RUNNING'`,
        );
        if (open === 0) break;
        if (Date.now() > deadline) {
          const stuck = await database.db.query(
            `SELECT e.id, e.arn, e.lease_owner, e.lease_until, now() AS now, e.version,
                  (SELECT json_agg(i) FROM execution_inbox i WHERE i.execution_id = e.id) AS inbox,
                  (SELECT json_agg(t) FROM task_invocations t WHERE t.execution_id = e.id) AS tasks,
                  (SELECT count(*) FROM execution_steps x WHERE x.execution_id = e.id) AS steps
           FROM executions e WHERE e.status = 'RUNNING'`,
          );
          assert.fail(`${open} executions still RUNNING: ${JSON.stringify(stuck, null, 1).slice(0, 4000)}`);
        }
        await new Promise((r) => setTimeout(r, 200 + Math.random() * 600));
        if (kills < 12 && workers.size > 0) {
          const victims = [...workers];
          victims[Math.floor(Math.random() * victims.length)].kill('SIGKILL');
          kills += 1;
          spawnWorker();
        }
      }
      const rows = await database.db.query(`SELECT id, arn, status, output FROM executions`);
      assert.equal(rows.length, EXECUTIONS);
      const expected = ['ExecutionStarted'];
      for (let i = 0; i < STEPS; i++)
        expected.push(
          'TaskStateEntered',
          'LambdaFunctionScheduled',
          'LambdaFunctionStarted',
          'LambdaFunctionSucceeded',
          'TaskStateExited',
        );
      expected.push('ExecutionSucceeded');
      for (const row of rows) {
        assert.equal(row.status, 'SUCCEEDED', row.arn);
        assert.deepEqual(JSON.parse(row.output), inputs.get(row.arn));
        const events = await historyEvents(database.db, row.id);
        assert.deepEqual(
          events.map((e: { type: string }) => e.type),
          expected,
          row.arn,
        );
        assert.deepEqual(
          events.map((e: { event_id: number }) => e.event_id),
          expected.map((_, i) => i + 1),
        );
      }
      console.log(
        `crash test: ${EXECUTIONS} executions × ${STEPS} steps, ${kills} workers SIGKILLed, ${echo.calls()} function calls (≥ ${EXECUTIONS * STEPS}: at least once)`,
      );
      assert.ok(kills > 0);
    } finally {
      for (const w of workers) w.kill('SIGKILL');
      await echo.stop();
      await database.drop();
    }
  },
);
