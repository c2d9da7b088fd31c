import type { Json, JsonObject } from '../json.js';
import type { Definition, QueryLanguage, State, SubMachine } from './types.js';

/**
 * Compiles a validated definition into typed states: each state knows its name and effective query
 * language, Map states their processor (ItemProcessor or legacy Iterator). Call after
 * validateDefinition found no errors.
 */
export function compileDefinition(source: JsonObject): Definition {
  const language = (source.QueryLanguage as QueryLanguage | undefined) ?? 'JSONPath';
  const machine = compileMachine(source, language, language);
  const def: Definition = { ...machine, source };
  const extra = def as { -readonly [K in keyof Definition]: Definition[K] };
  if (typeof source.Comment === 'string') extra.Comment = source.Comment;
  if (typeof source.Version === 'string') extra.Version = source.Version;
  if (typeof source.TimeoutSeconds === 'number') extra.TimeoutSeconds = source.TimeoutSeconds;
  return def;
}

// States inside a Parallel branch or Map processor inherit the definition's top-level
// QueryLanguage, not their parent state's (as AWS does).
function compileMachine(raw: JsonObject, inherited: QueryLanguage, topLevel: QueryLanguage): SubMachine {
  const queryLanguage = (raw.QueryLanguage as QueryLanguage | undefined) ?? inherited;
  const states: Record<string, State> = {};
  for (const [name, value] of Object.entries(raw.States as JsonObject))
    states[name] = compileState(name, value as JsonObject, queryLanguage, topLevel);
  return { StartAt: raw.StartAt as string, States: states, queryLanguage };
}

function compileState(
  name: string,
  raw: JsonObject,
  inherited: QueryLanguage,
  topLevel: QueryLanguage,
): State {
  const queryLanguage = (raw.QueryLanguage as QueryLanguage | undefined) ?? inherited;
  // Copied key by key, not spread: V8 gives spread copies past the first few a hidden class each,
  // which makes every state field read megamorphic in definitions with many states.
  const base: Record<string, Json | SubMachine | SubMachine[]> = {};
  for (const key of Object.keys(raw)) {
    if (key === '__proto__')
      Object.defineProperty(base, key, {
        value: raw[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else base[key] = raw[key];
  }
  base.name = name;
  base.queryLanguage = queryLanguage;
  if (raw.Type === 'Parallel')
    base.Branches = (raw.Branches as JsonObject[]).map((b) => compileMachine(b, topLevel, topLevel));
  if (raw.Type === 'Map') {
    const processor = (raw.ItemProcessor ?? raw.Iterator) as JsonObject;
    base.processor = compileMachine(processor, topLevel, topLevel);
    const config = processor.ProcessorConfig as JsonObject | undefined;
    base.processorMode = config?.Mode === 'DISTRIBUTED' ? 'DISTRIBUTED' : 'INLINE';
  }
  return base as unknown as State;
}
