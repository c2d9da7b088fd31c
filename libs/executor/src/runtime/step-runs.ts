import type { Run } from '../model/execution-state.js';

/**
 * The execution's runs during one step. Runs started in the step wait in a Map until it ends: most
 * Map iterations finish within the step that starts them, and adding thousands of fresh keys to the
 * large `state.runs` object (V8 internalizes every key) costs several times more than the Map.
 */
export class StepRuns {
  /** Created on the first start: most steps start no run. */
  private started: Map<string, Run> | undefined;

  constructor(private readonly persisted: Record<string, Run>) {}

  get(id: string): Run | undefined {
    return this.started?.get(id) ?? this.persisted[id];
  }

  add(run: Run): void {
    (this.started ??= new Map()).set(run.id, run);
  }

  remove(id: string): void {
    if (!this.started?.delete(id)) delete this.persisted[id];
  }

  forEach(visit: (run: Run) => void): void {
    for (const id in this.persisted) visit(this.persisted[id]);
    if (this.started) for (const run of this.started.values()) visit(run);
  }

  /** Moves the runs started in this step into `state.runs`, in the order they started. */
  settle(): void {
    if (!this.started) return;
    for (const [id, run] of this.started) this.persisted[id] = run;
    this.started = undefined;
  }
}
