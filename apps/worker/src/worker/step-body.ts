import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ExecutionEvent, HistoryEvent } from '@durastep/executor';

/** A history event as stored: [id, previousEventId, type, timestamp (epoch ms), details]. */
export type StoredEvent = [number, number, string, number, Record<string, unknown>];

/** The content of an execution_steps row: the inputs a step applied and the events it produced. */
export type StepBody = { i: ExecutionEvent[]; e: StoredEvent[] };

/**
 * Format 1: deflate (raw) of the JSON with DICTIONARY_1 preset. A step's JSON is ~1 kB that repeats
 * its payloads and AWS's field names; compressed it is ~200 bytes, which is most of the WAL a step
 * writes. The dictionary is part of the stored format: never edit it, add a format 2 instead.
 */
const FORMAT_DEFLATE_1 = 1;
const PLAIN_JSON = 0x7b;
const SMALL_BODY = 1536; // '{': rows written before compression (and by tests)
const DICTIONARY_1 = Buffer.from(
  [
    '"outputDetails":{"truncated":false}}],[',
    '"inputDetails":{"truncated":false}}],[',
    '"TaskStateEntered",',
    '"stateEnteredEventDetails":{"name":"',
    '"input":',
    '"TaskStateExited",',
    '"stateExitedEventDetails":{"name":"',
    '"output":',
    '"LambdaFunctionScheduled",',
    '"lambdaFunctionScheduledEventDetails":{"resource":"arn:aws:lambda:',
    '"LambdaFunctionStarted",',
    '{}],[',
    '"LambdaFunctionSucceeded",',
    '"lambdaFunctionSucceededEventDetails":{"output":',
    '"TaskScheduled",',
    '"taskScheduledEventDetails":{"resourceType":"',
    '"resource":"',
    '"region":"',
    '"parameters":',
    '"TaskStarted",',
    '"TaskSucceeded",',
    '"taskSucceededEventDetails":{"resourceType":"',
    '"PassStateEntered",',
    '"PassStateExited",',
    '"ChoiceStateEntered",',
    '"ChoiceStateExited",',
    '"MapIterationStarted",',
    '"MapIterationSucceeded",',
    '"mapIterationStartedEventDetails":{"name":"',
    '"index":',
    '{"i":[{"type":"TaskSucceeded","at":',
    '"taskId":"root:',
    '"e":[[',
  ].join(''),
);

export function encodeStepBody(inputs: ExecutionEvent[], events: HistoryEvent[]): Buffer {
  const stored = events.map((e): StoredEvent => {
    const { id, previousEventId, timestamp, type, ...details } = e;
    return [id, previousEventId, type, timestamp, details];
  });
  const json = JSON.stringify({ i: inputs, e: stored } satisfies StepBody);
  // Most steps are ~1 kB: a 2 kB window and a small hash table (instead of 32 kB + 128 kB to set up
  // per call) cost less and compress them as well. Any window inflates with the default one.
  const packed = deflateRawSync(
    json,
    json.length < SMALL_BODY
      ? { level: 1, windowBits: 11, memLevel: 2, dictionary: DICTIONARY_1 }
      : { level: 1, dictionary: DICTIONARY_1 },
  );
  const body = Buffer.allocUnsafe(packed.length + 1);
  body[0] = FORMAT_DEFLATE_1;
  packed.copy(body, 1);
  return body;
}

export function decodeStepBody(body: Buffer | string): StepBody {
  if (typeof body === 'string') return JSON.parse(body) as StepBody;
  if (body[0] === PLAIN_JSON) return JSON.parse(body.toString('utf8')) as StepBody;
  if (body[0] !== FORMAT_DEFLATE_1) throw new Error(`unknown step body format ${body[0]}`);
  return JSON.parse(
    inflateRawSync(body.subarray(1), { dictionary: DICTIONARY_1 }).toString('utf8'),
  ) as StepBody;
}
