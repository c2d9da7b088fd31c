import type { Diagnostic } from '../errors/diagnostics.js';
import { isJsonObject } from '../json.js';
import type { Scope, StateEntry } from './machine.js';
import { Code, error, has, schemaError, type Path } from './report.js';

type Transition = { readonly target: string; readonly path: Path };

const NO_NEXT_TYPES = new Set(['Choice', 'Succeed', 'Fail']);

/**
 * The graph of one scope (top level, Parallel branch, Map processor): StartAt and every Next,
 * Default, Choice rule Next and Catch Next name a state of the same scope; each non-terminal
 * state has Next or End; the scope has a terminal state; every state is reachable from StartAt.
 * As on AWS, a scope without a terminal state is reported alone, without the unreachable states.
 */
export function checkTransitions(scope: Scope): Diagnostic[] {
  const names = new Set(isJsonObject(scope.body.States) ? Object.keys(scope.body.States) : []);
  if (names.size === 0) return [];
  const found: Diagnostic[] = [];
  const missing = (t: Transition) =>
    error(Code.MissingTransitionTarget, t.path, `Missing 'Next' target: ${t.target}`);
  const startAt = typeof scope.body.StartAt === 'string' ? scope.body.StartAt : undefined;
  if (startAt !== undefined && !names.has(startAt))
    found.push(missing({ target: startAt, path: [...scope.path, 'StartAt'] }));
  const edges = new Map<string, string[]>();
  for (const entry of scope.states) {
    const transitions = transitionsOf(entry);
    found.push(...transitions.filter((t) => !names.has(t.target)).map(missing), ...checkNextOrEnd(entry));
    edges.set(
      entry.name,
      transitions.map((t) => t.target),
    );
  }
  if (!scope.states.some(isTerminal)) {
    return [...found, error(Code.MissingEndState, scope.path, 'Workflow has no terminal state')];
  }
  if (startAt === undefined) return found;
  const reached = reachable(startAt, edges);
  for (const entry of scope.states) {
    if (!reached.has(entry.name))
      found.push(error(Code.MissingTransitionTarget, entry.path, `State "${entry.name}" is not reachable.`));
  }
  return found;
}

function transitionsOf({ state, path }: StateEntry): Transition[] {
  const found: Transition[] = [];
  const add = (value: unknown, at: Path) => {
    if (typeof value === 'string') found.push({ target: value, path: at });
  };
  if (!NO_NEXT_TYPES.has(String(state.Type))) add(state.Next, [...path, 'Next']);
  if (state.Type === 'Choice') {
    add(state.Default, [...path, 'Default']);
    if (Array.isArray(state.Choices))
      state.Choices.forEach(
        (rule, i) => isJsonObject(rule) && add(rule.Next, [...path, 'Choices', i, 'Next']),
      );
  }
  if (Array.isArray(state.Catch) && !NO_NEXT_TYPES.has(String(state.Type))) {
    state.Catch.forEach(
      (catcher, i) => isJsonObject(catcher) && add(catcher.Next, [...path, 'Catch', i, 'Next']),
    );
  }
  return found;
}

/** Choice, Succeed and Fail end by themselves; every other state needs exactly one of Next or End. */
function checkNextOrEnd({ state, path }: StateEntry): Diagnostic[] {
  if (state.Type === 'Choice' && has(state, 'End'))
    return [schemaError([...path, 'End'], "Field 'End' is not supported")];
  if (NO_NEXT_TYPES.has(String(state.Type))) return [];
  if (has(state, 'Next') && has(state, 'End'))
    return [schemaError(path, 'There should only be one of the following fields: [Next, End]')];
  if (!has(state, 'Next') && !has(state, 'End')) {
    return [schemaError(path, 'A state of this type must have either a \'Next\' field or "End": true')];
  }
  return [];
}

function isTerminal({ state }: StateEntry): boolean {
  return state.End === true || state.Type === 'Succeed' || state.Type === 'Fail';
}

function reachable(startAt: string, edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const queue = edges.has(startAt) ? [startAt] : [];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const next of edges.get(name) ?? []) if (edges.has(next) && !seen.has(next)) queue.push(next);
  }
  return seen;
}
