import { resolvePath, type Json, type JsonObject, type MapState } from '@durastep/state-language';
import type { Evaluator } from '../runtime/evaluator.js';

/** ItemBatcher: groups items into `{ Items: [...], BatchInput? }` by count and by size. */
export function batchItems(ev: Evaluator, state: MapState, items: Json[], effectiveInput: Json): Json[] {
  const b = state.ItemBatcher!;
  const num = (literal: number | string | undefined, path: string | undefined): number | undefined => {
    if (path !== undefined) return Number(resolvePath(path, ev.scope(effectiveInput)));
    if (typeof literal === 'string')
      return Number(ev.jsonata(literal, { input: ev.active.input }, 'ItemBatcher'));
    return literal;
  };
  const maxItems = num(b.MaxItemsPerBatch, b.MaxItemsPerBatchPath) ?? Number.MAX_SAFE_INTEGER;
  const maxBytes = num(b.MaxInputBytesPerBatch, b.MaxInputBytesPerBatchPath) ?? 262_144;
  let batchInput: Json | undefined;
  if (b.BatchInput !== undefined) {
    batchInput =
      state.queryLanguage === 'JSONata'
        ? ev.jsonata(b.BatchInput, { input: ev.active.input }, 'BatchInput')
        : ev.template(b.BatchInput, effectiveInput, 'BatchInput');
  }
  const batches: Json[] = [];
  let current: Json[] = [];
  let bytes = 0;
  const flush = () => {
    if (current.length === 0) return;
    const batch: JsonObject = { Items: current };
    if (batchInput !== undefined) batch.BatchInput = batchInput;
    batches.push(batch);
    current = [];
    bytes = 0;
  };
  for (const item of items) {
    const size = JSON.stringify(item).length;
    if (current.length >= maxItems || (current.length > 0 && bytes + size > maxBytes)) flush();
    current.push(item);
    bytes += size;
  }
  flush();
  return batches;
}
