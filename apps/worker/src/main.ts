// `npm run worker`: a worker process against the PostgreSQL server in DATABASE_URL. Run as many as
// you like; they coordinate through the database only. SIGTERM/SIGINT drain and exit cleanly.
import { readConfig } from './config.js';
import { openDatabase } from './db/open-database.js';
import { createInvokerFor } from './worker/invoker-for-config.js';
import { startWorkerPool } from './worker/worker-pool.js';

const config = readConfig();
if (!config.databaseUrl) {
  console.error('npm run worker needs DATABASE_URL (a PostgreSQL server shared with the API).');
  process.exit(2);
}
const db = await openDatabase({
  url: config.databaseUrl,
  poolSize: Math.min(20, config.workerConcurrency + 2),
});
const pool = await startWorkerPool({
  db,
  listenUrl: config.databaseUrl,
  invoke: createInvokerFor(db, config),
  concurrency: config.workerConcurrency,
  leaseSeconds: config.leaseSeconds,
  stepHoldMs: config.stepHoldMs,
});
console.log(`durastep worker ${pool.owner} running (concurrency ${config.workerConcurrency})`);

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`durastep worker: ${signal}, draining`);
  await pool.stop();
  await db.destroy();
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
