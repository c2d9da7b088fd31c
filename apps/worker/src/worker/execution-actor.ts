import {
  advance,
  type Command,
  type ExecutionEvent,
  type ExecutionState,
  type HistoryEvent,
} from '@durastep/executor';
import type { Definition } from '@durastep/state-language';
import type { Sql } from '../db/sql.js';
import type { ClaimedExecution } from './claim.js';
import { compiledDefinition } from './definition-cache.js';
import { LeaseLost, persistStepQuery } from './persist-step.js';
import type { TaskInvoker } from './task-invoker.js';

type InvokeTask = Extract<Command, { type: 'InvokeTask' }>;
export type ActorOptions = {
  sql: Sql;
  owner: string;
  leaseSeconds: number;
  invoke: TaskInvoker;
  pollMs: number;
};

/**
 * Drives one leased execution until it has nothing left to do: applies inbox rows and task results
 * through `advance`, commits each batch in one transaction, performs the tasks it starts (outside the
 * transaction) and continues with their results itself instead of re-queuing every step.
 */
export class ExecutionActor {
  private readonly def: Definition;
  private state: ExecutionState | undefined;
  private version: number;
  private readonly results: { event: ExecutionEvent; taskId: string }[] = [];
  private readonly inflight = new Map<string, AbortController>();
  private wake?: () => void;
  private checkInbox = true;
  private released = false;
  /** Set when a release found new work or lost the lease: the next idle flush must check the lease. */
  private mustRenew = false;
  private leaseRenewedAt = Date.now();
  private nextTimerAt = Infinity;
  /** Request-response tasks started and not yet answered, as persisted on the execution row. */
  private readonly pending: Record<string, InvokeTask>;

  constructor(
    private readonly claimed: ClaimedExecution,
    private readonly o: ActorOptions,
  ) {
    this.def = compiledDefinition(claimed.definition);
    this.state = claimed.state ?? undefined;
    this.version = claimed.version;
    this.pending = { ...claimed.pendingTasks };
  }

  /** Runs until idle (lease released) or the lease is lost. */
  async run(): Promise<void> {
    for (const t of this.claimed.orphanedTasks) this.perform(t.command as InvokeTask);
    const poll = setInterval(() => this.poke(true), this.o.pollMs);
    try {
      for (;;) {
        await this.flush();
        if (this.released) return;
        if (this.inflight.size === 0 && this.results.length === 0) {
          if (await this.release()) return;
          continue;
        }
        await new Promise<void>((resolve) => {
          this.wake = resolve;
          if (this.results.length > 0) resolve();
        });
      }
    } catch (e) {
      for (const c of this.inflight.values()) c.abort();
      if (!(e instanceof LeaseLost)) throw e;
    } finally {
      clearInterval(poll);
    }
  }

  private poke(inbox: boolean): void {
    if (inbox) this.checkInbox = true;
    if (inbox && this.nextTimerAt <= Date.now()) this.checkInbox = true;
    this.wake?.();
    this.wake = undefined;
  }

  private async flush(): Promise<void> {
    const results = this.results.splice(0);
    const readInbox = this.checkInbox || this.nextTimerAt <= Date.now();
    this.checkInbox = false;
    const id = this.claimed.id;
    const inbox = readInbox
      ? await this.o.sql.query<{ id: string; event: ExecutionEvent }>(
          `SELECT id, event FROM execution_inbox WHERE execution_id = $1 AND due_at <= now() ORDER BY id`,
          [id],
        )
      : [];
    if (inbox.length === 0 && results.length === 0) {
      // Every write renews the lease; an actor only waiting on slow tasks renews it at a third.
      if (!this.mustRenew && Date.now() - this.leaseRenewedAt < (this.o.leaseSeconds * 1000) / 3) return;
      this.mustRenew = false;
      const renewed = await this.o.sql.affected(
        `UPDATE executions SET lease_until = now() + make_interval(secs => $2) WHERE id = $1 AND lease_owner = $3`,
        [id, this.o.leaseSeconds, this.o.owner],
      );
      if (renewed !== 1) throw new LeaseLost(id);
      this.leaseRenewedAt = Date.now();
      return;
    }
    const events: HistoryEvent[] = [];
    const commands: Command[] = [];
    const now = Date.now();
    for (const input of [...inbox.map((r) => r.event), ...results.map((r) => r.event)]) {
      const event = input.type === 'TimerFired' ? { ...input, at: Math.max(now, input.at) } : input;
      if (!this.state && event.type !== 'ExecutionStarted') continue;
      if (this.state && event.type === 'ExecutionStarted') continue; // a duplicate start is stale
      const step = advance(this.def, this.state, event);
      this.state = step.state;
      for (const e of step.events) events.push(e);
      for (const c of step.commands) commands.push(c);
    }
    if (!this.state) throw new Error(`bug: execution ${id} has inputs but never started`);
    const finished = results.map((r) => r.taskId);
    for (const e of inbox)
      if (e.event.type === 'TaskSucceeded' || e.event.type === 'TaskFailed') finished.push(e.event.taskId);
    for (const taskId of finished) delete this.pending[taskId];
    for (const c of commands) {
      if (c.type === 'InvokeTask' && !c.taskToken) this.pending[c.taskId] = c;
      else if (c.type === 'CancelTask') delete this.pending[c.taskId];
    }
    // Ended with nothing in flight: the lease goes back in the same statement.
    const release = this.state.status !== 'RUNNING' && this.inflight.size === 0 && this.results.length === 0;
    const [text, params] = persistStepQuery({
      executionId: id,
      owner: this.o.owner,
      leaseSeconds: this.o.leaseSeconds,
      version: this.version,
      state: this.state,
      events,
      commands,
      inboxIds: inbox.map((r) => r.id),
      finishedTaskIds: finished,
      release,
      pendingTasks: this.pending,
    });
    // advance() changed this.state in place: if the write does not happen, this actor must die.
    if ((await this.o.sql.affected(text, params)) !== 1) throw new LeaseLost(id);
    this.version += 1;
    this.leaseRenewedAt = Date.now();
    this.released = release;
    for (const c of commands) this.afterCommit(c);
  }

  private afterCommit(c: Command): void {
    if (c.type === 'InvokeTask') this.perform(c);
    else if (c.type === 'CancelTask') {
      this.inflight.get(c.taskId)?.abort();
      this.inflight.delete(c.taskId);
    } else if (c.type === 'StartTimer') this.nextTimerAt = Math.min(this.nextTimerAt, c.fireAt);
  }

  private perform(command: InvokeTask): void {
    const controller = new AbortController();
    this.inflight.set(command.taskId, controller);
    void this.o
      .invoke({ command, executionArn: this.claimed.arn, signal: controller.signal })
      .then((outcome) => {
        if (this.inflight.get(command.taskId) !== controller) return; // cancelled meanwhile
        if (outcome === 'waiting') {
          // Invoked: from now on a callback (task token) answers through the inbox; never re-invoke.
          void this.o.sql
            .query(
              `UPDATE task_invocations SET status = 'waiting' WHERE execution_id = $1 AND task_id = $2`,
              [this.claimed.id, command.taskId],
            )
            .finally(() => {
              this.inflight.delete(command.taskId);
              this.poke(false);
            });
          return;
        }
        this.inflight.delete(command.taskId);
        const at = Date.now();
        const event: ExecutionEvent = outcome.ok
          ? { type: 'TaskSucceeded', at, taskId: command.taskId, output: outcome.output }
          : {
              type: 'TaskFailed',
              at,
              taskId: command.taskId,
              error: outcome.error,
              ...(outcome.cause !== undefined ? { cause: outcome.cause } : {}),
            };
        this.results.push({ event, taskId: command.taskId });
        this.poke(false);
      });
  }

  /** Gives the lease back unless new work is due (checked in the same statement). */
  private async release(): Promise<boolean> {
    const released = await this.o.sql.affected(
      `UPDATE executions SET lease_owner = NULL, lease_until = NULL
       WHERE id = $1 AND lease_owner = $2
         AND NOT EXISTS (SELECT 1 FROM execution_inbox WHERE execution_id = $1 AND due_at <= now())`,
      [this.claimed.id, this.o.owner],
    );
    if (released === 1) return true;
    // Work arrived meanwhile, or the lease is gone: the next flush reads the inbox and re-checks the
    // lease (a lost lease ends this actor instead of retrying the release forever).
    this.checkInbox = true;
    this.mustRenew = true;
    return false;
  }
}
