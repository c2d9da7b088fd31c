import { States, StatesError } from '../errors/states-errors.js';

/** How AWS opens the cause of every intrinsic evaluation failure. */
export function evaluationPrefix(source: string): string {
  return `There was an error while evaluating the intrinsic function: ${source}.`;
}

/** AWS's generic failure for a bad argument (type, range, count) to one intrinsic call. */
export function invalidArguments(name: string, source: string): never {
  throw new StatesError(States.Runtime, `${evaluationPrefix(source)} Invalid arguments in ${name}`);
}

/** Any non-ASL error raised while evaluating becomes a States.Runtime failure; StatesErrors pass through. */
export function toStatesError(e: unknown, source: string): StatesError {
  if (e instanceof StatesError) return e;
  const detail = e instanceof Error ? e.message : String(e);
  return new StatesError(States.Runtime, `${evaluationPrefix(source)} ${detail}`);
}
