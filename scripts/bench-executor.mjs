#!/usr/bin/env node
// Builds the executor benchmark the way production code runs (plain JS, no tsx loader: tsx keeps
// function names with a helper on every closure, which costs more than the interpreter itself),
// then runs it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const outfile = 'dist/bench/executor-bench.mjs';
await build({
  entryPoints: ['libs/executor/bench/executor-bench.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  logLevel: 'warning',
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
});
const run = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
process.exit(run.status ?? 1);
