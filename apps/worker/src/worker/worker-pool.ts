import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { sqlOf } from '../db/sql.js';
import { WORK_CHANNEL } from '../engine/inbox.js';
import { claimExecution, type ClaimedExecution } from './claim.js';
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
 * Claims executions with work (FOR UPDATE SKIP LOCKED) and drives up to `concurrency` of them at
 * once, each to idle. When nothing is claimable the claimer sleeps until a NOTIFY on
 * durastep_work or the poll interval. `stop()`
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

  // One claimer per pool (not one per slot): an idle pool costs one query per poll interval.
  // It claims while fewer than `concurrency` executions run; a finished one frees a place.
  const concurrency = o.concurrency ?? 16;
  const running = new Set<Promise<void>>();
  let claims = 0;
  const drive = async (claimOwner: string, claimed: ClaimedExecution) => {
    try {
      const actor = new ExecutionActor(claimed, {
        sql,
        owner: claimOwner,
        leaseSeconds,
        invoke: o.invoke,
        pollMs: Math.max(pollMs, 250),
      });
      await actor.run();
    } catch (e) {
      if (!stopping)
        log(`execution ${claimed.arn} failed in this worker (it is retried when its lease expires)`, e);
    }
  };
  const claimer = (async () => {
    while (!stopping) {
      if (running.size >= concurrency) {
        await Promise.race(running);
        continue;
      }
      try {
        // Each claim has its own owner token: a stale actor (its lease expired and was taken over,
        // even by this same process) can then neither write, renew nor release.
        const claimOwner = `${owner}#${++claims}`;
        const claimed = await claimExecution(sql, claimOwner, leaseSeconds);
        if (!claimed) {
          await sleep(pollMs);
          continue;
        }
        const job: Promise<void> = drive(claimOwner, claimed).finally(() => running.delete(job));
        running.add(job);
      } catch (e) {
        if (stopping) break;
        log('claim failed', e);
        await sleep(pollMs);
      }
    }
  })();

  return {
    owner,
    async stop() {
      stopping = true;
      wakeAll();
      await claimer;
      await Promise.allSettled([...running]);
      await listener?.end().catch(() => undefined);
    },
  };
}
