import type { DataSource, EntityManager } from 'typeorm';
import type { ExecutionEvent } from '@durastep/executor';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

export const WORK_CHANNEL = 'durastep_work';

/** Queues an input event for an execution; a future `dueAt` makes it a durable timer. */
export async function enqueue(
  db: Queryable,
  executionId: string,
  event: ExecutionEvent,
  dueAt?: Date,
  timerId?: string,
): Promise<void> {
  await db.query(
    `INSERT INTO execution_inbox (execution_id, event, due_at, timer_id) VALUES ($1, $2, COALESCE($3, now()), $4)`,
    [executionId, JSON.stringify(event), dueAt ?? null, timerId ?? null],
  );
}

/** Wakes idle workers (LISTEN durastep_work); they also poll slowly in case a notification is lost. */
export async function notifyWork(db: Queryable): Promise<void> {
  await db.query(`SELECT pg_notify('${WORK_CHANNEL}', '')`);
}

const pendingNotify = new WeakSet<object>();

/**
 * Coalesces wake-ups: many starts in the same tick send one NOTIFY, after their commits (a NOTIFY
 * inside each start's transaction would serialise the commits on PostgreSQL's notify queue lock).
 */
export function notifyWorkSoon(db: Queryable): void {
  if (pendingNotify.has(db)) return;
  pendingNotify.add(db);
  setImmediate(() => {
    pendingNotify.delete(db);
    notifyWork(db).catch(() => undefined); // workers also poll: a lost wake-up only adds latency
  });
}
