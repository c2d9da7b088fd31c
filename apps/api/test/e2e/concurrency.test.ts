// Four worker pools (concurrency 8 each) claim the same executions table at once: 100 executions
// all succeed, each step is recorded once, each task is invoked once, and the work is shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StartExecutionCommand } from '@aws-sdk/client-sfn';
import { rest } from '../support/api-harness.js';
import { createWorkflow, historyOf, lambdaArn, sleep, startService } from './support/service.js';

const EXECUTIONS = 100;
const EXPECTED_EVENTS = [
  'ExecutionStarted',
  ...['A', 'B', 'C'].flatMap(() => [
    'TaskStateEntered',
    'LambdaFunctionScheduled',
    'LambdaFunctionStarted',
    'LambdaFunctionSucceeded',
    'TaskStateExited',
  ]),
  'PassStateEntered',
  'PassStateExited',
  'ExecutionSucceeded',
];

test(`4 worker pools × 8 run ${EXECUTIONS} executions: all succeed, no duplicated event or call`, async (t) => {
  const svc = await startService({ pools: 4, env: { WORKER_CONCURRENCY: '8' } });
  try {
    if (svc.t.kind !== 'server') {
      t.skip('needs a PostgreSQL server (TEST_DATABASE_URL or 127.0.0.1:5432): pools share it');
      return;
    }
    assert.equal(svc.pools.length, 4);
    assert.equal(new Set(svc.pools.map((p) => p.owner)).size, 4);
    const stateMachineArn = await createWorkflow(svc, 'chain', {
      StartAt: 'A',
      States: {
        A: { Type: 'Task', Resource: lambdaArn('echo'), ResultPath: '$.a', Next: 'B' },
        B: { Type: 'Task', Resource: lambdaArn('echo'), ResultPath: '$.b', Next: 'C' },
        C: { Type: 'Task', Resource: lambdaArn('echo'), ResultPath: '$.c', Next: 'Done' },
        Done: { Type: 'Pass', Parameters: { 'i.$': '$.i', 'echoed.$': '$.c.b.a.i' }, End: true },
      },
    });

    const arns = await Promise.all(
      Array.from({ length: EXECUTIONS }, async (_, i) => {
        const r = await svc.sfn.send(
          new StartExecutionCommand({ stateMachineArn, name: `run-${i}`, input: JSON.stringify({ i }) }),
        );
        return r.executionArn!;
      }),
    );

    const deadline = Date.now() + 60_000;
    for (;;) {
      const running = await rest(svc.url, 'GET', '/api/executions?workflow=chain&status=RUNNING&limit=1');
      if (running.body.items.length === 0) break;
      if (Date.now() > deadline) throw new Error('executions still running after 60 s');
      await sleep(100);
    }
    const succeeded = await rest(
      svc.url,
      'GET',
      '/api/executions?workflow=chain&status=SUCCEEDED&limit=1000',
    );
    assert.equal(succeeded.body.items.length, EXECUTIONS);

    for (let batch = 0; batch < EXECUTIONS; batch += 20) {
      await Promise.all(
        arns.slice(batch, batch + 20).map(async (arn, k) => {
          const i = batch + k;
          const view = await rest(svc.url, 'GET', `/api/executions/${encodeURIComponent(arn)}`);
          assert.deepEqual(view.body.output, { i, echoed: i });
          const events = await historyOf(svc, arn);
          assert.deepEqual(
            events.map((e) => e.type),
            EXPECTED_EVENTS,
            `history of ${arn}`,
          );
          assert.deepEqual(
            events.map((e) => e.id),
            EXPECTED_EVENTS.map((_, n) => n + 1),
          );
          const keys = svc.fn.callsOf(arn).map((c) => c.idempotencyKey);
          assert.deepEqual(keys, [`${arn}/A/0`, `${arn}/B/0`, `${arn}/C/0`], `calls of ${arn}`);
        }),
      );
    }

    const invocations = svc.pools.map((p) => p.invocations);
    assert.equal(
      invocations.reduce((a, b) => a + b, 0),
      EXECUTIONS * 3,
    );
    const working = invocations.filter((n) => n > 0).length;
    assert.ok(working > 1, `only one pool did work: ${invocations.join(', ')}`);
    t.diagnostic(`task invocations per pool: ${invocations.join(', ')}`);
  } finally {
    await svc.close();
  }
});
