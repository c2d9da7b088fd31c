import type { Definition, Json } from '@durastep/state-language';
import {
  advance,
  type Command,
  type ExecutionEvent,
  type ExecutionIdentity,
  type ExecutionState,
  type HistoryEvent,
  type Step,
  type TaskOutcome,
} from '../../src/index.js';
import type { ScriptedTasks } from './scripted-tasks.js';

type Invoke = Extract<Command, { type: 'InvokeTask' }>;

/**
 * Drives `advance` by hand, the way the worker does: it records every input event (for replay),
 * keeps the outstanding tasks and timers from the commands, and can answer tasks from a script
 * synchronously (tasks take no virtual time; timers fire in virtual time when nothing else can
 * happen). Unlike runInMemory it can continue a finished execution (RedriveRequested) and inject
 * StopRequested / TaskHeartbeat.
 */
export class StepDriver {
  state: ExecutionState | undefined;
  readonly inputs: ExecutionEvent[] = [];
  readonly history: HistoryEvent[] = [];
  /** Outstanding tasks by id (invoked, not answered, not cancelled). */
  readonly tasks = new Map<string, Invoke>();
  /** Outstanding timers: id → fireAt. */
  readonly timers = new Map<string, number>();
  /** The most tasks outstanding at once (reset it to measure a phase). */
  peakTasks = 0;
  /** Every task ever invoked, for naming ids in reports. */
  readonly invoked = new Map<string, Invoke>();
  /** Answers taken from the script when the task was invoked (runInMemory's order), not yet applied. */
  private readonly answers = new Map<string, TaskOutcome>();

  constructor(
    readonly def: Definition,
    public now: number,
    private readonly script?: ScriptedTasks,
    state?: ExecutionState,
  ) {
    this.state = state;
  }

  start(input: Json, execution: ExecutionIdentity, seed: string): Step {
    return this.apply({ type: 'ExecutionStarted', at: this.now, input, execution, seed });
  }

  apply(event: ExecutionEvent): Step {
    this.inputs.push(structuredClone(event));
    if (event.at > this.now) this.now = event.at;
    const step = advance(this.def, this.state, event);
    this.state = step.state;
    this.history.push(...step.events);
    for (const c of step.commands) this.perform(c);
    return step;
  }

  /** Answers tasks (in invocation order) and fires due timers until the execution is no longer RUNNING. */
  runToEnd(limit = 100_000): void {
    for (let i = 0; this.state?.status === 'RUNNING'; i++) {
      if (i > limit) throw new Error('step driver: too many steps');
      const answered = [...this.answers.keys()].find((id) => this.tasks.has(id));
      if (answered !== undefined) {
        const o = this.answers.get(answered)!;
        this.answers.delete(answered);
        this.tasks.delete(answered);
        this.apply(
          o.ok
            ? { type: 'TaskSucceeded', at: this.now, taskId: answered, output: o.output }
            : { type: 'TaskFailed', at: this.now, taskId: answered, error: o.error, cause: o.cause },
        );
        continue;
      }
      const due = this.earliestTimer();
      if (!due) throw new Error('step driver: RUNNING with no answer and no timer to wait for');
      this.fireTimer(due);
    }
  }

  earliestTimer(purpose?: string): string | undefined {
    let best: [string, number] | undefined;
    for (const entry of this.timers) {
      if (purpose !== undefined && timerPurpose(entry[0]) !== purpose) continue;
      if (!best || entry[1] < best[1]) best = entry;
    }
    return best?.[0];
  }

  fireTimer(timerId: string): Step {
    const fireAt = this.timers.get(timerId)!;
    this.timers.delete(timerId);
    return this.apply({ type: 'TimerFired', at: Math.max(this.now, fireAt), timerId });
  }

  private perform(c: Command): void {
    switch (c.type) {
      case 'InvokeTask': {
        this.tasks.set(c.taskId, c);
        this.invoked.set(c.taskId, c);
        this.peakTasks = Math.max(this.peakTasks, this.tasks.size);
        if (!this.script) return;
        const taken = this.script.take(c);
        if (taken !== 'hang') this.answers.set(c.taskId, taken.outcome);
        return;
      }
      case 'CancelTask':
        this.tasks.delete(c.taskId);
        this.answers.delete(c.taskId);
        return;
      case 'StartTimer':
        this.timers.set(c.timerId, c.fireAt);
        return;
      case 'CancelTimer':
        this.timers.delete(c.timerId);
        return;
      case 'CompleteExecution':
        return;
    }
  }
}

/** Timer ids are `<run>:<purpose>:<n>`. */
export function timerPurpose(timerId: string): string {
  const parts = timerId.split(':');
  return parts[parts.length - 2] ?? timerId;
}

/** Replays recorded input events from nothing, persisting the state as JSON between steps (as the worker does). */
export function replay(
  def: Definition,
  inputs: readonly ExecutionEvent[],
): { state: ExecutionState; history: HistoryEvent[] } {
  let state: ExecutionState | undefined;
  const history: HistoryEvent[] = [];
  for (const event of inputs) {
    const step = advance(
      def,
      state && (JSON.parse(JSON.stringify(state)) as ExecutionState),
      structuredClone(event),
    );
    history.push(...step.events);
    state = step.state;
  }
  if (!state) throw new Error('replay: no events');
  return { state, history };
}
