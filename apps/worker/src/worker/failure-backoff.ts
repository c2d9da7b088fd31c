/**
 * Consecutive failures of each execution in this worker process. An execution whose actor fails for
 * an unexpected reason (a bug, data the engine cannot handle) is retried when its lease expires; one
 * that fails every time would otherwise be retried every lease forever. Each consecutive failure
 * doubles the wait (the first waits one lease, as before), up to `maxSeconds`; a success forgets it.
 * The wait stays finite: a fixed engine (a new version) continues such an execution by itself.
 */
export class FailureBackoff {
  private readonly failures = new Map<string, number>();

  constructor(
    private readonly baseSeconds: number,
    private readonly maxSeconds = 3600,
    private readonly remembered = 10_000,
  ) {}

  /** Records a failure; returns how many in a row and how long to wait before the next attempt. */
  failed(executionId: string): { inARow: number; retryInSeconds: number } {
    const inARow = (this.failures.get(executionId) ?? 0) + 1;
    this.failures.delete(executionId); // re-inserted last: the oldest entries go first
    this.failures.set(executionId, inARow);
    if (this.failures.size > this.remembered) this.failures.delete(this.failures.keys().next().value!);
    const retryInSeconds = Math.min(this.baseSeconds * 2 ** Math.min(inARow - 1, 30), this.maxSeconds);
    return { inARow, retryInSeconds };
  }

  succeeded(executionId: string): void {
    this.failures.delete(executionId);
  }
}
