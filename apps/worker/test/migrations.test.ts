import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase } from './support/test-database.js';

test('migrations create the schema from empty, and running them again changes nothing', async () => {
  const t = await createTestDatabase();
  try {
    const tables = await t.db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    assert.deepEqual(
      tables.map((r: { table_name: string }) => r.table_name),
      [
        'execution_inbox',
        'execution_steps',
        'executions',
        'functions',
        'migrations',
        'state_machines',
        'task_invocations',
      ],
    );
    assert.deepEqual(await t.db.runMigrations(), []);
  } finally {
    await t.drop();
  }
});
