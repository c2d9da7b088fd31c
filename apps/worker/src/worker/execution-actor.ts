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
import { LeaseLost, persistStepQuery, type StepQuery } from './persist-step.js';
import { StepChain, type StepBatcher } from './step-batcher.js';
import { TaskCancellation } from './task-cancellation.js';
import type { TaskInvoker } from './task-invoker.js';

type InvokeTask = Extract<Command, { type: 'InvokeTask' }>;
type Applied = { inputs: ExecutionEvent[]; events: HistoryEvent[]; commands: Command[] };
/** What a journal row records of one or more consecutive steps. */
type StepParts = { inputs: ExecutionEvent[]; events: HistoryEvent[]; inboxIds: string[] };
export type ActorOptions = {
  sql: Sql;
  owner: string;
  leaseSeconds: number;
  invoke: TaskInvoker;
  pollMs: number;
  /** Group commit of plain steps, shared by the pool's actors. */
  steps: StepBatcher;
  /**
   * How long a step that needs nothing after its commit may be held back to share its journal row
   * with the steps that follow (default DEFAULT_STEP_HOLD_MS; 0 writes each step at once; see
   * ExecutionActor).
   */
  holdMs?: number;
};

/** See ActorOptions.holdMs: on W1 (`npm run bench`), 2 → 20 ms took 10–25% of the service CPU per step. */
export const DEFAULT_STEP_HOLD_MS = 20;
/** Held steps go to the journal once they hold this many events, so that a burst never makes one huge row. */
const MAX_HELD_EVENTS = 256;
const UNIQUE_VIOLATION = '23505';
const startsRequestResponseTask = (c: Command) => c.type === 'InvokeTask' && !c.taskToken;

/**
 * Drives one leased execution until it has nothing left to do: applies inbox rows and task results
 * through `advance`, commits each batch as one journal row, performs the tasks it starts (outside the
 * transaction) and continues with their results itself instead of re-queuing every step. The state
 * lives in memory; the execution row gets a snapshot only when the actor goes idle, and a successor
 * rebuilds the state by replaying the journal rows after that snapshot.
 *
 * A step that only records task results and starts request-response tasks does not wait for its
 * commit: the next answer is applied while it commits (the group commit writes one actor's steps in
 * order, and none after one that failed). A step that must act after its commit (give the lease
 * back, end the execution, start a callback task or a timer) waits for it; one written by its own
 * statement, outside the group commit, first waits until every earlier step is written.
 *
 * Such a step is also held back for up to `holdMs`, and the steps of this execution that follow in
 * that time join it in one journal row: one compression, one row and its index entries for several
 * steps (W1: a row per ~3 steps; one execution at a time, a ten-step execution writes 1–2 rows
 * instead of 11). A crash loses nothing that was promised: a step not yet written is redone by the
 * successor, whose calls carry the same idempotency keys. The price: the stored history of a running
 * execution is up to `holdMs` behind, and a crash repeats the calls of that time.
 */
export class ExecutionActor {
  private readonly def: Definition;
  private state: ExecutionState | undefined;
  /** The last journal row's seq. */
  private seq: number;
  /** The seq of the snapshot on the execution row, and the status written there. */
  private snapshotSeq: number;
  private rowStatus: string;
  private readonly results: { event: ExecutionEvent; taskId: string }[] = [];
  private readonly inflight = new Map<string, TaskCancellation>();
  /** Request-response tasks started before this actor took over and never answered. */
  private readonly orphaned: InvokeTask[];
  private wake?: () => void;
  private checkInbox = true;
  /** Ids of the inbox rows applied by steps not yet known written (see `untaken`). */
  private readonly taken = new Set<string>();
  private released = false;
  /** Set when a release found new work or lost the lease: the next idle flush must check the lease. */
  private mustRenew = false;
  private leaseRenewedAt = Date.now();
  /** When this actor's timers fire (cancelled ones too: they only cost a read), earliest first read. */
  private readonly timerFireTimes: number[] = [];
  private nextTimerAt = Infinity;
  /** Plain steps handed to the group commit and not yet known written (see `flush`). */
  private readonly chain = new StepChain();
  private unwritten: Promise<void> = Promise.resolve();
  /** Why a step handed in earlier was not written: this actor must stop. */
  private failure: unknown;
  /** Steps held back to share one journal row (see `flush`), and when they go at the latest. */
  private held: StepParts | undefined;
  private holdTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly holdMs: number;

  constructor(
    private readonly claimed: ClaimedExecution,
    private readonly o: ActorOptions,
  ) {
    this.holdMs = o.holdMs ?? DEFAULT_STEP_HOLD_MS;
    this.def = compiledDefinition(claimed.definition);
    this.state = claimed.state ?? undefined;
    this.seq = claimed.version;
    this.snapshotSeq = claimed.version;
    this.rowStatus = claimed.status;
    this.orphaned = this.replay();
    // A start handed over in-process brings its ExecutionStarted row: no need to read the inbox.
    if (claimed.preloadedInbox) this.checkInbox = false;
  }

  /** Rebuilds the state from the journal rows after the snapshot; returns the tasks left unanswered. */
  private replay(): InvokeTask[] {
    const unanswered = new Map<string, InvokeTask>();
    for (const t of this.claimed.legacyPendingTasks) unanswered.set(t.taskId, t);
    for (const step of this.claimed.steps) {
      for (const input of step.i) {
        if (input.type === 'TaskSucceeded' || input.type === 'TaskFailed') unanswered.delete(input.taskId);
        const next = advance(this.def, this.state, input);
        this.state = next.state;
        for (const c of next.commands) {
          if (c.type === 'InvokeTask' && !c.taskToken) unanswered.set(c.taskId, c);
          else if (c.type === 'CancelTask') unanswered.delete(c.taskId);
          else if (c.type === 'StartTimer') this.timerStarted(c.fireAt);
        }
      }
      this.seq += 1;
    }
    return [...unanswered.values(), ...this.claimed.pendingCallbackTasks];
  }

  /** Runs until idle (lease released) or the lease is lost. */
  async run(): Promise<void> {
    for (const t of this.orphaned) this.perform(t);
    const poll = setInterval(() => this.poke(true), this.o.pollMs);
    try {
      for (;;) {
        await this.flush();
        if (this.released) return;
        if (this.inflight.size === 0 && this.results.length === 0) {
          this.handInHeld();
          await this.allWritten();
          if (this.results.length > 0) continue;
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
      this.stopHoldTimer();
      this.held = undefined; // not written: a successor redoes these steps
      await this.unwritten; // never rejects: a failure is kept in this.failure
    }
  }

  /** Waits until every step handed to the group commit is written; throws if one was not. */
  private async allWritten(): Promise<void> {
    await this.unwritten;
    if (this.failure !== undefined) throw this.failure;
  }

  private poke(inbox: boolean): void {
    if (inbox) this.checkInbox = true;
    this.wake?.();
    this.wake = undefined;
  }

  /**
   * The inbox rows not yet applied. A row stays in the inbox until the step that applied it is
   * written (held back, or in the group commit), so a read meanwhile (the poll, a wake-up) finds it
   * again: applying it twice would be a bug (a second ExecutionStarted) or a duplicate input. A taken
   * row missing from a read was deleted with its step: forget it.
   */
  private untaken<R extends { id: string }>(rows: R[]): R[] {
    if (this.taken.size === 0) return rows;
    const present = new Set(rows.map((r) => String(r.id)));
    for (const id of this.taken) if (!present.has(id)) this.taken.delete(id);
    return rows.filter((r) => !this.taken.has(String(r.id)));
  }

  private timerStarted(fireAt: number): void {
    this.timerFireTimes.push(fireAt);
    this.nextTimerAt = Math.min(this.nextTimerAt, fireAt);
  }

  /** The inbox is read for the timers due by `now`: the next read is for the next timer. */
  private timersRead(now: number): void {
    let next = Infinity;
    let kept = 0;
    for (const at of this.timerFireTimes)
      if (at > now) {
        this.timerFireTimes[kept++] = at;
        next = Math.min(next, at);
      }
    this.timerFireTimes.length = kept;
    this.nextTimerAt = next;
  }

  private leaseDue(): boolean {
    return Date.now() - this.leaseRenewedAt >= (this.o.leaseSeconds * 1000) / 3;
  }

  private async renewLease(): Promise<void> {
    const renewed = await this.o.sql.affected(
      `UPDATE executions SET lease_until = now() + make_interval(secs => $2) WHERE id = $1 AND lease_owner = $3`,
      [this.claimed.id, this.o.leaseSeconds, this.o.owner],
      'durastep_renew_lease',
    );
    if (renewed !== 1) throw new LeaseLost(this.claimed.id);
    this.leaseRenewedAt = Date.now();
  }

  private async flush(): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    if (this.leaseDue()) await this.renewLease();
    const results = this.results.splice(0);
    const flushAt = Date.now();
    const timerDue = this.nextTimerAt <= flushAt;
    const readInbox = this.checkInbox || timerDue;
    this.checkInbox = false;
    if (timerDue) this.timersRead(flushAt);
    const id = this.claimed.id;
    const preloaded = this.claimed.preloadedInbox;
    this.claimed.preloadedInbox = undefined;
    const inbox = preloaded
      ? preloaded
      : readInbox
        ? this.untaken(
            await this.o.sql.query<{ id: string; event: ExecutionEvent }>(
              `SELECT id, event FROM execution_inbox WHERE execution_id = $1 AND due_at <= now() ORDER BY id`,
              [id],
              'durastep_read_inbox',
            ),
          )
        : [];
    for (const row of inbox) this.taken.add(String(row.id));
    if (inbox.length === 0 && results.length === 0) {
      if (this.mustRenew) {
        this.mustRenew = false;
        await this.renewLease();
      }
      return;
    }
    const applied: Applied = { inputs: [], events: [], commands: [] };
    const now = Date.now();
    // Two plain loops (inbox rows come in several object shapes: a spread of both lists made V8
    // throw away and recompile this hot function).
    for (let k = 0; k < inbox.length; k++) this.apply(inbox[k].event, now, applied);
    for (let k = 0; k < results.length; k++) this.apply(results[k].event, now, applied);
    const { inputs, events, commands } = applied;
    if (!this.state) throw new Error(`bug: execution ${id} has inputs but never started`);
    const finishedCallbacks: string[] = [];
    for (const e of inbox)
      if (e.event.type === 'TaskSucceeded' || e.event.type === 'TaskFailed')
        finishedCallbacks.push(e.event.taskId);
    // Request-response calls go out first, while the step is encoded and commits: a call is at least
    // once anyway (a crash before the commit makes the next worker call again, with the same
    // Idempotency-Key), and its answer is applied only after this commit, by the next step. Callback
    // tasks wait for the commit: their token must be findable when the callback arrives.
    for (const c of commands) if (c.type === 'InvokeTask' && !c.taskToken) this.perform(c);
    const status = this.state.status;
    // Ended with nothing in flight: the lease goes back in the same statement.
    const release = status !== 'RUNNING' && this.inflight.size === 0 && this.results.length === 0;
    const rowChanges = status !== this.rowStatus || release;
    // Steps held back go first, in the same journal row.
    const held = this.held;
    this.held = undefined;
    const parts: StepParts = held
      ? {
          inputs: held.inputs.concat(inputs),
          events: held.events.concat(events),
          inboxIds: held.inboxIds.concat(inbox.map((r) => r.id)),
        }
      : { inputs, events, inboxIds: inbox.map((r) => r.id) };
    if (!rowChanges && finishedCallbacks.length === 0 && commands.every(startsRequestResponseTask)) {
      // Nothing to do after its commit: hold it back, for the steps that follow to share its row.
      // (Under load too: handing it in at once to join a queued batch was measured slower, as each
      // row costs a compression, index entries and WAL.)
      if (this.holdMs > 0 && parts.events.length < MAX_HELD_EVENTS) this.hold(parts);
      else this.handIn(parts);
      return;
    }
    this.stopHoldTimer();
    const query = persistStepQuery({
      executionId: id,
      owner: this.o.owner,
      seq: this.seq + 1,
      ...parts,
      commands,
      finishedTaskIds: finishedCallbacks,
      row: rowChanges ? { state: this.state, release, leaseSeconds: this.o.leaseSeconds } : undefined,
    });
    // advance() changed this.state in place: if the write does not happen, this actor must die.
    if (query.plain) {
      // The group commit writes this actor's steps in order: no need to wait for the earlier ones.
      if (!(await this.o.steps.write(query.plain, this.chain))) throw this.failure ?? new LeaseLost(id);
    } else {
      await this.allWritten();
      if (!(await this.write(query))) throw new LeaseLost(id);
    }
    this.seq += 1;
    if (rowChanges) {
      this.rowStatus = status;
      this.leaseRenewedAt = Date.now();
    }
    this.released = release;
    for (const c of commands) this.afterCommit(c);
  }

  private hold(parts: StepParts): void {
    this.held = parts;
    // The deadline is the first held step's: a stream of quick steps still reaches the journal.
    this.holdTimer ??= setTimeout(() => {
      this.holdTimer = undefined;
      this.handInHeld();
    }, this.holdMs);
  }

  private stopHoldTimer(): void {
    clearTimeout(this.holdTimer);
    this.holdTimer = undefined;
  }

  private handInHeld(): void {
    const held = this.held;
    this.held = undefined;
    if (held) this.handIn(held);
    else this.stopHoldTimer();
  }

  /** Hands steps that need nothing after their commit to the group commit, without waiting. */
  private handIn(parts: StepParts): void {
    this.stopHoldTimer();
    const id = this.claimed.id;
    const query = persistStepQuery({
      executionId: id,
      owner: this.o.owner,
      seq: this.seq + 1,
      ...parts,
      commands: [],
      finishedTaskIds: [],
    });
    if (!query.plain) throw new Error('bug: a step handed in without waiting needs its own statement');
    this.seq += 1;
    this.unwritten = this.o.steps.write(query.plain, this.chain).then(
      (ok) => this.failed(ok ? undefined : new LeaseLost(id)),
      (e: unknown) => this.failed(e),
    );
  }

  /** Applies one input through the executor, collecting what it produced. */
  private apply(input: ExecutionEvent, now: number, into: Applied): void {
    const event = input.type === 'TimerFired' ? { ...input, at: Math.max(now, input.at) } : input;
    if (!this.state && event.type !== 'ExecutionStarted') return;
    if (this.state && event.type === 'ExecutionStarted') return; // a duplicate start is stale
    const step = advance(this.def, this.state, event);
    this.state = step.state;
    into.inputs.push(event);
    for (const e of step.events) into.events.push(e);
    for (const c of step.commands) into.commands.push(c);
  }

  private failed(e: unknown): void {
    if (e === undefined || this.failure !== undefined) return;
    this.failure = e;
    this.poke(false);
  }

  /** False when the lease is gone or another worker took over and wrote this step first. */
  private async write(query: Extract<StepQuery, { name: string }>): Promise<boolean> {
    try {
      const rows = await this.o.sql.query<{ written: number }>(query.text, query.values, query.name);
      return rows[0]?.written === 1;
    } catch (e) {
      if ((e as { code?: string }).code === UNIQUE_VIOLATION) return false;
      throw e;
    }
  }

  private afterCommit(c: Command): void {
    if (c.type === 'InvokeTask') {
      if (c.taskToken) this.perform(c);
    } else if (c.type === 'CancelTask') {
      this.inflight.get(c.taskId)?.abort();
      this.inflight.delete(c.taskId);
    } else if (c.type === 'StartTimer') this.timerStarted(c.fireAt);
  }

  private perform(command: InvokeTask): void {
    const controller = new TaskCancellation();
    this.inflight.set(command.taskId, controller);
    void this.o.invoke({ command, executionArn: this.claimed.arn, signal: controller }).then((outcome) => {
      if (this.inflight.get(command.taskId) !== controller) return; // cancelled meanwhile
      if (outcome === 'waiting') {
        // Invoked: from now on a callback (task token) answers through the inbox; never re-invoke.
        void this.o.sql
          .query(`UPDATE task_invocations SET status = 'waiting' WHERE execution_id = $1 AND task_id = $2`, [
            this.claimed.id,
            command.taskId,
          ])
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

  /**
   * Gives the lease back unless new work is due (checked in the same statement), leaving a snapshot
   * of the state so that the next worker does not replay this actor's steps.
   */
  private async release(): Promise<boolean> {
    const snapshot = this.state && this.seq !== this.snapshotSeq ? JSON.stringify(this.state) : null;
    const released = await this.o.sql.affected(
      `UPDATE executions SET lease_owner = NULL, lease_until = NULL,
         state = COALESCE($3::json, state), version = $4, pending_tasks = '{}'::jsonb
       WHERE id = $1 AND lease_owner = $2
         AND NOT EXISTS (SELECT 1 FROM execution_inbox WHERE execution_id = $1 AND due_at <= now())`,
      [this.claimed.id, this.o.owner, snapshot, this.seq],
      'durastep_release',
    );
    if (released === 1) {
      this.snapshotSeq = this.seq;
      return true;
    }
    // Work arrived meanwhile, or the lease is gone: the next flush reads the inbox and re-checks the
    // lease (a lost lease ends this actor instead of retrying the release forever).
    this.checkInbox = true;
    this.mustRenew = true;
    return false;
  }
}
