import type { Failure, Retrier } from '@durastep/state-language';
import type { ActiveState } from '../model/execution-state.js';
import { matchesAny } from './match-error.js';

export type RetryDecision = { retry: true; delayMs: number } | { retry: false };

/**
 * AWS's retry policy: the first retrier whose ErrorEquals matches decides. While its attempts are
 * below MaxAttempts (default 3) the state is retried after IntervalSeconds (default 1) ×
 * BackoffRate (default 2.0) ^ attempts, capped by MaxDelaySeconds, FULL jitter drawing in [0, delay).
 * A matching but exhausted retrier ends retrying (later retriers are not consulted).
 */
export function decideRetry(
  retriers: readonly Retrier[] | undefined,
  active: ActiveState,
  failure: Failure,
  random: () => number,
): RetryDecision {
  if (!retriers) return { retry: false };
  const index = retriers.findIndex((r) => matchesAny(r.ErrorEquals, failure));
  if (index < 0) return { retry: false };
  const retrier = retriers[index];
  const attempts = active.retrierAttempts[index] ?? 0;
  if (attempts >= (retrier.MaxAttempts ?? 3)) return { retry: false };
  while (active.retrierAttempts.length <= index) active.retrierAttempts.push(0);
  active.retrierAttempts[index] = attempts + 1;
  active.retryCount += 1;
  let delay = (retrier.IntervalSeconds ?? 1) * Math.pow(retrier.BackoffRate ?? 2, attempts);
  if (retrier.MaxDelaySeconds !== undefined) delay = Math.min(delay, retrier.MaxDelaySeconds);
  if (retrier.JitterStrategy === 'FULL') delay = random() * delay;
  return { retry: true, delayMs: Math.round(delay * 1000) };
}
