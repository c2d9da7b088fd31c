import { States, StatesError, type Json } from '@durastep/state-language';
import { surelyFitsJson } from './json-size-bound.js';

/** AWS's limit on any payload between states: 256 KiB of UTF-8. */
export const MAX_PAYLOAD_BYTES = 262_144;

export function payloadBytes(value: Json): number {
  if (value === null || typeof value !== 'object') return Buffer.byteLength(JSON.stringify(value));
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

export function exceedsPayloadLimit(value: Json): boolean {
  // Strings shorter than limit/4 can't exceed it even at 4 bytes a character: skip the stringify.
  if (value === null || typeof value !== 'object') {
    if (typeof value !== 'string' || value.length * 4 < MAX_PAYLOAD_BYTES) return false;
  }
  // A cheap upper bound settles ordinary objects and arrays without building their JSON text.
  if (surelyFitsJson(value, MAX_PAYLOAD_BYTES)) return false;
  try {
    return payloadBytes(value) > MAX_PAYLOAD_BYTES;
  } catch (e) {
    // Too long for a JavaScript string, or nested too deep to write out: far over the limit.
    if (e instanceof RangeError) return true;
    throw e;
  }
}

export function dataLimitCause(name: string): string {
  return `The state/task '${name}' returned a result with a size exceeding the maximum number of bytes service limit.`;
}

export function checkPayloadSize(value: Json, stateName: string): void {
  if (exceedsPayloadLimit(value)) throw new StatesError(States.DataLimitExceeded, dataLimitCause(stateName));
}
