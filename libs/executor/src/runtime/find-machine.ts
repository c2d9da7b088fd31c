import type { Definition, SubMachine } from '@durastep/state-language';

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

export function childMachineKey(parentKey: string, stateName: string, branch: number | ''): string {
  const seg = `${encodeURIComponent(stateName)}#${branch}`;
  return parentKey === '' ? seg : `${parentKey}/${seg}`;
}
