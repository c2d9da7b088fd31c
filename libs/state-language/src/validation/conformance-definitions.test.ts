// Reads the shared conformance cases (definitions AWS accepted or rejected at CreateStateMachine).
// eslint-disable-next-line no-restricted-imports -- a test reading fixtures, not library code
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateDefinition, type StateMachineType } from './index.js';

const CASES_DIR = new URL('../../../../../shared/conformance/cases/', import.meta.url);

type ConformanceCase = {
  readonly id: string;
  readonly definition?: unknown;
  readonly definitionText?: string;
  readonly stateMachineType?: StateMachineType;
  readonly expect: { readonly kind: string; readonly message?: string };
};

function loadCases(): ConformanceCase[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, CASES_DIR), 'utf8')) as ConformanceCase);
}

function errorsOf(c: ConformanceCase): string[] {
  const diagnostics = validateDefinition(c.definitionText ?? c.definition, { type: c.stateMachineType });
  return diagnostics
    .filter((d) => d.severity === 'ERROR')
    .map((d) => `${d.code} at ${d.location}: ${d.message}`);
}

const available = existsSync(CASES_DIR);
if (!available) console.log(`conformance-definitions: ${CASES_DIR.pathname} not found, skipping`);

test(
  'every definition AWS rejected at CreateStateMachine is rejected',
  { skip: !available && 'no conformance cases' },
  () => {
    const rejected = loadCases().filter((c) => c.expect.kind === 'create_rejected');
    assert.ok(rejected.length > 0);
    const accepted = rejected
      .filter((c) => errorsOf(c).length === 0)
      .map((c) => `${c.id}: AWS said ${c.expect.message}`);
    console.log(`create_rejected: ${rejected.length - accepted.length}/${rejected.length} rejected`);
    assert.deepEqual(accepted, []);
  },
);

test('no definition AWS accepted gets an ERROR', { skip: !available && 'no conformance cases' }, () => {
  const acceptedByAws = loadCases().filter(
    (c) => c.expect.kind === 'execution' || c.expect.kind === 'start_rejected',
  );
  assert.ok(acceptedByAws.length > 0);
  const wronglyRejected = acceptedByAws.flatMap((c) => {
    const errors = errorsOf(c);
    return errors.length === 0 ? [] : [`${c.id}: ${errors.join(' | ')}`];
  });
  console.log(
    `accepted by AWS: ${acceptedByAws.length - wronglyRejected.length}/${acceptedByAws.length} without errors`,
  );
  assert.deepEqual(wronglyRejected, []);
});
