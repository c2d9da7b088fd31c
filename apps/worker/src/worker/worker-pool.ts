import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { sqlOf } from '../db/sql.js';
import { WORK_CHANNEL } from '../engine/inbox.js';
import { claimExecution } from './claim.js';
import { ExecutionActor } from './execution-actor.js';
import type { TaskInvoker } from './task-invoker.js';

export type WorkerPoolOptions = {
  db: DataSource;
  /** The same database's URL, for the LISTEN connection (omit to rely on polling alone). */
  listenUrl?: string;
  invoke: TaskInvoker;
  /** How many executions this process drives at once. */
  concurrency?: number;
  leaseSeconds?: number;
  /** Fallback poll interval when no notification arrives (also bounds timer latency). */
  pollMs?: number;
  log?: (message: string, error?: unknown) => void;
};

export type WorkerPool = { owner: string; stop(): Promise<void> };

/**
 * Starts `concurrency` slots that claim executions with work (FOR UPDATE SKIP LOCKED) and drive
 * each to idle. Idle slots sleep until a NOTIFY on durastep_work or the poll interval. `stop()`
 * drains: no new claims, in-flight executions finish their current work, then it resolves.
 */
export async function startWorkerPool(o: WorkerPoolOptions): Promise<WorkerPool> {
  const sql = sqlOf(o.db);
  const owner = `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
  const leaseSeconds = o.leaseSeconds ?? 30;
  const pollMs = o.pollMs ?? 500;
  const log = o.log ?? ((m: string, e?: unknown) => console.error(`[worker ${owner}] ${m}`, e ?? ''));
  let stopping = false;
  const sleepers = new Set<() => void>();
  const wakeAll = () => {
    for (const wake of sleepers) wake();
    sleepers.clear();
  };

  let listener: pg.Client | undefined;
  if (o.listenUrl) {
    listener = new pg.Client({ connectionString: o.listenUrl });
    listener.on('error', (e) => log('LISTEN connection failed; polling only', e));
    try {
      await listener.connect();
      await listener.query(`LISTEN ${WORK_CHANNEL}`);
      listener.on('notification', wakeAll);
    } catch (e) {
      log('LISTEN unavailable; polling only', e);
      listener = undefined;
    }
  }

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      sleepers.add(done);
    });

  const slot = async () => {
    while (!stopping) {
      try {
        const claimed = await claimExecution(sql, owner, leaseSeconds);
        if (!claimed) {
          await sleep(pollMs);
          continue;
        }
        await new ExecutionActor(claimed, {
          sql,
          owner,
          leaseSeconds,
          invoke: o.invoke,
          pollMs: Math.max(pollMs, 250),
        }).run();
      } catch (e) {
        if (stopping) return;
        log('slot error (the execution will be retried when its lease expires)', e);
        await sleep(pollMs);
      }
    }
  };
  const slots = Array.from({ length: o.concurrency ?? 16 }, slot);

  return {
    owner,
    async stop() {
      stopping = true;
      wakeAll();
      await Promise.allSettled(slots);
      await listener?.end().catch(() => undefined);
    },
  };
}
