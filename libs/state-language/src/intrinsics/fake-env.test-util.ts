import { States, StatesError } from '../errors/states-errors.js';
import { isJsonObject, type Json } from '../json.js';
import type { IntrinsicEnv } from './types.js';

export type FakeEnvOptions = {
  input?: Json;
  context?: Json;
  variables?: Record<string, Json>;
  random?: number;
  uuid?: string;
};

/** A test IntrinsicEnv: a tiny path resolver (`$`, `$.a.b`, `$.a[0]`, `$$.x`, `$var.x`) and fixed randomness. */
export function fakeEnv(options: FakeEnvOptions = {}): IntrinsicEnv {
  return {
    resolvePath(path) {
      const match = /^(\$\$|\$[A-Za-z_][A-Za-z0-9_]*|\$)(.*)$/.exec(path);
      if (!match) throw new StatesError(States.Runtime, `Invalid path '${path}'`);
      const [, root, rest] = match;
      const start =
        root === '$' ? options.input : root === '$$' ? options.context : options.variables?.[root.slice(1)];
      const steps = [...rest.matchAll(/\.([^.[]+)|\[(\d+)\]/g)].map((m) => m[1] ?? Number(m[2]));
      let value: Json | undefined = start;
      for (const step of steps) {
        if (typeof step === 'number' && Array.isArray(value)) value = value[step];
        else if (typeof step === 'string' && isJsonObject(value)) value = value[step];
        else value = undefined;
      }
      if (value === undefined)
        throw new StatesError(States.Runtime, `The JsonPath argument '${path}' could not be found`);
      return value;
    },
    random: () => options.random ?? 0.5,
    uuid: () => options.uuid ?? '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  };
}
