import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EngineError } from '../src/engine/engine-error.js';
import { startExecution } from '../src/engine/execution-commands.js';
import { stateMachineArn } from '../src/engine/names.js';
import { createStateMachine, SCOPE } from './support/fixtures.js';
import { createTestDatabase } from './support/test-database.js';

const PASS = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };

test('concurrent starts are recorded together, each answered as it would be alone', async () => {
  const t = await createTestDatabase();
  try {
    const arn = await createStateMachine(t.db, 'batched', PASS);
    const results = await Promise.allSettled([
      ...Array.from({ length: 20 }, (_, i) =>
        startExecution(t.db, SCOPE, { stateMachineArn: arn, name: `e${i}`, input: `{"i":${i},"a":1}` }),
      ),
      startExecution(t.db, SCOPE, { stateMachineArn: arn, name: 'same', input: '{}' }),
      startExecution(t.db, SCOPE, { stateMachineArn: arn, name: 'same', input: '{}' }), // idempotent
      startExecution(t.db, SCOPE, { stateMachineArn: arn, name: 'same', input: '{"x":1}' }), // other input
      startExecution(t.db, SCOPE, { stateMachineArn: stateMachineArn(SCOPE, 'missing'), name: 'm' }),
    ]);
    const values = results.map((r) => (r.status === 'fulfilled' ? r.value : r.reason));
    for (let i = 0; i < 20; i++) assert.equal(values[i].existing, false);
    assert.equal(values[20].existing || values[21].existing, true, 'one of the two same starts created it');
    assert.equal(values[20].executionArn, values[21].executionArn);
    assert.ok(values[22] instanceof EngineError && values[22].code === 'ExecutionAlreadyExists');
    assert.ok(values[23] instanceof EngineError && values[23].code === 'StateMachineDoesNotExist');
    const rows = await t.db.query(
      `SELECT e.name, e.input, i.event::text AS event FROM executions e JOIN execution_inbox i ON i.execution_id = e.id
       WHERE e.name LIKE 'e%' ORDER BY e.id`,
    );
    assert.equal(rows.length, 20);
    for (const row of rows) {
      const event = JSON.parse(row.event);
      assert.equal(event.type, 'ExecutionStarted');
      assert.equal(event.execution.name, row.name);
      // the input keeps the caller's text and key order
      assert.ok(row.event.includes(`"input" : ${row.input}`) || row.event.includes(`"input": ${row.input}`));
    }
  } finally {
    await t.drop();
  }
});

test('a lone start (its own statement) is answered as in a batch, and queues the same event', async () => {
  const t = await createTestDatabase();
  try {
    const arn = await createStateMachine(t.db, 'lone', PASS);
    const first = await startExecution(t.db, SCOPE, {
      stateMachineArn: arn,
      name: 'one',
      input: '{"z":1,"a":[2]}',
    });
    assert.equal(first.existing, false);
    const again = await startExecution(t.db, SCOPE, {
      stateMachineArn: arn,
      name: 'one',
      input: '{"z":1,"a":[2]}',
    });
    assert.deepEqual([again.existing, again.executionArn], [true, first.executionArn]);
    await assert.rejects(
      startExecution(t.db, SCOPE, { stateMachineArn: arn, name: 'one', input: '{}' }),
      (e: unknown) => e instanceof EngineError && e.code === 'ExecutionAlreadyExists',
    );
    await assert.rejects(
      startExecution(t.db, SCOPE, { stateMachineArn: stateMachineArn(SCOPE, 'missing'), name: 'm' }),
      (e: unknown) => e instanceof EngineError && e.code === 'StateMachineDoesNotExist',
    );
    const [row] = await t.db.query(
      `SELECT e.status, e.input, e.lease_owner, i.event::text AS event
       FROM executions e JOIN execution_inbox i ON i.execution_id = e.id WHERE e.name = 'one'`,
    );
    assert.equal(row.status, 'RUNNING');
    assert.equal(row.lease_owner, null, 'no pool took it over: it waits in the inbox');
    const event = JSON.parse(row.event);
    assert.deepEqual(Object.keys(event), ['type', 'at', 'input', 'seed', 'execution']);
    assert.deepEqual(event.input, { z: 1, a: [2] });
    assert.deepEqual(Object.keys(event.input), ['z', 'a'], 'the input keeps its key order');
    assert.equal(event.at, first.startDate.getTime());
    assert.deepEqual(event.execution, {
      executionArn: first.executionArn,
      name: 'one',
      stateMachineArn: arn,
      stateMachineName: 'lone',
      roleArn: event.execution.roleArn,
      region: SCOPE.region,
      account: SCOPE.account,
    });
  } finally {
    await t.drop();
  }
});
