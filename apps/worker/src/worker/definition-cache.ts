import { parseDefinition, type Definition } from '@durastep/state-language';

const cache = new Map<string, Definition>();

/** Compiles a stored definition once per process (executions of one state machine share it). */
export function compiledDefinition(text: string): Definition {
  let def = cache.get(text);
  if (def) return def;
  const parsed = parseDefinition(text);
  // Stored definitions were validated at CreateStateMachine; a failure here is a bug or a newer rule.
  if (!parsed.ok)
    throw new Error(
      `stored definition no longer validates: ${parsed.diagnostics.map((d) => d.message).join('; ')}`,
    );
  def = parsed.definition;
  if (cache.size >= 500) cache.delete(cache.keys().next().value as string);
  cache.set(text, def);
  return def;
}
