import { States, StatesError, type Json } from '@durastep/state-language';

/** AWS's limit on any payload between states: 256 KiB of UTF-8. */
export const MAX_PAYLOAD_BYTES = 262_144;

export function payloadBytes(value: Json): number {
  if (value === null || typeof value !== 'object') return Buffer.byteLength(JSON.stringify(value));
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

export function checkPayloadSize(value: Json, stateName: string): void {
  // Strings shorter than limit/4 can't exceed it even at 4 bytes a character: skip the stringify.
  if (value === null || typeof value !== 'object') {
    if (typeof value !== 'string' || value.length * 4 < MAX_PAYLOAD_BYTES) return;
  }
  if (payloadBytes(value) > MAX_PAYLOAD_BYTES) {
    throw new StatesError(
      States.DataLimitExceeded,
      `The state/task '${stateName}' returned a result with a size exceeding the maximum number of bytes service limit.`,
    );
  }
}
