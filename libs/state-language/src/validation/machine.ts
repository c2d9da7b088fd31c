import { isJsonObject, type JsonObject } from '../json.js';
import type { Path } from './report.js';

export type QueryLanguage = 'JSONPath' | 'JSONata';

/** The top level, a Parallel branch, a Map ItemProcessor or a legacy Map Iterator. */
export type ScopeKind = 'machine' | 'branch' | 'item-processor' | 'iterator';

/** A set of states whose transitions may only name each other. */
export type Scope = {
  readonly kind: ScopeKind;
  readonly path: Path;
  readonly body: JsonObject;
  readonly states: StateEntry[];
};

export type StateEntry = {
  readonly name: string;
  readonly path: Path;
  readonly state: JsonObject;
  /** The state's own QueryLanguage, else the top-level one, else JSONPath. */
  readonly language: QueryLanguage;
  readonly scope: Scope;
};

export type Machine = {
  readonly root: JsonObject;
  /** The top-level QueryLanguage (JSONPath when absent). */
  readonly language: QueryLanguage;
  readonly scopes: readonly Scope[];
  readonly states: readonly StateEntry[];
};

/**
 * Any present value other than exactly "JSONPath" resolves to JSONata, as on AWS (an invalid
 * value is reported separately).
 */
export function languageOf(value: unknown, inherited: QueryLanguage): QueryLanguage {
  if (value === undefined) return inherited;
  return value === 'JSONPath' ? 'JSONPath' : 'JSONata';
}

/**
 * Every scope and state of a definition, depth first. Nested states inherit the top-level
 * QueryLanguage, not their Parallel or Map state's: AWS resolves it that way.
 */
export function readMachine(root: JsonObject): Machine {
  const language = languageOf(root.QueryLanguage, 'JSONPath');
  const scopes: Scope[] = [];
  const states: StateEntry[] = [];
  const visit = (kind: ScopeKind, body: JsonObject, path: Path): void => {
    const scope: Scope = { kind, path, body, states: [] };
    scopes.push(scope);
    if (!isJsonObject(body.States)) return;
    for (const [name, state] of Object.entries(body.States)) {
      if (!isJsonObject(state)) continue;
      const entry: StateEntry = {
        name,
        path: [...path, 'States', name],
        state,
        language: languageOf(state.QueryLanguage, language),
        scope,
      };
      scope.states.push(entry);
      states.push(entry);
      for (const child of childScopes(entry)) visit(child.kind, child.body, child.path);
    }
  };
  visit('machine', root, []);
  return { root, language, scopes, states };
}

function childScopes({ state, path }: StateEntry): { kind: ScopeKind; body: JsonObject; path: Path }[] {
  if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
    return state.Branches.flatMap((branch, i) =>
      isJsonObject(branch) ? [{ kind: 'branch' as const, body: branch, path: [...path, 'Branches', i] }] : [],
    );
  }
  if (state.Type !== 'Map') return [];
  const found: { kind: ScopeKind; body: JsonObject; path: Path }[] = [];
  if (isJsonObject(state.ItemProcessor))
    found.push({ kind: 'item-processor', body: state.ItemProcessor, path: [...path, 'ItemProcessor'] });
  if (isJsonObject(state.Iterator))
    found.push({ kind: 'iterator', body: state.Iterator, path: [...path, 'Iterator'] });
  return found;
}
