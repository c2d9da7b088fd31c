#!/usr/bin/env node
// Bundles the service entry points into dist/ as plain JavaScript (our workspace code inlined,
// npm dependencies left as imports). Running compiled code keeps tsx's per-closure helpers off the
// hot path. Used by `npm start` and `npm run worker`. Also builds the console (Vite) into
// apps/console/dist when it is missing or older than its sources, so `npm start` serves it.
import { build } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const keepPackagesExternal = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@durastep/') || args.path.endsWith('.json')
        ? undefined
        : { path: args.path, external: true },
    );
  },
};

await build({
  entryPoints: { serve: 'apps/api/src/serve.ts', worker: 'apps/worker/src/main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [keepPackagesExternal],
});

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(path) : st.mtimeMs);
  }
  return newest;
}

const consoleIndex = 'apps/console/dist/index.html';
const consoleStale =
  !existsSync(consoleIndex) ||
  statSync(consoleIndex).mtimeMs <
    Math.max(newestMtime('apps/console/src'), statSync('apps/console/index.html').mtimeMs);
if (process.env.SKIP_CONSOLE_BUILD !== '1' && consoleStale) {
  console.log('building the console (vite build)…');
  const vite = spawnSync(
    process.execPath,
    [join(process.cwd(), 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: 'apps/console',
      stdio: 'inherit',
    },
  );
  if (vite.status !== 0) process.exit(vite.status ?? 1);
}
