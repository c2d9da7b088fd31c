import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { JsonObject } from '../json.js';
import { validateDefinition, type ValidationOptions } from './index.js';

/** [code, location] for an ERROR, or [code, location, 'WARNING']. */
export type Expected = readonly [string, string] | readonly [string, string, 'WARNING'];

export type Row = {
  readonly name: string;
  readonly definition: unknown;
  readonly options?: ValidationOptions;
  /** Exactly these diagnostics, in any order. */
  readonly expect: readonly Expected[];
  /** Substrings the messages must contain (in any diagnostic). */
  readonly messages?: readonly string[];
};

export function runTable(title: string, rows: readonly Row[]): void {
  describe(title, () => {
    for (const row of rows) {
      test(row.name, () => {
        const diagnostics = validateDefinition(row.definition, row.options);
        const got = diagnostics.map((d) => `${d.severity} ${d.code} ${d.location}`).sort();
        const want = row.expect
          .map(([code, location, severity]) => `${severity ?? 'ERROR'} ${code} ${location}`)
          .sort();
        assert.deepEqual(got, want, JSON.stringify(diagnostics, null, 2));
        for (const m of row.messages ?? []) {
          assert.ok(
            diagnostics.some((d) => d.message.includes(m)),
            `no message contains ${JSON.stringify(m)}: ${JSON.stringify(diagnostics.map((d) => d.message))}`,
          );
        }
      });
    }
  });
}

/** A state machine whose StartAt is its first state. */
export function machine(states: JsonObject, top: JsonObject = {}): JsonObject {
  return { StartAt: Object.keys(states)[0], States: states, ...top };
}

/** A one-state machine around `state` (which should end). */
export function single(state: JsonObject, top: JsonObject = {}): JsonObject {
  return machine({ S: state }, top);
}

export const LAMBDA = 'arn:aws:lambda:us-east-1:111111111111:function:f';
export const INVOKE = 'arn:aws:states:::lambda:invoke';
export const SCHEMA = 'SCHEMA_VALIDATION_FAILED';
