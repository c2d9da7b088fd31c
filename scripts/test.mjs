#!/usr/bin/env node
// Runs every *.test.ts under the given folders (default: libs and apps) with Node's test runner,
// TypeScript loaded by tsx. The runner's summary (tests/pass/fail) is the last thing printed.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const extra = process.argv.slice(2).filter((a) => a.startsWith('-'));
const SKIP = new Set(['node_modules', 'dist', 'data', '.nx']);

function collect(dir, out) {
  if (/\.test\.tsx?$/.test(dir)) return (out.push(dir), out);
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (/\.test\.tsx?$/.test(name) && !name.endsWith('.e2e.test.ts'))
      out.push(relative(process.cwd(), path));
  }
  return out;
}

const files = (roots.length ? roots : ['libs', 'apps']).flatMap((r) => collect(r, [])).sort();
if (files.length === 0) {
  console.error('scripts/test.mjs: no test files found');
  process.exit(1);
}
const reporter = process.env.TEST_REPORTER ?? 'spec';
// The console's own suites (Vitest, Playwright in Debian's Chromium) run first, so that the Node
// test runner's summary stays the last thing printed.
let consoleFailed = false;
if (roots.length === 0) {
  for (const [label, args] of [
    ['console unit tests (vitest)', ['node_modules/vitest/vitest.mjs', 'run', '--root', 'apps/console']],
    [
      'console end-to-end tests (Chromium at /usr/bin/chromium; skipped when absent)',
      ['apps/console/e2e/run-e2e.mjs'],
    ],
  ]) {
    console.log(`== ${label}`);
    if (spawnSync(process.execPath, args, { stdio: 'inherit' }).status !== 0) consoleFailed = true;
  }
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-reporter=${reporter}`, ...extra, ...files],
  { stdio: 'inherit' },
);
process.exit((result.status ?? 1) !== 0 || consoleFailed ? 1 : 0);
