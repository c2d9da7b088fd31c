import { parseDefinition, type Definition, type Json } from '@durastep/state-language';
import { advance, type Step } from '../advance.js';
import type { Command } from '../model/command.js';
import type { ExecutionIdentity } from '../model/execution-event.js';
import type { ExecutionState, ExecutionStatus } from '../model/execution-state.js';
import type { HistoryEvent } from '../model/history-event.js';
import { virtualClock, type Clock } from './clock.js';
import { findNonJson } from './json-value.js';
import { checkExecutionInput, checkTaskOutcome } from './boundary-checks.js';

export type TaskRequest = Extract<Command, { type: 'InvokeTask' }> & { executionArn: string };
export type TaskOutcome = { ok: true; output: Json } | { ok: false; error: string; cause?: string };
export type TaskHandler = (request: TaskRequest) => TaskOutcome | Promise<TaskOutcome>;

export type InMemoryOptions = {
  /** Handlers by exact Resource, or one handler for every resource. */
  tasks?: Readonly<Record<string, TaskHandler>> | TaskHandler;
  clock?: Clock;
  name?: string;
  stateMachineName?: string;
  roleArn?: string;
  region?: string;
  account?: string;
  seed?: string;
};

export type InMemoryResult = {
  status: ExecutionStatus;
  output?: Json;
  error?: string;
  cause?: string;
  events: HistoryEvent[];
  state: ExecutionState;
};

type Settled = { taskId: string; outcome: TaskOutcome };

/**
 * Runs a workflow to completion in memory: a virtual clock, pluggable task handlers, no database.
 * For tests and for "test run" (a workflow with mocked task responses, without deploying it).
 */
export async function runInMemory(
  definition: Definition | string | object,
  input: Json,
  options: InMemoryOptions = {},
): Promise<InMemoryResult> {
  const def = toDefinition(definition);
  checkExecutionInput(input);
  const clock = options.clock ?? virtualClock();
  const identity = identityOf(options);
  const first = advance(def, undefined, {
    type: 'ExecutionStarted',
    at: clock.now(),
    input,
    execution: identity,
    seed: options.seed ?? identity.executionArn,
  });
  // Fast path: a workflow that needs no task and no timer is finished after its first step.
  if (first.state.status !== 'RUNNING') return resultOf(first.state, first.events);

  const events: HistoryEvent[] = [];
  const timers = new Map<string, number>();
  const inflight = new Map<string, Promise<Settled>>();
  let state: ExecutionState | undefined;

  const apply = (step: Step) => {
    state = step.state;
    for (const e of step.events) events.push(e);
    for (const c of step.commands) perform(c);
  };
  const perform = (c: Command) => {
    switch (c.type) {
      case 'InvokeTask':
        inflight.set(
          c.taskId,
          invoke(options.tasks, { ...c, executionArn: identity.executionArn }).then((outcome) => ({
            taskId: c.taskId,
            outcome,
          })),
        );
        return;
      case 'CancelTask':
        inflight.delete(c.taskId);
        return;
      case 'StartTimer':
        timers.set(c.timerId, c.fireAt);
        return;
      case 'CancelTimer':
        timers.delete(c.timerId);
        return;
      case 'CompleteExecution':
        return;
    }
  };

  apply(first);
  while (state!.status === 'RUNNING') {
    const due = earliest(timers);
    if (inflight.size > 0) {
      const racers: Promise<Settled | 'timer'>[] = [...inflight.values()];
      const wait = due ? clock.waitUntil(due[1]) : undefined;
      if (wait) racers.push(wait.then(() => 'timer' as const));
      const first = await Promise.race(racers);
      if (first !== 'timer') {
        if (!inflight.has(first.taskId)) continue; // cancelled meanwhile
        inflight.delete(first.taskId);
        const at = clock.now();
        const o = first.outcome;
        apply(
          advance(
            def,
            state,
            o.ok
              ? { type: 'TaskSucceeded', at, taskId: first.taskId, output: o.output }
              : { type: 'TaskFailed', at, taskId: first.taskId, error: o.error, cause: o.cause },
          ),
        );
        continue;
      }
    } else if (!due) {
      throw new Error('bug: execution is RUNNING with nothing in flight and no timer');
    } else {
      clock.jumpTo(due[1]);
    }
    timers.delete(due![0]);
    apply(advance(def, state, { type: 'TimerFired', at: Math.max(clock.now(), due![1]), timerId: due![0] }));
  }
  return resultOf(state!, events);
}

function resultOf(final: ExecutionState, events: HistoryEvent[]): InMemoryResult {
  const result: InMemoryResult = { status: final.status, events, state: final };
  if (final.output !== undefined) result.output = final.output;
  if (final.failure?.error !== undefined) result.error = final.failure.error;
  if (final.failure?.cause !== undefined) result.cause = final.failure.cause;
  return result;
}

function toDefinition(definition: Definition | string | object): Definition {
  if (
    typeof definition === 'object' &&
    definition !== null &&
    'source' in definition &&
    'States' in definition
  )
    return definition as Definition;
  const notJson = typeof definition === 'object' && definition !== null ? findNonJson(definition) : undefined;
  if (notJson !== undefined) throw new Error(`invalid definition: ${notJson}`);
  const parsed = parseDefinition(definition);
  if (!parsed.ok)
    throw new Error(
      `invalid definition: ${parsed.diagnostics.map((d) => `${d.location} ${d.message}`).join('; ')}`,
    );
  return parsed.definition;
}

function earliest(timers: Map<string, number>): [string, number] | undefined {
  let best: [string, number] | undefined;
  for (const entry of timers) if (!best || entry[1] < best[1]) best = entry;
  return best;
}

async function invoke(tasks: InMemoryOptions['tasks'], request: TaskRequest): Promise<TaskOutcome> {
  const handler = typeof tasks === 'function' ? tasks : tasks?.[request.resource];
  if (!handler)
    return {
      ok: false,
      error: 'States.TaskFailed',
      cause: `No task handler for resource '${request.resource}'`,
    };
  try {
    return checkTaskOutcome(await handler(request));
  } catch (e) {
    return { ok: false, error: 'States.TaskFailed', cause: e instanceof Error ? e.message : String(e) };
  }
}

let defaultIdentity: ExecutionIdentity | undefined;

function identityOf(o: InMemoryOptions): ExecutionIdentity {
  const custom = o.region ?? o.account ?? o.stateMachineName ?? o.name ?? o.roleArn;
  if (custom === undefined) return (defaultIdentity ??= buildIdentity(o));
  return buildIdentity(o);
}

function buildIdentity(o: InMemoryOptions): ExecutionIdentity {
  const region = o.region ?? 'us-east-1';
  const account = o.account ?? '123456789012';
  const smName = o.stateMachineName ?? 'in-memory';
  const name = o.name ?? 'execution';
  return {
    executionArn: `arn:aws:states:${region}:${account}:execution:${smName}:${name}`,
    name,
    stateMachineArn: `arn:aws:states:${region}:${account}:stateMachine:${smName}`,
    stateMachineName: smName,
    roleArn: o.roleArn ?? `arn:aws:iam::${account}:role/durastep`,
    region,
    account,
  };
}
