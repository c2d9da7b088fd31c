#!/usr/bin/env node
// Runs ../shared/conformance/run.mjs against a running Durastep and fails when fewer cases pass than
// the recorded baseline (conformance-baseline.json). The runner's own output is shown unchanged.
// Usage: node scripts/conformance-gate.mjs --endpoint http://127.0.0.1:PORT [run.mjs options…]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tmpdir } from 'node:os';

const dir = process.env.CONFORMANCE_DIR ?? resolve(import.meta.dirname, '../../shared/conformance');
if (!existsSync(resolve(dir, 'run.mjs'))) {
  console.log(`conformance: skipped, ${dir} is absent (set CONFORMANCE_DIR)`);
  process.exit(0);
}
const report = resolve(tmpdir(), `durastep-conformance-${process.pid}.json`);
const run = spawnSync(
  process.execPath,
  [resolve(dir, 'run.mjs'), ...process.argv.slice(2), '--json', report],
  { stdio: 'inherit' },
);
if (!existsSync(report)) {
  console.error(`conformance: the runner produced no report (exit ${run.status})`);
  process.exit(1);
}
const { summary } = JSON.parse(readFileSync(report, 'utf8'));
const baseline = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../conformance-baseline.json'), 'utf8'),
);
const ok = summary.passed >= baseline.service.minPassed;
console.log(
  `conformance gate: ${summary.passed} passed (baseline ${baseline.service.minPassed}), events ${summary.eventsPassed}/${summary.eventsTotal}: ${ok ? 'OK' : 'BELOW BASELINE'}`,
);
process.exit(ok ? 0 : 1);
