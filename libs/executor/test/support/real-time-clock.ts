import type { Clock } from '../../src/index.js';

/**
 * Virtual time that follows real time while tasks are in flight (so a task timeout races a slow
 * function for real) and jumps ahead when the execution is idle (so a Wait of an hour is instant).
 */
export function realTimeClock(): Clock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    jumpTo: (ms) => {
      const now = Date.now() + offset;
      if (ms > now) offset += ms - now;
    },
    waitUntil: (ms) =>
      new Promise((resolve) => setTimeout(resolve, Math.max(0, ms - (Date.now() + offset))).unref?.()),
  };
}
