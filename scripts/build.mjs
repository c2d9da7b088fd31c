#!/usr/bin/env node
// Bundles the service entry points into dist/ as plain JavaScript (our workspace code inlined,
// npm dependencies left as imports). Running compiled code keeps tsx's per-closure helpers off the
// hot path. Used by `npm start` and `npm run worker`.
import { build } from 'esbuild';

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
