import type { Diagnostic } from '../errors/diagnostics.js';
import { toPointer } from '../errors/diagnostics.js';
import { isJsonObject, type Json } from '../json.js';

/**
 * EXPRESS state machines cannot wait: AWS rejects the `.sync` and `.waitForTaskToken` integration
 * patterns in them at creation.
 */
export function checkExpressRules(source: Json, path: (string | number)[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!isJsonObject(source) || !isJsonObject(source.States)) return out;
  for (const [name, state] of Object.entries(source.States)) {
    if (!isJsonObject(state)) continue;
    const here = [...path, 'States', name];
    const resource = state.Resource;
    if (
      state.Type === 'Task' &&
      typeof resource === 'string' &&
      /\.(sync(:\d+)?|waitForTaskToken)$/.test(resource)
    ) {
      out.push({
        code: 'SCHEMA_VALIDATION_FAILED',
        location: toPointer([...here, 'Resource']),
        message: `Express state machine does not support '${resource.slice(resource.lastIndexOf('.'))}' service integration`,
        severity: 'ERROR',
      });
    }
    if (Array.isArray(state.Branches))
      state.Branches.forEach((b, i) => out.push(...checkExpressRules(b, [...here, 'Branches', i])));
    const processor = state.ItemProcessor ?? state.Iterator;
    if (processor)
      out.push(
        ...checkExpressRules(processor, [...here, state.ItemProcessor ? 'ItemProcessor' : 'Iterator']),
      );
  }
  return out;
}
