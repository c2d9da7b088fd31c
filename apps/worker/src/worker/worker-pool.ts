import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import pg from 'pg';
import type { ExecutionEvent } from '@durastep/executor';
import type { DataSource } from 'typeorm';
import { sqlOf } from '../db/sql.js';
import { WORK_CHANNEL } from '../engine/inbox.js';
import { claimExecution, type ClaimedExecution } from './claim.js';
import { ExecutionActor } from './execution-actor.js';
import { FailureBackoff } from './failure-backoff.js';
import { StepBatcher } from './step-batcher.js';
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
  /** How long a step may be held back to share a journal row with the next ones (ms; 0: never). */
  stepHoldMs?: number;
  log?: (message: string, error?: unknown) => void;
};

export type WorkerPool = StartHandoff & { owner: string; stop(): Promise<void> };

/** A just-started execution, leased to this pool in the statement that created it. */
export type AdoptedExecution = {
  id: string;
  arn: string;
  definition: string;
  /** Its ExecutionStarted inbox row, committed with it (so the actor does not read it back). */
  started: { inboxId: string; event: ExecutionEvent };
};

/**
 * How StartExecution hands a new execution to a worker pool in the same process: it reserves a
 * place (and gets the lease owner token to write with the execution), then adopts the execution
 * once created, or gives the place back. No claim query, no wake-up, no lease transaction.
 */
export type StartHandoff = {
  /** The lease the execution row starts with (the adopting pool's). */
  readonly leaseSeconds: number;
  reserve(): string | undefined;
  adopt(owner: string, execution: AdoptedExecution): void;
  unreserve(owner: string): void;
};

/** Hands off to `pools` (filled in later, when they start) in turn, skipping those without room. */
export function handoffTo(pools: readonly StartHandoff[]): StartHandoff {
  const byOwner = new Map<string, StartHandoff>();
  let turn = 0;
  return {
    get leaseSeconds() {
      return pools.length > 0 ? Math.max(...pools.map((p) => p.leaseSeconds)) : 30;
    },
    reserve() {
      for (let i = 0; i < pools.length; i++) {
        const pool = pools[turn++ % pools.length];
        const owner = pool.reserve();
        if (owner) {
          byOwner.set(owner, pool);
          return owner;
        }
      }
      return undefined;
    },
    adopt(owner, execution) {
      byOwner.get(owner)?.adopt(owner, execution);
      byOwner.delete(owner);
    },
    unreserve(owner) {
      byOwner.get(owner)?.unreserve(owner);
      byOwner.delete(owner);
    },
  };
}

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
  const steps = new StepBatcher(sql);
  const running = new Set<Promise<void>>();
  const reserved = new Set<string>();
  let claims = 0;
  const busy = () => running.size + reserved.size >= concurrency;
  const backoff = new FailureBackoff(leaseSeconds);
  const drive = async (claimOwner: string, claimed: ClaimedExecution) => {
    try {
      const actor = new ExecutionActor(claimed, {
        sql,
        owner: claimOwner,
        leaseSeconds,
        invoke: o.invoke,
        pollMs: Math.max(pollMs, 250),
        holdMs: o.stepHoldMs,
        steps,
      });
      await actor.run();
      backoff.succeeded(claimed.id);
    } catch (e) {
      if (stopping) return; // (a lost lease is no failure: the actor returns then)
      const { inARow, retryInSeconds } = backoff.failed(claimed.id);
      // The lease stays ours until the next attempt: longer each time it fails in a row.
      await sql
        .affected(
          `UPDATE executions SET lease_until = now() + make_interval(secs => $2) WHERE id = $1 AND lease_owner = $3`,
          [claimed.id, retryInSeconds, claimOwner],
        )
        .catch(() => 0);
      log(
        `execution ${claimed.arn} failed in this worker (${inARow} time(s) in a row; next attempt in ${retryInSeconds} s)`,
        e,
      );
    }
  };
  const launch = (claimOwner: string, claimed: ClaimedExecution) => {
    // No wake-up when it ends: a claimer at capacity waits on the running jobs, and one with room
    // found nothing to claim (new work wakes it through LISTEN or its poll).
    const job: Promise<void> = drive(claimOwner, claimed).finally(() => running.delete(job));
    running.add(job);
  };

  const claimer = (async () => {
    while (!stopping) {
      if (busy()) {
        await Promise.race([...running, sleep(pollMs)]);
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
        launch(claimOwner, claimed);
      } catch (e) {
        if (stopping) break;
        log('claim failed', e);
        await sleep(pollMs);
      }
    }
  })();

  return {
    owner,
    leaseSeconds,
    reserve() {
      if (stopping || busy()) return undefined;
      const claimOwner = `${owner}#${++claims}`;
      reserved.add(claimOwner);
      return claimOwner;
    },
    adopt(claimOwner, execution) {
      // A pool stopping meanwhile leaves it leased: another worker takes it over when the lease expires.
      if (!reserved.delete(claimOwner) || stopping) return;
      // Its ExecutionStarted input is in the inbox, committed with it: the actor reads it first.
      launch(claimOwner, {
        id: execution.id,
        arn: execution.arn,
        definition: execution.definition,
        preloadedInbox: [{ id: execution.started.inboxId, event: execution.started.event }],
        state: null,
        version: 0,
        status: 'RUNNING',
        steps: [],
        legacyPendingTasks: [],
        pendingCallbackTasks: [],
      });
    },
    unreserve(claimOwner) {
      reserved.delete(claimOwner);
    },
    async stop() {
      stopping = true;
      wakeAll();
      await claimer;
      await Promise.allSettled([...running]);
      await listener?.end().catch(() => undefined);
    },
  };
}
