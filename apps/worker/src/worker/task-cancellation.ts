import type { CancelSignal } from '../tasks/http-request.js';

/**
 * Cancels one task call. AbortController would do, but it is an EventTarget: creating one and
 * listening on it cost ~10 µs per task, a visible share of a step's CPU at thousands of steps/s.
 */
export class TaskCancellation implements CancelSignal {
  aborted = false;
  private listeners: (() => void)[] = [];

  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    const listeners = this.listeners;
    this.listeners = [];
    for (const l of listeners) l();
  }

  addEventListener(_type: 'abort', listener: () => void): void {
    if (!this.aborted) this.listeners.push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const i = this.listeners.indexOf(listener);
    if (i >= 0) this.listeners.splice(i, 1);
  }
}
