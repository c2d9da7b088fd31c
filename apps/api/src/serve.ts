// `npm start`: the whole service in one process — HTTP API (AWS protocol, REST, OpenAPI), the
// console, and in-process worker pools — on PostgreSQL at DATABASE_URL, or on an embedded PGlite
// database kept under DATA_DIR (./data) when DATABASE_URL is not set.
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  createInvokerFor,
  handoffTo,
  openDatabase,
  readConfig,
  startEmbeddedPostgres,
  startWorkerPool,
  type WorkerPool,
} from '@durastep/worker';
import { createApp } from './main.js';

const config = readConfig();
const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres(resolve(config.dataDir, 'pg'));
const url = config.databaseUrl ?? embedded!.url;
const db = await openDatabase({ url, poolSize: embedded ? 1 : 20 });

const consoleDir = [
  resolve(import.meta.dirname, '../../console/dist'),
  resolve(import.meta.dirname, '../apps/console/dist'),
].find((d) => existsSync(resolve(d, 'index.html')));
const pools: WorkerPool[] = [];
const api = await createApp({
  db,
  handoff: handoffTo(pools),
  region: config.region,
  account: config.account,
  port: config.port,
  configure: (app: NestExpressApplication) => {
    if (consoleDir) app.useStaticAssets(consoleDir, { index: 'index.html' });
  },
});

for (let i = 0; i < config.workers; i++) {
  pools.push(
    await startWorkerPool({
      db,
      // PGlite serves one connection: no LISTEN there, a short poll instead.
      listenUrl: embedded ? undefined : url,
      pollMs: embedded ? 100 : 500,
      invoke: createInvokerFor(db, config),
      concurrency: config.workerConcurrency,
      leaseSeconds: config.leaseSeconds,
      stepHoldMs: config.stepHoldMs,
    }),
  );
}

console.log(
  `durastep listening on ${api.url} (${embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL at DATABASE_URL'}, ` +
    `${config.workers} worker pool(s) × ${config.workerConcurrency}${consoleDir ? ', console at /' : ''})`,
);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`durastep: ${signal}, draining`);
  await Promise.all(pools.map((p) => p.stop()));
  await api.close();
  await db.destroy();
  await embedded?.stop();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
