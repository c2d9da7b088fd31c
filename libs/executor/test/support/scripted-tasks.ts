import type { Json } from '@durastep/state-language';
import type { TaskHandler, TaskOutcome, TaskRequest } from '../../src/index.js';

/**
 * One scripted answer of a task (tasks.json: `{ "<Resource>": [answer, …] }`, consumed in order).
 * - `{ "ok": true, "output": … }` / `{ "ok": false, "error": "Boom", "cause": "x" }`
 * - `{ "ok": true, "echo": true }` answers with the task's own input
 * - `{ "ok": true, "outputBytes": N }` answers `{ "data": "xxx…" }` of N bytes (payload-limit cases)
 * - `{ "hang": true }` never answers (only timers can end it)
 * - `"ticks": N` answers after N macrotasks instead of at once (ordering between concurrent tasks)
 * - `"times": N` uses the same answer N times (`"times": 0` = for every later call)
 */
export type ScriptedAnswer = {
  ok?: boolean;
  output?: Json;
  echo?: boolean;
  outputBytes?: number;
  error?: string;
  cause?: string;
  hang?: boolean;
  ticks?: number;
  times?: number;
};
export type TaskScript = Record<string, ScriptedAnswer[]>;
export type Taken = { outcome: TaskOutcome; ticks: number } | 'hang';
export type ResourceStats = { count: number; maxInFlight: number };

/** Hands out the scripted answers, counts calls and concurrent in-flight tasks per resource. */
export class ScriptedTasks {
  readonly stats: Record<string, ResourceStats> = {};
  readonly requests: Record<string, Json[]> = {};
  /** Script mistakes (a resource without answers left): the runner fails the scenario on them. */
  readonly problems: string[] = [];
  /** Tasks that answer later (ticks): the scenario clock does not move time while any is pending. */
  ticking = 0;
  private readonly used: Record<string, number> = {};
  private readonly inFlight: Record<string, number> = {};

  constructor(private readonly script: TaskScript) {}

  /** Takes the next answer for a request (a synchronous decision: the step driver uses it directly). */
  take(request: Pick<TaskRequest, 'resource' | 'input'>): Taken {
    const { resource } = request;
    const stats = (this.stats[resource] ??= { count: 0, maxInFlight: 0 });
    stats.count += 1;
    (this.requests[resource] ??= []).push(request.input);
    const answer = this.next(resource);
    if (!answer) {
      const why = `no scripted answer left for '${resource}' (call ${stats.count})`;
      this.problems.push(why);
      return { outcome: { ok: false, error: 'Scenario.NoScriptedAnswer', cause: why }, ticks: 0 };
    }
    if (answer.hang) return 'hang';
    return { outcome: toOutcome(answer, request.input), ticks: answer.ticks ?? 0 };
  }

  /** The same script as a runInMemory handler (in-flight counting, ticks and hangs included). */
  handler(): TaskHandler {
    return (request) => {
      const { resource } = request;
      const taken = this.take(request);
      this.inFlight[resource] = (this.inFlight[resource] ?? 0) + 1;
      const stats = this.stats[resource];
      stats.maxInFlight = Math.max(stats.maxInFlight, this.inFlight[resource]);
      if (taken === 'hang') return new Promise<TaskOutcome>(() => {}); // stays in flight for good
      const settle = () => {
        this.inFlight[resource] -= 1;
        return taken.outcome;
      };
      if (taken.ticks === 0) return Promise.resolve().then(settle);
      this.ticking += 1;
      return afterTicks(taken.ticks).then(() => {
        this.ticking -= 1;
        return settle();
      });
    };
  }

  private next(resource: string): ScriptedAnswer | undefined {
    const list = this.script[resource] ?? this.script['*'];
    if (!list) return undefined;
    let n = (this.used[resource] ??= 0);
    for (const answer of list) {
      const times = answer.times ?? 1;
      if (times === 0 || n < times) {
        this.used[resource] += 1;
        return answer;
      }
      n -= times;
    }
    return undefined;
  }
}

function toOutcome(answer: ScriptedAnswer, input: Json): TaskOutcome {
  if (answer.ok === false) {
    const error = answer.error ?? 'Scenario.Error';
    return answer.cause === undefined ? { ok: false, error } : { ok: false, error, cause: answer.cause };
  }
  if (answer.echo) return { ok: true, output: input };
  if (answer.outputBytes !== undefined)
    return { ok: true, output: { data: 'x'.repeat(Math.max(0, answer.outputBytes - '{"data":""}'.length)) } };
  return { ok: true, output: answer.output ?? null };
}

function afterTicks(n: number): Promise<void> {
  return new Promise((resolve) => {
    const tick = (left: number) => (left <= 0 ? resolve() : setImmediate(() => tick(left - 1)));
    tick(n);
  });
}
