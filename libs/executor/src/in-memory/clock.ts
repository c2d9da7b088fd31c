/**
 * Time for the in-memory driver. The executor itself never reads a clock: the driver stamps each
 * event with `now()`. When the execution is idle (no task in flight) the driver jumps to the next
 * timer with `jumpTo`; while tasks are in flight it races them against `waitUntil`, which a
 * virtual clock does not support (task handlers then take no virtual time at all).
 */
export type Clock = {
  now(): number;
  jumpTo(ms: number): void;
  /** Resolves when real time reaches `ms`; undefined for a purely virtual clock. */
  waitUntil(ms: number): Promise<void> | undefined;
};

/** A virtual clock starting at `start` (epoch ms); Wait states and retries take no real time. */
export function virtualClock(start = Date.UTC(2024, 0, 1)): Clock {
  let t = start;
  return {
    now: () => t,
    jumpTo: (ms) => {
      if (ms > t) t = ms;
    },
    waitUntil: () => undefined,
  };
}
