import type { Run } from '../model/execution-state.js';

/**
 * The execution's runs during one step. Runs started in the step are held by identity until it
 * ends: most Map iterations finish within the step that starts them, and keying thousands of fresh
 * id strings (into the large `state.runs` object, where V8 internalizes each, or even into a Map)
 * costs more than the rest of the iteration. An id index of them is built only when one is looked
 * up by id, which nested containers and failures need, a flat Map's successful iterations do not.
 */
export class StepRuns {
  /** Created on the first start: most steps start no run. In start order. */
  private started: Set<Run> | undefined;
  private startedById: Map<string, Run> | undefined;

  constructor(private readonly persisted: Record<string, Run>) {}

  get(id: string): Run | undefined {
    const run = this.persisted[id];
    if (run !== undefined || !this.started) return run;
    if (!this.startedById) {
      this.startedById = new Map();
      for (const r of this.started) this.startedById.set(r.id, r);
    }
    return this.startedById.get(id);
  }

  add(run: Run): void {
    (this.started ??= new Set()).add(run);
    this.startedById?.set(run.id, run);
  }

  remove(run: Run): void {
    if (this.started?.delete(run)) this.startedById?.delete(run.id);
    else delete this.persisted[run.id];
  }

  forEach(visit: (run: Run) => void): void {
    for (const id in this.persisted) visit(this.persisted[id]);
    if (this.started) for (const run of this.started) visit(run);
  }

  /** Moves the runs started in this step into `state.runs`, in the order they started. */
  settle(): void {
    if (!this.started) return;
    for (const run of this.started) this.persisted[run.id] = run;
    this.started = undefined;
    this.startedById = undefined;
  }
}
