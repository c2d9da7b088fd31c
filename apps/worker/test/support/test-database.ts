import { randomBytes } from 'node:crypto';
import net from 'node:net';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../../src/db/open-database.js';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres.js';

export type TestDatabase = {
  url: string;
  db: DataSource;
  kind: 'server' | 'embedded';
  drop(): Promise<void>;
};

const SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    s.setTimeout(500);
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
    s.once('timeout', () => (s.destroy(), resolve(false)));
  });
}

/**
 * A scratch database for one test file: TEST_DATABASE_URL when set, else a new database on the
 * PostgreSQL server at 127.0.0.1:5432 when one answers, else an embedded PGlite. Migrated.
 */
export async function createTestDatabase(poolSize = 10): Promise<TestDatabase> {
  // TEST_DATABASE=embedded forces PGlite (to check that the suite passes without a server).
  const forceEmbedded = process.env.TEST_DATABASE === 'embedded';
  const base = forceEmbedded
    ? undefined
    : (process.env.TEST_DATABASE_URL ?? ((await answers('127.0.0.1', 5432)) ? SERVER : undefined));
  if (!base) {
    const embedded = await startEmbeddedPostgres();
    const db = await openDatabase({ url: embedded.url, poolSize: 1 });
    return {
      url: embedded.url,
      db,
      kind: 'embedded',
      drop: async () => (await db.destroy(), await embedded.stop()),
    };
  }
  const name = `durastep_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString(), poolSize });
  return {
    url: url.toString(),
    db,
    kind: 'server',
    drop: async () => {
      await db.destroy();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
