// Scenario tables: every folder under ./scenarios is one case, run through runInMemory with a
// virtual clock and compared with its expected.json. `UPDATE_GOLDEN=1` rewrites expected.json;
// review those diffs like code: they must match AWS semantics, not just what the engine does.
//
//   definition.asl.json  the state machine (read as text: an invalid one is a case too)
//   input.json           execution input (default {})
//   tasks.json           scripted task answers per Resource, consumed in order (support/scripted-tasks.ts)
//   scenario.json        options: seed, start (ISO), name (execution), record ["requests"],
//                        then [follow-up events applied to the finished execution, e.g. RedriveRequested]
//   events.json          step mode instead: explicit events fed to `advance` one by one
//   expected.json        status, output, error, cause, events (types), times (when virtual time moved),
//                        errors (error of each failure event), calls (per resource: count, maxInFlight),
//                        requests, then (per follow-up); step mode: steps (events + commands per event);
//                        or throws (runInMemory rejected the definition)
// The definition's Comment says what the scenario shows and which AWS rule it pins.
//
// Every scenario is also run twice (same seed → identical history), re-run by the step driver
// (same history as runInMemory), and replayed from its recorded input events with the state
// persisted as JSON between steps (same history and final state).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDefinition, type Definition, type Json } from '@durastep/state-language';
import {
  runInMemory,
  type Command,
  type ExecutionEvent,
  type ExecutionState,
  type HistoryEvent,
  type InMemoryResult,
} from '../src/index.js';
import { scenarioClock } from './support/scenario-clock.js';
import { ScriptedTasks, type TaskScript } from './support/scripted-tasks.js';
import { replay, StepDriver, timerPurpose } from './support/step-driver.js';

const ROOT = join(import.meta.dirname, 'scenarios');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const DEFAULT_START = '2024-01-01T00:00:00.000Z';

type FollowUp = {
  type: 'RedriveRequested' | 'StopRequested';
  afterSeconds?: number;
  error?: string;
  cause?: string;
};
type Options = {
  seed?: string;
  start?: string;
  name?: string;
  record?: 'requests'[];
  then?: FollowUp[];
};
type StepInput = {
  type: ExecutionEvent['type'];
  /** TaskSucceeded/TaskFailed/TaskHeartbeat: the outstanding task of this state (default: the oldest). */
  state?: string;
  /** With `state`: that attempt of the state's task, even one no longer outstanding (a late answer). */
  attempt?: number;
  /** TimerFired: the earliest outstanding timer of this purpose (default: the earliest timer). */
  purpose?: string;
  afterSeconds?: number;
  output?: Json;
  error?: string;
  cause?: string;
  /** StopRequested: end TIMED_OUT instead of ABORTED. */
  timedOut?: boolean;
};
type Scenario = {
  name: string;
  dir: string;
  definitionText: string;
  input: Json;
  tasks?: TaskScript;
  options: Options;
  steps?: StepInput[];
  start: number;
};

for (const name of readdirSync(ROOT).sort()) {
  const dir = join(ROOT, name);
  if (!existsSync(join(dir, 'definition.asl.json'))) continue;
  test(`scenario ${name}`, async () => {
    const scenario = load(name, dir);
    const actual = scenario.steps ? runSteps(scenario) : await runScenario(scenario);
    const file = join(dir, 'expected.json');
    if (UPDATE || !existsSync(file)) {
      writeFileSync(file, await formatJson(actual));
      if (!UPDATE) assert.fail(`${name}: wrote a new expected.json; review it and run again`);
      return;
    }
    const expected = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    assert.deepStrictEqual(
      actual,
      expected,
      `${name}: differs from expected.json (UPDATE_GOLDEN=1 rewrites it)`,
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Bad input that JSON files cannot hold: runInMemory throws a plain Error naming the problem (never
// a raw TypeError/RangeError), and a malformed task answer fails the task like a thrown error does.

const PASS = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };
const TASK = {
  StartAt: 'T',
  States: { T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } },
};
const cyclic = (): Record<string, unknown> => {
  const o: Record<string, unknown> = { a: 1 };
  o.self = o;
  return o;
};
const nested = (depth: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
};
const THROWS: [string, () => Promise<unknown>, RegExp][] = [
  [
    'definition text that is not JSON',
    () => runInMemory('{ "StartAt": ', {}),
    /^invalid definition: .*not valid JSON/,
  ],
  ['null definition', () => runInMemory(null as never, {}), /^invalid definition: .*empty/],
  ['undefined definition', () => runInMemory(undefined as never, {}), /^invalid definition/],
  ['a number as definition', () => runInMemory(42 as never, {}), /^invalid definition: .*JSON object/],
  ['an array as definition', () => runInMemory([] as never, {}), /^invalid definition: .*JSON object/],
  [
    'a BigInt inside the definition',
    () => runInMemory({ StartAt: 'P', States: { P: { Type: 'Pass', Result: 1n, End: true } } } as never, {}),
    /^invalid definition: \$\["States"\]\["P"\]\["Result"\] is a bigint/,
  ],
  [
    'a function inside the definition',
    () =>
      runInMemory({ StartAt: 'P', States: { P: { Type: 'Pass', Result: () => 1, End: true } } } as never, {}),
    /^invalid definition: .* is a function/,
  ],
  [
    'undefined input',
    () => runInMemory(PASS, undefined as never),
    /^invalid execution input: \$ is undefined/,
  ],
  [
    'a function as input',
    () => runInMemory(PASS, (() => 1) as never),
    /^invalid execution input: \$ is a function/,
  ],
  [
    'a BigInt in the input',
    () => runInMemory(PASS, { n: 10n } as never),
    /^invalid execution input: \$\["n"\] is a bigint/,
  ],
  ['NaN in the input', () => runInMemory(PASS, { n: NaN }), /^invalid execution input: .*NaN/],
  [
    'Infinity in the input',
    () => runInMemory(PASS, [Infinity]),
    /^invalid execution input: \$\[0\] is Infinity/,
  ],
  ['a cyclic input', () => runInMemory(PASS, cyclic() as never), /^invalid execution input: .*cycle/],
  [
    'a Date in the input',
    () => runInMemory(PASS, { at: new Date(0) } as never),
    /^invalid execution input: .*Date object/,
  ],
  ['a Map as input', () => runInMemory(PASS, new Map() as never), /^invalid execution input: .*Map object/],
  [
    'input nested 5000 levels deep',
    () => runInMemory(PASS, nested(5000) as never),
    /^invalid execution input: .*deeper than 1000/,
  ],
  [
    'input over 256 KiB',
    () => runInMemory(PASS, 'x'.repeat(262_145)),
    /^invalid execution input: larger than 262144 bytes/,
  ],
];
for (const [name, run, message] of THROWS) {
  test(`bad input: ${name} → a clear Error`, async () => {
    await assert.rejects(run(), (e: unknown) => {
      assert.ok(e instanceof Error && e.constructor === Error, `expected a plain Error, got ${String(e)}`);
      assert.match(e.message, message);
      return true;
    });
  });
}

const BAD_ANSWERS: [string, unknown, RegExp][] = [
  ['nothing (undefined)', undefined, /invalid outcome: undefined/],
  ['an output with a BigInt', { ok: true, output: { n: 1n } }, /output is not JSON: \$\["n"\] is a bigint/],
  ['ok without output', { ok: true }, /output is not JSON: \$ is undefined/],
  ['a failure without error name', { ok: false, cause: 'x' }, /a failure needs an error name/],
  ['an output nested 5000 levels deep', { ok: true, output: nested(5000) }, /deeper than 1000 levels/],
];
for (const [name, answer, cause] of BAD_ANSWERS) {
  test(`bad input: a task handler answering ${name} → States.TaskFailed`, async () => {
    const r = await runInMemory(TASK, {}, { tasks: () => answer as never });
    assert.equal(r.status, 'FAILED');
    assert.equal(r.error, 'States.TaskFailed');
    assert.match(r.cause ?? '', cause);
  });
}

function load(name: string, dir: string): Scenario {
  const read = (f: string) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : undefined);
  const options = JSON.parse(read('scenario.json') ?? '{}') as Options;
  const events = read('events.json');
  const tasks = read('tasks.json');
  return {
    name,
    dir,
    definitionText: read('definition.asl.json')!,
    input: JSON.parse(read('input.json') ?? '{}') as Json,
    tasks: tasks === undefined ? undefined : (JSON.parse(tasks) as TaskScript),
    options,
    steps: events === undefined ? undefined : (JSON.parse(events) as StepInput[]),
    start: Date.parse(options.start ?? DEFAULT_START),
  };
}

// ---------------------------------------------------------------------------------------------
// Run mode: runInMemory with scripted tasks and the scenario clock.

async function runOnce(s: Scenario): Promise<{ result: InMemoryResult; script: ScriptedTasks }> {
  const script = new ScriptedTasks(s.tasks ?? {});
  const result = await runInMemory(s.definitionText, s.input, {
    tasks: script.handler(),
    clock: scenarioClock(s.start, () => script.ticking),
    ...(s.options.seed !== undefined ? { seed: s.options.seed } : {}),
    ...(s.options.name !== undefined ? { name: s.options.name } : {}),
  });
  assert.deepStrictEqual(script.problems, [], `${s.name}: tasks.json ran out of answers`);
  return { result, script };
}

async function runScenario(s: Scenario): Promise<Record<string, unknown>> {
  let first: Awaited<ReturnType<typeof runOnce>>;
  try {
    first = await runOnce(s);
  } catch (e) {
    if (e instanceof assert.AssertionError) throw e;
    assert.ok(e instanceof Error && e.constructor === Error, `${s.name}: threw a raw ${String(e)}`);
    return { throws: e.message };
  }
  const { result, script } = first;
  const actual: Record<string, unknown> = outcome(result.state);
  actual.events = result.events.map((e) => e.type);
  const times = timeline(result.events, s.start);
  if (times.length) actual.times = times;
  const errors = errorNames(result.events);
  if (errors.length) actual.errors = errors;
  if (Object.keys(script.stats).length) actual.calls = structuredClone(script.stats);
  if (s.options.record?.includes('requests')) actual.requests = structuredClone(script.requests);

  // Same definition, input and seed: the identical history.
  const again = await runOnce(s);
  assert.deepStrictEqual(again.result.events, result.events, `${s.name}: a second run gave another history`);

  const def = parsed(s.definitionText);
  const usesTicks = Object.values(s.tasks ?? {}).some((list) => list.some((a) => a.ticks));
  const shadow = new StepDriver(def, s.start, new ScriptedTasks(s.tasks ?? {}));
  shadow.start(s.input, result.state.identity, result.state.seed);
  shadow.runToEnd();
  if (!usesTicks)
    assert.deepStrictEqual(
      shadow.history,
      result.events,
      `${s.name}: the step driver disagrees with runInMemory`,
    );

  if (s.options.then?.length) {
    const driver = new StepDriver(def, lastTime(result.events, s.start), script, result.state);
    actual.then = s.options.then.map((f) => {
      const before = driver.history.length;
      const calls = countCalls(script);
      driver.peakTasks = driver.tasks.size;
      driver.apply(followUp(f, driver.now));
      driver.runToEnd();
      shadow.apply(followUp(f, shadow.now));
      shadow.runToEnd();
      const events = driver.history.slice(before);
      const phase: Record<string, unknown> = { event: f.type, ...outcome(driver.state!) };
      phase.events = events.map((e) => e.type);
      const phaseTimes = timeline(events, s.start, lastTime(driver.history.slice(0, before), s.start));
      if (phaseTimes.length) phase.times = phaseTimes;
      const phaseErrors = errorNames(events);
      if (phaseErrors.length) phase.errors = phaseErrors;
      const delta = diffCalls(countCalls(script), calls);
      if (Object.keys(delta).length) {
        phase.calls = delta;
        phase.maxInFlight = driver.peakTasks;
        if (s.options.record?.includes('requests'))
          phase.requests = Object.fromEntries(
            Object.keys(delta).map((k) => [
              k,
              script.requests[k].slice(script.requests[k].length - delta[k]),
            ]),
          );
      }
      return phase;
    });
    if (!usesTicks)
      assert.deepStrictEqual(
        shadow.history,
        [...result.events, ...driver.history],
        `${s.name}: the step driver disagrees after the follow-ups`,
      );
  }
  assertReplays(s.name, def, shadow.inputs, shadow.history, shadow.state!);
  return actual;
}

function followUp(f: FollowUp, now: number): ExecutionEvent {
  const at = now + (f.afterSeconds ?? 0) * 1000;
  if (f.type === 'RedriveRequested') return { type: 'RedriveRequested', at };
  return { type: 'StopRequested', at, error: f.error, cause: f.cause };
}

// ---------------------------------------------------------------------------------------------
// Step mode: explicit events through advance, commands included.

function runSteps(s: Scenario): Record<string, unknown> {
  const def = parsed(s.definitionText);
  const driver = new StepDriver(def, s.start);
  const identity = {
    executionArn: 'arn:aws:states:us-east-1:123456789012:execution:in-memory:execution',
    name: s.options.name ?? 'execution',
    stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:in-memory',
    stateMachineName: 'in-memory',
    roleArn: 'arn:aws:iam::123456789012:role/durastep',
    region: 'us-east-1',
    account: '123456789012',
  };
  const steps: Record<string, unknown>[] = [];
  const record = (label: string, step: { events: HistoryEvent[]; commands: Command[] }) => {
    const entry: Record<string, unknown> = { event: label, events: step.events.map((e) => e.type) };
    const errors = errorNames(step.events);
    if (errors.length) entry.errors = errors;
    entry.commands = step.commands.map((c) => describeCommand(c, driver, s.start));
    steps.push(entry);
  };
  record('ExecutionStarted', driver.start(s.input, identity, s.options.seed ?? identity.executionArn));
  for (const input of s.steps!) {
    const at = driver.now + (input.afterSeconds ?? 0) * 1000;
    const attempt = input.attempt !== undefined ? `attempt=${input.attempt}` : '';
    const label = [input.type, input.state, attempt, input.purpose].filter(Boolean).join(' ');
    switch (input.type) {
      case 'TimerFired': {
        const timerId = driver.earliestTimer(input.purpose);
        assert.ok(timerId, `${s.name}: no outstanding timer${input.purpose ? ` '${input.purpose}'` : ''}`);
        const step = driver.fireTimer(timerId);
        record(`${label} @${seconds(driver.now - s.start)}`, step);
        break;
      }
      case 'TaskSucceeded':
      case 'TaskFailed':
      case 'TaskHeartbeat': {
        const candidates = input.attempt === undefined ? driver.tasks.values() : driver.invoked.values();
        const taskId = [...candidates].find(
          (t) =>
            (!input.state || t.stateName === input.state) &&
            (input.attempt === undefined || t.attempt === input.attempt),
        )?.taskId;
        assert.ok(taskId, `${s.name}: no outstanding task${input.state ? ` of '${input.state}'` : ''}`);
        if (input.type !== 'TaskHeartbeat') driver.tasks.delete(taskId);
        const event: ExecutionEvent =
          input.type === 'TaskSucceeded'
            ? { type: 'TaskSucceeded', at, taskId, output: input.output ?? null }
            : input.type === 'TaskFailed'
              ? { type: 'TaskFailed', at, taskId, error: input.error ?? 'Scenario.Error', cause: input.cause }
              : { type: 'TaskHeartbeat', at, taskId };
        record(`${label} @${seconds(at - s.start)}`, driver.apply(event));
        break;
      }
      case 'StopRequested':
        record(
          `${label} @${seconds(at - s.start)}`,
          driver.apply({
            type: 'StopRequested',
            at,
            error: input.error,
            cause: input.cause,
            ...(input.timedOut ? { timedOut: true } : {}),
          }),
        );
        break;
      case 'RedriveRequested':
        record(`${label} @${seconds(at - s.start)}`, driver.apply({ type: 'RedriveRequested', at }));
        break;
      default:
        assert.fail(`${s.name}: events.json cannot send ${input.type}`);
    }
  }
  assertReplays(s.name, def, driver.inputs, driver.history, driver.state!);
  return { ...outcome(driver.state!), steps };
}

function describeCommand(c: Command, driver: StepDriver, start: number): string {
  switch (c.type) {
    case 'InvokeTask': {
      const extra = [
        c.timeoutSeconds !== undefined ? `timeout=${c.timeoutSeconds}s` : '',
        c.heartbeatSeconds !== undefined ? `heartbeat=${c.heartbeatSeconds}s` : '',
        c.taskToken !== undefined ? 'token' : '',
      ].filter(Boolean);
      return [
        `InvokeTask ${c.stateName} attempt=${c.attempt} input=${JSON.stringify(c.input)}`,
        ...extra,
      ].join(' ');
    }
    case 'CancelTask':
      return `CancelTask ${driver.invoked.get(c.taskId)?.stateName ?? c.taskId}`;
    case 'StartTimer':
      return `StartTimer ${timerPurpose(c.timerId)} fireAt=${seconds(c.fireAt - start)}`;
    case 'CancelTimer':
      return `CancelTimer ${timerPurpose(c.timerId)}`;
    case 'CompleteExecution':
      return `CompleteExecution ${c.status}${c.error !== undefined ? ` ${c.error}` : ''}`;
  }
}

// ---------------------------------------------------------------------------------------------

function assertReplays(
  name: string,
  def: Definition,
  inputs: ExecutionEvent[],
  history: HistoryEvent[],
  state: ExecutionState,
): void {
  const replayed = replay(def, inputs);
  assert.deepStrictEqual(
    replayed.history,
    history,
    `${name}: replaying the input events gave another history`,
  );
  assert.deepStrictEqual(json(replayed.state), json(state), `${name}: replaying gave another final state`);
}

function outcome(state: ExecutionState): Record<string, unknown> {
  const o: Record<string, unknown> = { status: state.status };
  if (state.output !== undefined) o.output = state.output;
  if (state.failure?.error !== undefined) o.error = state.failure.error;
  if (state.failure?.cause !== undefined) o.cause = state.failure.cause;
  return o;
}

/** "<offset> <Type>" for each event at which virtual time moved on (offsets from the execution start). */
function timeline(events: HistoryEvent[], start: number, previous = start): string[] {
  const out: string[] = [];
  let last = previous;
  for (const e of events) {
    if (e.timestamp !== last) out.push(`${seconds(e.timestamp - start)} ${e.type}`);
    last = e.timestamp;
  }
  return out;
}

/** "<Type> <error>" for every event that reports an error (which failure each event carried). */
function errorNames(events: HistoryEvent[]): string[] {
  const out: string[] = [];
  for (const e of events) {
    for (const [key, details] of Object.entries(e)) {
      if (!key.endsWith('EventDetails') || !details || typeof details !== 'object' || Array.isArray(details))
        continue;
      const error = (details as Record<string, unknown>).error;
      if (typeof error === 'string') out.push(`${e.type} ${error}`);
    }
  }
  return out;
}

function lastTime(events: HistoryEvent[], start: number): number {
  return events.length ? events[events.length - 1].timestamp : start;
}

function seconds(ms: number): string {
  return `+${Number((ms / 1000).toFixed(3))}s`;
}

function countCalls(script: ScriptedTasks): Record<string, number> {
  return Object.fromEntries(Object.entries(script.stats).map(([k, v]) => [k, v.count]));
}

function diffCalls(now: Record<string, number>, before: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(now)) if (v - (before[k] ?? 0) > 0) out[k] = v - (before[k] ?? 0);
  return out;
}

function parsed(text: string): Definition {
  const p = parseDefinition(text);
  if (!p.ok) throw new Error(`invalid definition: ${p.diagnostics.map((d) => d.message).join('; ')}`);
  return p.definition;
}

function json(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v));
}

async function formatJson(value: unknown): Promise<string> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(join(ROOT, 'x.json'))) ?? {};
    return await prettier.format(text, { ...config, parser: 'json' });
  } catch {
    return text;
  }
}
