import type { Clock } from '../../src/index.js';

/**
 * A virtual clock for scenarios whose tasks may never answer. runInMemory's plain virtualClock has
 * no `waitUntil`, so while a task is in flight it only awaits the task: a handler that never
 * answers blocks the run, and its TimeoutSeconds timer could never fire. This clock's `waitUntil`
 * resolves (and jumps virtual time to the timer) once every answering task has answered, i.e.
 * when only hung tasks remain. Tasks take no virtual time.
 *
 * runInMemory abandons a `waitUntil` promise when a task wins the race, then reads `now()`: every
 * clock call therefore invalidates earlier waits, so an abandoned wait can never move time later.
 */
export function scenarioClock(start: number, pendingAnswers: () => number): Clock {
  let t = start;
  let generation = 0;
  return {
    now: () => {
      generation += 1;
      return t;
    },
    jumpTo: (ms) => {
      generation += 1;
      if (ms > t) t = ms;
    },
    waitUntil: (ms) => {
      const mine = ++generation;
      return new Promise<void>((resolve) => {
        const poll = () => {
          if (generation !== mine) return; // abandoned: runInMemory no longer waits for it
          if (pendingAnswers() > 0) return void setImmediate(poll);
          if (ms > t) t = ms;
          resolve();
        };
        setImmediate(poll);
      });
    },
  };
}
