import type { Definition, Json, SubMachine, State } from '@durastep/state-language';
import type { Command } from '../model/command.js';
import type { ExecutionState, Run } from '../model/execution-state.js';
import type { HistoryEvent } from '../model/history-event.js';
import { newHistoryEvent } from '../model/new-history-event.js';
import { drawRandom, uuidFromRandom } from './random.js';
import { findMachine } from './find-machine.js';
import { executeState } from './execute-state.js';
import { enterNow } from './transitions.js';
import { StepRuns } from './step-runs.js';

type QueuedWork = (() => void) | { run: Run; name: string; input: Json };
import type { ActiveState } from '../model/execution-state.js';

/**
 * The working set of one `advance` call: the state being advanced (owned, mutated in place), the
 * history events and commands it produces, and the runs that still need driving.
 */
export class StepContext {
  readonly events: HistoryEvent[] = [];
  readonly commands: Command[] = [];
  /** Work still to do in this step (entering states), run in order: keeps long chains off the stack. */
  private queue: QueuedWork[] = [];
  /** Look runs up here, not in `state.runs`: the runs started in this step join it at the end. */
  readonly runs: StepRuns;

  constructor(
    readonly def: Definition,
    readonly state: ExecutionState,
    readonly at: number,
  ) {
    this.runs = new StepRuns(state.runs);
  }

  /** Appends a history event; `detailsKey` names its one `…EventDetails` field, as AWS spells it. */
  emit(run: Run | undefined, type: string, detailsKey?: string, details?: Json): number {
    if (run?.hidden) return run.lastEventId;
    const id = this.state.nextEventId++;
    const previousEventId = run ? run.lastEventId : this.lastEventId();
    this.events.push(newHistoryEvent(id, previousEventId, this.at, type, detailsKey, details));
    if (run) run.lastEventId = id;
    return id;
  }

  schedule(work: () => void): void {
    this.queue.push(work);
  }

  /** Queues entering state `name` of `run` (the hot path: a plain record, no closure). */
  scheduleEnter(run: Run, name: string, input: Json): void {
    this.queue.push({ run, name, input });
  }

  /** Runs the queued work until none is left. */
  drain(): void {
    const queue = this.queue;
    for (let i = 0; i < queue.length; i++) {
      const work = queue[i];
      if (typeof work === 'function') work();
      else enterNow(this, work.run, work.name, work.input);
      if (i > 4096) {
        queue.splice(0, i + 1);
        i = -1;
      }
    }
    this.queue = []; // cheaper than truncating (setting length is a runtime call)
  }

  execute(run: Run, state: State, active: ActiveState): void {
    executeState(this, run, state, active);
  }

  lastEventId(): number {
    return this.state.nextEventId - 1;
  }

  command(command: Command): void {
    this.commands.push(command);
  }

  machineOf(run: Run): SubMachine {
    return run.machine === '' ? this.def : findMachine(this.def, run.machine);
  }

  stateOf(run: Run, name: string): State {
    const state = this.machineOf(run).States[name];
    if (!state) throw new Error(`bug: state ${name} not found in machine '${run.machine}'`);
    return state;
  }

  random(): number {
    return drawRandom(this.state.seed, this.state.randomDraws++);
  }

  uuid(): string {
    return uuidFromRandom(() => this.random());
  }

  run(id: string): Run {
    const run = this.runs.get(id);
    if (!run) throw new Error(`bug: run ${id} not found`);
    return run;
  }
}
