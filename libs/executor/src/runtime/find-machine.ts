import type { Definition, State, SubMachine } from '@durastep/state-language';

const cache = new WeakMap<Definition, Map<string, SubMachine>>();

/**
 * Resolves a run's machine key: '' is the top level; `Parallel#1` is branch 1 of state Parallel;
 * `Map#` is the item processor of state Map; nested keys are joined with '/'.
 */
export function findMachine(def: Definition, key: string): SubMachine {
  if (key === '') return def;
  let byKey = cache.get(def);
  if (!byKey) cache.set(def, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) return hit;
  const cut = key.lastIndexOf('/');
  const parent = findMachine(def, cut < 0 ? '' : key.slice(0, cut));
  const [encodedName, branch] = key.slice(cut + 1).split('#');
  const stateName = decodeURIComponent(encodedName);
  const state = parent.States[stateName];
  let machine: SubMachine | undefined;
  if (state?.Type === 'Parallel') machine = state.Branches[Number(branch)];
  else if (state?.Type === 'Map') machine = state.processor;
  if (!machine) throw new Error(`bug: no machine at '${key}'`);
  byKey.set(key, machine);
  return machine;
}

type KeyOf = { parentKey: string; key: string };
const childKeys = new WeakMap<State, KeyOf[]>();

/**
 * The machine key of a branch (index) or item processor ('') of container `state`, in machine
 * `parentKey`. Memoized per state: every Map iteration then shares one string, hashed once.
 */
export function childMachineKey(parentKey: string, state: State, branch: number | ''): string {
  let keys = childKeys.get(state);
  if (!keys) childKeys.set(state, (keys = []));
  const slot = branch === '' ? 0 : branch + 1;
  const hit = keys[slot];
  if (hit?.parentKey === parentKey) return hit.key;
  const seg = `${encodeURIComponent(state.name)}#${branch}`;
  const key = parentKey === '' ? seg : `${parentKey}/${seg}`;
  keys[slot] = { parentKey, key };
  return key;
}
