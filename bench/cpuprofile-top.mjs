#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time, the
// most inclusive time, and self time grouped by origin (our bundle, each npm package, Node core, GC).
//   node bench/cpuprofile-top.mjs FILE.cpuprofile [--top N]
// The bench driver calls it on the service's profile when run with --profile.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where a frame comes from: an npm package, our bundle (dist/), Node core, or a V8 pseudo-frame. */
function originOf(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native/V8)';
  if (url.startsWith('node:')) return 'node core';
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1];
  if (/\/dist\//.test(url)) return 'durastep (dist)';
  return basename(url);
}

/**
 * `window` ({from, to} in µs of CLOCK_MONOTONIC, as V8 stamps profiles and as
 * process.hrtime.bigint() / 1000n reads it in any process) keeps only the samples taken inside it.
 */
export function summarise(profile, top = 25, window = undefined) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n) => {
    const f = n.callFrame;
    const file = f.url ? f.url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '') : '';
    return `${f.functionName || '(anonymous)'}  ${file}${file ? `:${f.lineNumber + 1}` : ''}`;
  };
  const self = new Map();
  const incl = new Map();
  const origins = new Map();
  let total = 0;
  let idle = 0;
  const { samples, timeDeltas } = profile;
  let t = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    t += timeDeltas[i] ?? 0;
    if (window && (t < window.from || t > window.to)) continue;
    const dt = (timeDeltas[i + 1] ?? timeDeltas[i] ?? 0) / 1000; // ms until the next sample
    const n = nodes.get(samples[i]);
    if (!n) continue;
    if (n.callFrame.functionName === '(idle)') {
      idle += dt;
      continue;
    }
    total += dt;
    const k = keyOf(n);
    self.set(k, (self.get(k) ?? 0) + dt);
    const o = originOf(n.callFrame.url, n.callFrame.functionName);
    origins.set(o, (origins.get(o) ?? 0) + dt);
    const seen = new Set();
    for (let id = n.id; id !== undefined; id = parent.get(id)) {
      const kk = keyOf(nodes.get(id));
      if (seen.has(kk)) continue;
      seen.add(kk);
      incl.set(kk, (incl.get(kk) ?? 0) + dt);
    }
  }
  const rank = (m) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => ({ name: k, ms, pct: total > 0 ? (100 * ms) / total : 0 }));
  return { totalMs: total, idleMs: idle, self: rank(self), inclusive: rank(incl), origins: rank(origins) };
}

export function formatSummary(s, title = 'CPU profile') {
  const line = (r) => `    ${r.pct.toFixed(1).padStart(5)}%  ${r.ms.toFixed(0).padStart(7)} ms  ${r.name}`;
  const skipRoots = (r) => !['(root)  ', '(program)  '].includes(r.name);
  return [
    `${title}: ${(s.totalMs / 1000).toFixed(1)} s on CPU (idle ${(s.idleMs / 1000).toFixed(1)} s not counted)`,
    '  self time by origin:',
    ...s.origins.slice(0, 12).map(line),
    '  top functions by self time:',
    ...s.self.map(line),
    '  top functions by inclusive time:',
    ...s.inclusive.filter(skipRoots).slice(0, 20).map(line),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node bench/cpuprofile-top.mjs FILE.cpuprofile [--top N]');
    process.exit(2);
  }
  const i = process.argv.indexOf('--top');
  const top = i > 0 ? Number(process.argv[i + 1]) : 25;
  console.log(formatSummary(summarise(JSON.parse(readFileSync(file, 'utf8')), top), basename(file)));
}
