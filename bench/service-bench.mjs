#!/usr/bin/env node
// Durastep service benchmark: `npm run bench [-- --quick | --rounds N | --no-build | --profile]`.
//
// Runs the reference workloads of ../shared/bench/README.md against the real service (API + in-process
// workers on PostgreSQL), driven over HTTP from this separate process, with the reference echo function
// on the same machine, and prints every figure that file names beside the machine's own limits:
//   W1 chain10 (throughput), W2 map1000 (fan-out), W3 single-latency (overhead per step),
//   the echo server's ceiling (bare calls) and pgbench single-row UPDATE TPS → the durable ceiling.
// Each round uses a fresh scratch database and a fresh service process; the figures are the medians of
// the rounds with min–max. Exit status: 0 when every execution SUCCEEDED (goals met or not: this is a
// measurement), 1 on any error (a failed execution, a wrong output, a crash, a timeout).
//
// Per round: build once → scratch DB → service (node dist/serve.mjs, WORKERS=1, WORKER_CONCURRENCY=64)
// → W3 on the fresh process (+ ten bare sequential calls) → W2 → 12 s settle → W1 → 12 s settle → 12 s
// idle window → W3 again (steady state) → stop the service → drop the DB → echo ceiling → pgbench (32
// clients, then 1) — the limits with the service stopped.
//
// Why W3 twice: a service runs for days, and W3's figure is meant for the service as it runs. On a
// fresh process V8 is still compiling the hot paths (of the service, and of the echo function and the
// driver too) during W3's 1,000 steps: the service then spends ~2-3x the CPU per step, a third of it on
// V8's compiler threads. The goal is read from the W3 after W1; the fresh-process figure is printed
// beside it.
//
// How the driver sees an execution finish — it reads the scratch DB directly with `pg`, never the API,
// so detection does not load the API (the service's HTTP/Nest stack) during the measurement:
//  - W1 (1,000 concurrent executions): polls the `executions` table every 20 ms for rows of the W1 state
//    machine that are no longer RUNNING, above an id floor that moves past the finished prefix once all
//    starts are acknowledged (earlier, a row inserted by a start still in flight could have a lower id
//    than a committed one). One indexed query per 20 ms (≈50 q/s, a few hundred µs each) instead of
//    paging ListExecutions through Nest; 20 ms adds ≤ 20 ms (≈10 ms mean) to latencies of seconds. The
//    poll queries are counted and subtracted from Δ xact_commit. W1 runs with no trigger installed,
//    exactly the service's own SQL.
//  - W2 and W3 (one execution at a time, where a poll interval would be a visible part of a ~20 ms
//    latency): a bench-owned AFTER UPDATE trigger on the scratch DB's `executions` table NOTIFYs
//    `bench_done` when an execution's status leaves RUNNING, and the driver LISTENs: "seen finished" is
//    the moment the commit becomes visible, with no polling load. The trigger costs one WHEN test per
//    step UPDATE and one pg_notify per execution; it is dropped before W1.
//
// PostgreSQL per step (W1): write transactions = Δ txid_current() (exact, but cluster-wide: another
// database's writes in the same window would count, so other databases' activity is reported); WAL =
// Δ pg_current_wal_lsn() (cluster-wide as well). Transactions = Δ pg_stat_database.xact_commit of the
// scratch DB; PostgreSQL publishes a backend's counters when it goes idle, at most once a second, and an
// idle backend's last counts only after 10 s, so the driver reads the counter 12 s after W2 (baseline)
// and 12 s after W1 ended, and subtracts its own queries and the service's idle rate (its workers poll
// when idle; measured in a further 12 s window after that) over the settle window.
//
// W2 calls in flight (≤ 50), measured two ways without a proxy on the path: (1) from the execution's
// history, in commit order, +1 at each task's Scheduled event (committed before the call is sent) and
// −1 at its Succeeded/Failed event (recorded after the answer arrived) — every real call lies inside
// that span, so this bounds the real count from above; (2) at the function: the shared echo server
// runs unmodified with a preloaded probe (bench/echo-probe.mjs) that counts the distinct keep-alive
// connections carrying the calls (one call per connection at a time; the service's http.Agent opens
// or reuses a further one only while the others are busy). The function itself never sees more than
// ~1 request at a time (it answers within one event-loop turn), so it cannot count calls in flight.
//
// Env: BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432), BENCH_SERVICE_NODE_ARGS (extra node
// flags for the service, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"); --profile does the latter and
// prints the service's top functions (see bench/cpuprofile-top.mjs).
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { formatSummary, summarise } from './cpuprofile-top.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const SHARED = path.resolve(ROOT, '../shared/bench');
const ECHO_SERVER = path.join(SHARED, 'echo-server.js');
const ECHO_PROBE = path.join(import.meta.dirname, 'echo-probe.mjs');
const PGBENCH_SCRIPT = path.join(import.meta.dirname, 'pgbench-update.sql');
// The service runs from a private copy of dist/ taken right after the build, so another engineer
// rebuilding dist/ mid-run cannot change the code between rounds (removed at exit; .gitignored).
const RUN_DIR = path.join(import.meta.dirname, `.run-${process.pid}`);
const SERVICE_ENTRY = path.join(RUN_DIR, 'dist', 'serve.mjs');
const PG_BASE = (process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(`usage: npm run bench [-- --quick] [--rounds N] [--no-build] [--profile] [--verbose]
  --quick     1 round, smaller counts (smoke run)
  --rounds N  rounds (default 3; medians with min–max)
  --no-build  use the existing dist/ instead of running scripts/build.mjs
  --profile   run the service with --cpu-prof and print its hottest functions
  --verbose   print the raw counters behind the PostgreSQL figures`);
  process.exit(0);
}
const QUICK = argv.includes('--quick');
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const CFG = QUICK
  ? { rounds: 1, w1: 200, w2: 200, w3Warm: 2, w3: 20, bare: 2000, bareSeqSets: 30, pgbenchSeconds: 3 }
  : { rounds: 3, w1: 1000, w2: 1000, w3Warm: 5, w3: 100, bare: 10000, bareSeqSets: 100, pgbenchSeconds: 10 };
if (opt('--rounds')) CFG.rounds = Math.max(1, Number(opt('--rounds')) | 0);
const BUILD = !argv.includes('--no-build');
const PROFILE = argv.includes('--profile');
const VERBOSE = argv.includes('--verbose');

const STEPS_PER_EXECUTION = 10;
const START_CONCURRENCY = 50; // W1: at most 50 StartExecution requests in flight
const BARE_CONCURRENCY = 50; // echo ceiling: the bare calls of W1, same concurrency
const MAP_MAX_CONCURRENCY = 50;
const WORKERS = '1';
const WORKER_CONCURRENCY = process.env.BENCH_WORKER_CONCURRENCY ?? '64';
const W1_POLL_MS = 20;
const STATS_SETTLE_MS = 12_000; // > PostgreSQL's 10 s idle flush of backend statistics
const PAYLOAD = '0123456789abcdef'.repeat(4); // the README's "<64 characters>"
const ROLE_ARN = 'arn:aws:iam::000000000000:role/durastep-bench';
const ECHO_PATH = '/2015-03-31/functions/echo/invocations';

// ───────────────────────────── small helpers ─────────────────────────────
const now = () => performance.now();
/** µs of CLOCK_MONOTONIC, the clock of V8's CPU profiles (to cut the service's profile to W1). */
const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);
const log = (...a) => console.log(...a);
const fmt = (n, digits = 0) =>
  n === undefined || Number.isNaN(n)
    ? 'n/a'
    : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (x) => (x >= 100 ? fmt(x, 0) : x >= 10 ? fmt(x, 1) : fmt(x, 2));
const percentile = (sorted, p) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const lsnToBig = (lsn) => {
  const [hi, lo] = lsn.split('/');
  return (BigInt(`0x${hi}`) << 32n) | BigInt(`0x${lo}`);
};

async function runPool(n, concurrency, fn, abort = { aborted: false }) {
  let next = 0;
  const worker = async () => {
    while (!abort.aborted) {
      const i = next++;
      if (i >= n) return;
      await fn(i);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
  } catch (e) {
    abort.aborted = true;
    throw e;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** One HTTP request over `agent` (keep-alive); resolves with status and body text. */
function request(agent, port, method, urlPath, headers, body) {
  return new Promise((resolve, reject) => {
    const payload = body ?? '';
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: urlPath,
        agent,
        headers: { ...headers, 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            body: chunks.length === 1 ? chunks[0].toString() : Buffer.concat(chunks).toString(),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The AWS Step Functions JSON protocol client of the driver (one keep-alive agent). */
class Sfn {
  constructor(port) {
    this.port = port;
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  }
  async call(action, payload) {
    const r = await request(
      this.agent,
      this.port,
      'POST',
      '/',
      { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `AWSStepFunctions.${action}` },
      JSON.stringify(payload),
    );
    if (r.status !== 200) throw new Error(`${action} answered ${r.status}: ${r.body.slice(0, 500)}`);
    return JSON.parse(r.body);
  }
  close() {
    this.agent.destroy();
  }
}

/** An execution's whole history, through GetExecutionHistory (read after a measurement). */
async function historyOf(sfn, executionArn) {
  const events = [];
  let nextToken;
  do {
    const page = await sfn.call('GetExecutionHistory', { executionArn, maxResults: 1000, nextToken });
    events.push(...page.events);
    nextToken = page.nextToken;
  } while (nextToken);
  return events;
}

// ───────────────────────────── processes ─────────────────────────────
const children = new Set();
const scratchDbs = new Set();

function tail(lines, stream) {
  let buf = '';
  stream.setEncoding('utf8');
  stream.on('data', (d) => {
    buf += d;
    const parts = buf.split('\n');
    buf = parts.pop();
    for (const p of parts) {
      lines.push(p);
      if (lines.length > 200) lines.shift();
    }
  });
}

function waitExit(child, timeoutMs) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

async function stopChild(child, timeoutMs = 15_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return children.delete(child);
  child.kill('SIGTERM');
  if (!(await waitExit(child, timeoutMs))) {
    child.kill('SIGKILL');
    await waitExit(child, 5000);
  }
  children.delete(child);
}

/** The shared echo server, unmodified, with the in-flight probe preloaded (IPC for its counters). */
async function startEcho() {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', pathToFileURL(ECHO_PROBE).href, ECHO_SERVER, String(port)],
    {
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  children.add(child);
  const lines = [];
  tail(lines, child.stderr);
  await new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('echo server did not start')), 10_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => {
      if (d.includes('listening')) {
        clearTimeout(t);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`echo server exited (${code}): ${lines.join('\n')}`)));
  });
  let seq = 0;
  const pending = new Map();
  child.on('message', (m) => {
    pending.get(m.id)?.(m);
    pending.delete(m.id);
  });
  return {
    port,
    pid: child.pid,
    child,
    agent: new http.Agent({ keepAlive: true, maxSockets: BARE_CONCURRENCY }),
    /** {served, connections, opened} since the last reset (see echo-probe.mjs). */
    stats(reset = false) {
      const id = ++seq;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        child.send({ cmd: 'stats', id, reset });
      });
    },
  };
}

function splitArgs(s) {
  return (s ?? '').split(/\s+/).filter(Boolean);
}

async function startService(dbName, echoPort, profileDir) {
  const port = await freePort();
  const nodeArgs = [
    ...splitArgs(process.env.BENCH_SERVICE_NODE_ARGS),
    ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
  ];
  const child = spawn(process.execPath, [...nodeArgs, SERVICE_ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: `${PG_BASE}/${dbName}`,
      LAMBDA_ENDPOINT: `http://127.0.0.1:${echoPort}`,
      PORT: String(port),
      WORKERS,
      WORKER_CONCURRENCY,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const lines = [];
  tail(lines, child.stdout);
  tail(lines, child.stderr);
  const svc = { port, pid: child.pid, child, lines, exited: false };
  child.once('exit', (code, signal) => {
    svc.exited = true;
    svc.exit = signal ?? code;
  });
  const deadline = now() + 60_000;
  const probe = new http.Agent({ keepAlive: false });
  for (;;) {
    if (svc.exited) throw new Error(`service exited (${svc.exit}) during start-up:\n${lines.join('\n')}`);
    try {
      const r = await request(probe, port, 'GET', '/healthz', {}, '');
      if (r.status === 200) break;
    } catch {
      /* not listening yet */
    }
    if (now() > deadline) throw new Error(`service not healthy after 60 s:\n${lines.join('\n')}`);
    await sleep(100);
  }
  return svc;
}

function assertAlive(svc) {
  if (svc.exited) throw new Error(`service died (${svc.exit}):\n${svc.lines.slice(-60).join('\n')}`);
}

// ───────────────────────────── /proc sampling ─────────────────────────────
function readStatus(pid, field) {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${field}:\\s+(\\d+) kB`));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function descendants(pid) {
  const out = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    let tids = [];
    try {
      tids = readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const t of tids) {
      try {
        for (const c of readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').split(/\s+/).filter(Boolean)) {
          out.push(Number(c));
          stack.push(Number(c));
        }
      } catch {
        /* gone */
      }
    }
  }
  return out;
}

/** Peak VmRSS of a process and all its descendants, sampled every 50 ms. */
function startRssSampler(pid) {
  const s = { peakKb: 0, samples: 0 };
  const sample = () => {
    let kb = readStatus(pid, 'VmRSS');
    for (const c of descendants(pid)) kb += readStatus(c, 'VmRSS');
    s.samples++;
    if (kb > s.peakKb) s.peakKb = kb;
  };
  sample();
  const timer = setInterval(sample, 50);
  s.stop = () => {
    sample();
    clearInterval(timer);
  };
  s.hwmKb = () => readStatus(pid, 'VmHWM') + descendants(pid).reduce((a, c) => a + readStatus(c, 'VmHWM'), 0);
  return s;
}

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime+stime of a process (all its threads), in ms. */
function cpuMs(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK;
  } catch {
    return 0;
  }
}

/** Every PostgreSQL process: pid → {ms, db} (db from its title, undefined for shared processes). */
function postgresProcesses() {
  const out = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readFileSync(`/proc/${d}/comm`, 'utf8').trim() !== 'postgres') continue;
      const title = readFileSync(`/proc/${d}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      // "postgres: 15/main: USER DB HOST(PORT) STATE" for a backend; "postgres: 15/main: autovacuum
      // worker DB"; "postgres: 15/main: checkpointer" etc. for shared processes.
      const m = /^postgres: [^:]+: (.*)$/.exec(title);
      let db;
      if (m) {
        const words = m[1].split(' ');
        if (words[0] === 'autovacuum' && words[1] === 'worker') db = words[2];
        else if (words.length >= 3 && /\(\d+\)$|^\[local\]$/.test(words[2])) db = words[1];
      }
      out.set(d, { ms: cpuMs(d), db });
    } catch {
      /* gone */
    }
  }
  return out;
}

function machineCpu() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = f[3] + (f[4] ?? 0);
  const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: ((total - idle) * 1000) / CLK_TCK, total: (total * 1000) / CLK_TCK };
}

/** CPU ms of the driver's finished child processes (pgbench). */
function reapedChildrenMs() {
  const s = readFileSync('/proc/self/stat', 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return ((Number(f[13]) + Number(f[14])) * 1000) / CLK_TCK;
}

/** utime and stime of a process in ms, and its read/write syscalls (/proc/PID/io). */
function processDetail(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    const io = Object.fromEntries(
      readFileSync(`/proc/${pid}/io`, 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split(': '))
        .map(([k, v]) => [k, Number(v)]),
    );
    return {
      user: (Number(f[11]) * 1000) / CLK_TCK,
      sys: (Number(f[12]) * 1000) / CLK_TCK,
      syscr: io.syscr ?? NaN,
      syscw: io.syscw ?? NaN,
    };
  } catch {
    return { user: NaN, sys: NaN, syscr: NaN, syscw: NaN };
  }
}

/**
 * Samples PostgreSQL's processes every 250 ms during a window, so backends that exit before its end
 * (pgbench's) still count with their last reading. `end()` gives a pid → {ms, db} map to close it.
 */
function trackPostgres() {
  const last = postgresProcesses();
  const sample = () => {
    for (const [pid, p] of postgresProcesses()) last.set(pid, p);
  };
  const timer = setInterval(sample, 250);
  return {
    end() {
      clearInterval(timer);
      sample();
      return last;
    },
  };
}

function cpuSnapshot(svc, echo, pgTracker) {
  const u = process.cpuUsage();
  return {
    serviceDetail: svc ? processDetail(svc.pid) : undefined,
    service: svc ? cpuMs(svc.pid) + descendants(svc.pid).reduce((a, c) => a + cpuMs(c), 0) : 0,
    echo: cpuMs(echo.pid),
    driver: (u.user + u.system) / 1000,
    reaped: reapedChildrenMs(),
    pg: pgTracker ? pgTracker.end() : postgresProcesses(),
    machine: machineCpu(),
  };
}

/** CPU ms between two snapshots: ours by process, PostgreSQL split by database, and everything else. */
function cpuDelta(a, b, dbName) {
  const d = { service: b.service - a.service, echo: b.echo - a.echo, driver: b.driver - a.driver };
  if (a.serviceDetail && b.serviceDetail)
    for (const k of ['user', 'sys', 'syscr', 'syscw'])
      d[`service_${k}`] = b.serviceDetail[k] - a.serviceDetail[k];
  d.pgScratch = 0; // backends of the scratch database (the service's and the driver's)
  d.pgShared = 0; // walwriter, checkpointer, background writer, postmaster…
  d.pgOther = 0; // other databases' backends (other users of this server)
  for (const [pid, p] of b.pg) {
    const delta = p.ms - (a.pg.get(pid)?.ms ?? 0);
    if (p.db === dbName) d.pgScratch += delta;
    else if (p.db === undefined) d.pgShared += delta;
    else d.pgOther += delta;
  }
  d.machineBusy = b.machine.busy - a.machine.busy;
  d.machineTotal = b.machine.total - a.machine.total;
  d.reaped = b.reaped - a.reaped; // pgbench
  d.others = Math.max(0, d.machineBusy - d.service - d.echo - d.driver - d.reaped - d.pgScratch - d.pgShared);
  d.othersPct = d.machineTotal > 0 ? (100 * d.others) / d.machineTotal : NaN;
  return d;
}

// ───────────────────────────── PostgreSQL ─────────────────────────────
async function connect(dbName, appName = 'durastep-bench') {
  const c = new pg.Client({ connectionString: `${PG_BASE}/${dbName}`, application_name: appName });
  await c.connect();
  return c;
}

async function admin(sql) {
  const c = await connect('postgres');
  try {
    return await c.query(sql);
  } finally {
    await c.end();
  }
}

async function createScratchDb(name) {
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  scratchDbs.add(name);
}

async function dropScratchDb(name) {
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  scratchDbs.delete(name);
}

const XACT_SQL = `SELECT xact_commit::text AS xact FROM pg_stat_database WHERE datname = current_database()`;
const SNAPSHOT_SQL = `SELECT txid_current()::text AS txid, pg_current_wal_lsn()::text AS lsn,
  (SELECT coalesce(sum(xact_commit), 0)::text FROM pg_stat_database WHERE datname IS DISTINCT FROM current_database()) AS other`;

async function readXact(c) {
  return Number((await c.query(XACT_SQL)).rows[0].xact);
}

/**
 * --profile only: samples pg_stat_activity every 100 ms for the scratch DB's active statements, so the
 * report can say which of the service's statements keep PostgreSQL busy (or waiting) during W1.
 */
async function samplePgActivity(dbName) {
  const c = await connect('postgres', 'durastep-bench-activity');
  const byQuery = new Map();
  const byWait = new Map();
  let samples = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const r = await c.query(
        `SELECT query, coalesce(wait_event_type || ':' || wait_event, 'CPU') AS wait FROM pg_stat_activity
          WHERE datname = $1 AND state = 'active' AND application_name NOT LIKE 'durastep-bench%'`,
        [dbName],
      );
      samples++;
      for (const row of r.rows) {
        const q = row.query.replace(/\s+/g, ' ').trim().slice(0, 110);
        byQuery.set(q, (byQuery.get(q) ?? 0) + 1);
        byWait.set(row.wait, (byWait.get(row.wait) ?? 0) + 1);
      }
      await sleep(100);
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      await c.end();
      const top = (m, n) =>
        [...m.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, n)
          .map(([k, v]) => `    ${fmt(v / samples, 2).padStart(6)}  ${k}`);
      return [
        `PostgreSQL activity during W1 (${fmt(samples)} samples of pg_stat_activity; average number of the service's`,
        `backends in each state / statement at any moment):`,
        '  by wait event (CPU = running or runnable):',
        ...top(byWait, 8),
        '  by statement:',
        ...top(byQuery, 12),
      ].join('\n');
    },
  };
}

/**
 * --profile only: what W1's WAL is made of (pg_waldump --stats=record over its LSN range; cluster-wide,
 * so other databases' records are included). Best effort: needs read access to the server's pg_wal.
 */
async function walBreakdown(stats, fromLsn, toLsn, steps) {
  try {
    const dir = (await admin('SHOW data_directory')).rows[0].data_directory;
    const major = (await admin('SHOW server_version_num')).rows[0].server_version_num.slice(0, 2);
    const bin = [`/usr/lib/postgresql/${major}/bin/pg_waldump`, 'pg_waldump'].find((b) =>
      b.includes('/') ? existsSync(b) : true,
    );
    const r = spawnSync(bin, ['--stats=record', '-p', path.join(dir, 'pg_wal'), '-s', fromLsn, '-e', toLsn], {
      encoding: 'utf8',
    });
    const rows = [];
    for (const line of (r.stdout ?? '').split('\n')) {
      const m =
        /^(\S+)\s+(\d+)\s+\(\s*[\d.]+\)\s+(\d+)\s+\(\s*[\d.]+\)\s+(\d+)\s+\(\s*[\d.]+\)\s+(\d+)\s+\(\s*[\d.]+\)/.exec(
          line,
        );
      if (m && m[1] !== 'Total') rows.push({ type: m[1], n: +m[2], rec: +m[3], fpi: +m[4], all: +m[5] });
    }
    if (rows.length === 0)
      return `WAL breakdown unavailable: ${(r.stderr || r.error?.message || '').trim().slice(0, 200)}`;
    rows.sort((a, b) => b.all - a.all);
    const total = rows.reduce((a, x) => a + x.all, 0);
    const fpi = rows.reduce((a, x) => a + x.fpi, 0);
    return [
      `W1 WAL by record type (pg_waldump; per step; full-page images ${fmt((100 * fpi) / total)}% of the bytes):`,
      ...rows
        .slice(0, 12)
        .map(
          (x) =>
            `    ${fmt(x.all / steps).padStart(6)} B  ${fmt(x.n / steps, 2).padStart(5)} records  ` +
            `(FPI ${fmt(x.fpi / steps).padStart(5)} B)  ${x.type}`,
        ),
    ].join('\n');
  } catch (e) {
    return `WAL breakdown unavailable: ${e.message}`;
  }
}

/** NOTIFY bench_done on an execution's status leaving RUNNING (W2/W3 only; dropped before W1). */
const TRIGGER_SQL = `
CREATE OR REPLACE FUNCTION bench_notify_done() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('bench_done', NEW.state_machine_name || '/' || NEW.name || ' ' || NEW.status);
  RETURN NULL;
END $$;
CREATE TRIGGER bench_done AFTER UPDATE OF status ON executions FOR EACH ROW
  WHEN (NEW.status <> 'RUNNING' AND NEW.status IS DISTINCT FROM OLD.status)
  EXECUTE FUNCTION bench_notify_done();`;

class DoneListener {
  static async open(dbName) {
    const l = new DoneListener();
    l.client = await connect(dbName, 'durastep-bench-listen');
    l.seen = new Map();
    l.waiters = new Map();
    l.client.on('notification', (m) => {
      const at = now();
      const sp = m.payload.lastIndexOf(' ');
      const key = m.payload.slice(0, sp);
      const done = { at, status: m.payload.slice(sp + 1) };
      const w = l.waiters.get(key);
      if (w) {
        l.waiters.delete(key);
        w(done);
      } else l.seen.set(key, done);
    });
    await l.client.query('LISTEN bench_done');
    return l;
  }
  /** Resolves with {at, status} when `machine/name` leaves RUNNING. */
  wait(key, timeoutMs, svc) {
    const got = this.seen.get(key);
    if (got) {
      this.seen.delete(key);
      return Promise.resolve(got);
    }
    return new Promise((resolve, reject) => {
      const check = setInterval(() => {
        if (svc.exited) {
          clearInterval(check);
          clearTimeout(t);
          reject(new Error(`service died (${svc.exit}):\n${svc.lines.slice(-60).join('\n')}`));
        }
      }, 200);
      const t = setTimeout(() => {
        clearInterval(check);
        this.waiters.delete(key);
        reject(new Error(`execution ${key} did not finish within ${timeoutMs / 1000} s`));
      }, timeoutMs);
      this.waiters.set(key, (d) => {
        clearTimeout(t);
        clearInterval(check);
        resolve(d);
      });
    });
  }
  close() {
    return this.client.end();
  }
}

async function failureDetail(c, machine, name) {
  const r = await c.query(
    `SELECT status, error, cause, output FROM executions WHERE state_machine_name = $1 AND name = $2`,
    [machine, name],
  );
  return JSON.stringify(r.rows[0] ?? null).slice(0, 800);
}

// ───────────────────────────── workloads ─────────────────────────────
const stepInput = (i) => ({ execution: i, payload: PAYLOAD });

function logW3(label, w3) {
  log(
    `  ${label.padEnd(18)} ${CFG.w3} executions (after ${CFG.w3Warm} warm-up): p50 ${ms(w3.p50)} ms, ` +
      `p99 ${ms(w3.p99)} ms | ten bare sequential calls p50 ${ms(w3.bare10)} ms → ` +
      `engine overhead ${ms(w3.overheadPerStep)} ms/step`,
  );
  log(
    `                     service history (medians): start → first task answered ${ms(w3.firstAnswer)} ms, ` +
      `then ${ms(w3.laterStep)} ms per further step (answer to answer); service CPU ` +
      `${Math.round(w3.serviceCpuPerStep)} µs per step (${Math.round(w3.serviceSysPct)}% in the kernel)`,
  );
}

/**
 * W3: warm-up, then executions one after another; and ten bare sequential echo calls. `machine` is
 * the state machine's name (W3 runs twice per round: on the fresh process, and after W1).
 */
async function runW3(ctx, machine) {
  const { sfn, listener, svc, stats, machines, echo } = ctx;
  const lat = [];
  const w3Started = [];
  let cpu0;
  for (let k = 0; k < CFG.w3Warm + CFG.w3; k++) {
    if (k === CFG.w3Warm) cpu0 = cpuSnapshot(svc, echo);
    const name = `w3-${k}`;
    const input = stepInput(k);
    const t = now();
    const started = await sfn.call('StartExecution', {
      stateMachineArn: machines[machine],
      name,
      input: JSON.stringify(input),
    });
    const done = await listener.wait(`${machine}/${name}`, 60_000, svc);
    if (done.status !== 'SUCCEEDED')
      throw new Error(
        `W3 execution ${name} ended ${done.status}: ${await failureDetail(stats, machine, name)}`,
      );
    if (k >= CFG.w3Warm) {
      lat.push(done.at - t);
      w3Started.push({ arn: started.executionArn, startMs: started.startDate * 1000 });
    }
  }
  // The service's CPU (user + kernel) per step of the measured executions: where one execution at a
  // time spends its time when no other load shares the wake-ups and round trips.
  // (All threads: V8 compiling hot functions concurrently on its worker threads is part of it.)
  const cpu = cpuDelta(cpu0, cpuSnapshot(svc, echo));
  const serviceCpuPerStep = (cpu.service * 1000) / (CFG.w3 * STEPS_PER_EXECUTION);
  const serviceSysPct = (100 * cpu.service_sys) / (cpu.service_user + cpu.service_sys);
  // Where the time goes, from the service's history: a task's Succeeded event is stamped when its
  // answer arrived (ms resolution), so start → first answer is pick-up + one step, and the gaps
  // between answers are the later steps (commit, next call, answer).
  // (Read through GetExecutionHistory, after the measurement: the journal is compressed.)
  const hist = { rows: [] };
  for (const { arn, startMs } of w3Started) {
    const answers = (await historyOf(sfn, arn))
      .filter((e) => e.type === 'LambdaFunctionSucceeded' || e.type === 'TaskSucceeded')
      .map((e) => e.timestamp * 1000);
    hist.rows.push({
      first: answers[0] - startMs,
      later: (answers[answers.length - 1] - answers[0]) / (answers.length - 1),
    });
  }
  const firstAnswer = median(hist.rows.map((r) => Number(r.first)));
  const laterStep = median(hist.rows.map((r) => Number(r.later)));
  const out = await stats.query(`SELECT name, output FROM executions WHERE state_machine_name = $1`, [
    machine,
  ]);
  for (const row of out.rows) {
    const k = Number(row.name.slice(3));
    if (!isDeepStrictEqual(JSON.parse(row.output), stepInput(k)))
      throw new Error(`W3 execution ${row.name}: output ${row.output} differs from its input`);
  }
  // The baseline: ten bare HTTP calls to the echo server, one after another, same client and body.
  const body = JSON.stringify(stepInput(0));
  const bare = [];
  for (let r = 0; r < CFG.bareSeqSets + 3; r++) {
    const t = now();
    for (let j = 0; j < STEPS_PER_EXECUTION; j++) {
      const res = await request(
        echo.agent,
        echo.port,
        'POST',
        ECHO_PATH,
        { 'content-type': 'application/json' },
        body,
      );
      if (res.status !== 200 || res.body !== body) throw new Error(`echo answered ${res.status}`);
    }
    if (r >= 3) bare.push(now() - t);
  }
  lat.sort((a, b) => a - b);
  bare.sort((a, b) => a - b);
  const p50 = percentile(lat, 50);
  const bare10 = percentile(bare, 50);
  return {
    p50,
    p99: percentile(lat, 99),
    mean: lat.reduce((a, b) => a + b, 0) / lat.length,
    bare10,
    overheadPerStep: (p50 - bare10) / STEPS_PER_EXECUTION,
    firstAnswer,
    laterStep,
    serviceCpuPerStep,
    serviceSysPct,
  };
}

/** W2: one execution, an inline Map over 1,000 items with MaxConcurrency 50. */
async function runW2(ctx) {
  const { sfn, listener, svc, stats, machines, echo } = ctx;
  const items = Array.from({ length: CFG.w2 }, (_, i) => ({ item: i, payload: PAYLOAD }));
  const before = await echo.stats(true);
  const t = now();
  const w2 = await sfn.call('StartExecution', {
    stateMachineArn: machines.w2,
    name: 'w2',
    input: JSON.stringify({ items }),
  });
  const done = await listener.wait('map1000/w2', 300_000, svc);
  const wallMs = done.at - t;
  const after = await echo.stats(true);
  if (done.status !== 'SUCCEEDED')
    throw new Error(`W2 execution ended ${done.status}: ${await failureDetail(stats, 'map1000', 'w2')}`);
  const row = (
    await stats.query(
      `SELECT id, output FROM executions WHERE state_machine_name = 'map1000' AND name = 'w2'`,
    )
  ).rows[0];
  if (!isDeepStrictEqual(JSON.parse(row.output), items)) throw new Error('W2 output differs from its items');
  // Calls in flight as the service recorded them: in history order, +1 at each task's Scheduled event
  // (committed before the call is sent), −1 at its Succeeded/Failed/TimedOut event (recorded after the
  // answer came). Each real call lies inside that span, so this count bounds the real one from above.
  const events = { rows: await historyOf(sfn, w2.executionArn) };
  let inflight = 0;
  let maxInflight = 0;
  let scheduled = 0;
  for (const { type } of events.rows) {
    if (/^(LambdaFunction|Task)Scheduled$/.test(type)) {
      scheduled++;
      maxInflight = Math.max(maxInflight, ++inflight);
    } else if (
      /^(LambdaFunction|Task)(Succeeded|Failed|TimedOut|ScheduleFailed|StartFailed|SubmitFailed)$/.test(type)
    )
      inflight--;
  }
  if (scheduled !== CFG.w2) throw new Error(`W2 history shows ${scheduled} task calls, expected ${CFG.w2}`);
  return {
    wallMs,
    itemsPerS: CFG.w2 / (wallMs / 1000),
    maxInflight,
    connections: after.connections,
    calls: after.served - before.served,
  };
}

/** W1: 1,000 chain10 executions, ≤ 50 StartExecution requests in flight, until all SUCCEEDED. */
async function runW1(ctx) {
  const { sfn, svc, stats, machines, echo, dbName } = ctx;
  const n = CFG.w1;
  const steps = n * STEPS_PER_EXECUTION;
  const sent = new Float64Array(n);
  const acked = new Float64Array(n);
  const seen = new Float64Array(n).fill(NaN);
  const index = new Map(Array.from({ length: n }, (_, i) => [`w1-${i}`, i]));
  const poller = await connect(dbName, 'durastep-bench-poll');

  // Settle: every backend publishes what it counted during W3/W2 before the baseline is read.
  await sleep(STATS_SETTLE_MS);
  const xb = await readXact(stats);
  const tb = now();
  const s0 = (await stats.query(SNAPSHOT_SQL)).rows[0];
  const activity = PROFILE ? await samplePgActivity(dbName) : undefined;
  const cpu0 = cpuSnapshot(svc, echo);
  const pgTracker = trackPostgres();
  const echo0 = await echo.stats(true);

  let ackedCount = 0;
  let seenCount = 0;
  let pollQueries = 0;
  let floor = '0';
  const abort = { aborted: false };
  const failures = [];
  const hrFrom = monotonicMicros();
  const t0 = now();
  const starts = runPool(
    n,
    START_CONCURRENCY,
    async (i) => {
      sent[i] = now();
      await sfn.call('StartExecution', {
        stateMachineArn: machines.w1,
        name: `w1-${i}`,
        input: JSON.stringify(stepInput(i)),
      });
      acked[i] = now();
      ackedCount++;
    },
    abort,
  );
  const timeoutMs = Math.max(120_000, n * 300);
  const poll = (async () => {
    while (seenCount < n && !abort.aborted) {
      const tq = now();
      const allAcked = ackedCount === n; // every row is committed before this query's snapshot
      const r = await poller.query({
        name: 'w1-poll',
        text: `SELECT id::text, name, status FROM executions
               WHERE state_machine_arn = $1 AND id > $2 AND status <> 'RUNNING'
               UNION ALL
               SELECT min(id)::text, NULL, NULL FROM executions
               WHERE state_machine_arn = $1 AND id > $2 AND status = 'RUNNING'`,
        values: [machines.w1, floor],
      });
      pollQueries++;
      const at = now();
      for (const row of r.rows) {
        if (row.name === null) {
          if (allAcked && row.id !== null) floor = (BigInt(row.id) - 1n).toString();
          continue;
        }
        const i = index.get(row.name);
        if (i === undefined || !Number.isNaN(seen[i])) continue;
        seen[i] = at;
        seenCount++;
        if (row.status !== 'SUCCEEDED') failures.push(`${row.name}: ${row.status}`);
      }
      if (failures.length > 0)
        throw new Error(`W1 executions did not succeed: ${failures.slice(0, 5).join(', ')}`);
      assertAlive(svc);
      if (at - t0 > timeoutMs)
        throw new Error(`W1: only ${seenCount}/${n} executions finished after ${timeoutMs / 1000} s`);
      const wait = W1_POLL_MS - (now() - tq);
      if (wait > 0) await sleep(wait);
    }
  })().catch((e) => {
    abort.aborted = true;
    throw e;
  });
  await Promise.all([starts, poll]);
  const hrTo = monotonicMicros();
  let t1 = 0;
  for (const s of seen) t1 = Math.max(t1, s);
  const s1 = (await stats.query(SNAPSHOT_SQL)).rows[0];
  const cpu1 = cpuSnapshot(svc, echo, pgTracker);
  const pgActivity = await activity?.stop();
  const wal = PROFILE ? await walBreakdown(stats, s0.lsn, s1.lsn, steps) : undefined;
  const echo1 = await echo.stats(true);
  await poller.end();

  // Outputs (outside the timed window): each equals its input.
  const rows = await stats.query(`SELECT name, output FROM executions WHERE state_machine_arn = $1`, [
    machines.w1,
  ]);
  if (rows.rows.length !== n) throw new Error(`W1: ${rows.rows.length} executions in the DB, expected ${n}`);
  for (const row of rows.rows) {
    const i = index.get(row.name);
    if (!isDeepStrictEqual(JSON.parse(row.output), stepInput(i)))
      throw new Error(`W1 execution ${row.name}: output ${row.output} differs from its input`);
  }

  // Settle, then read xact_commit: every backend has published its counts by now.
  const tSettle = now();
  await sleep(Math.max(0, STATS_SETTLE_MS - (tSettle - t1)));
  const xc = await readXact(stats);
  const tc = now();
  // Idle window: the service's own transaction rate while idle (its worker slots poll), subtracted
  // over the idle time inside [xb, xc] (the settle window after W1).
  await sleep(STATS_SETTLE_MS);
  const xd = await readXact(stats);
  const idleRate = (xd - xc - 1) / ((now() - tc) / 1000); // − the read xc itself
  const mine = 1 /* xb */ + 1 /* s0 */ + 1 /* s1 */ + 1 /* outputs */ + pollQueries;
  const idleSeconds = (t0 - tb + (tc - t1)) / 1000;
  const rawXact = xc - xb;
  const xact = rawXact - mine - idleRate * idleSeconds;
  const writeTx = Number(BigInt(s1.txid) - BigInt(s0.txid) - 1n); // − the snapshot's own xid
  const walBytes = Number(lsnToBig(s1.lsn) - lsnToBig(s0.lsn));

  const wallMs = t1 - t0;
  let lastAck = 0;
  for (const a of acked) lastAck = Math.max(lastAck, a);
  const lat = Array.from(seen, (s, i) => s - sent[i]).sort((a, b) => a - b);
  const d = cpuDelta(cpu0, cpu1, dbName);
  const perStep = (x) => (x * 1000) / steps; // ms over the run → µs per step
  const cpu = {
    service: perStep(d.service),
    postgres: perStep(d.pgScratch + d.pgShared),
    echo: perStep(d.echo),
    driver: perStep(d.driver),
  };
  return {
    wallMs,
    stepsPerS: steps / (wallMs / 1000),
    execPerS: n / (wallMs / 1000),
    startAckPerS: n / ((lastAck - t0) / 1000),
    p50: percentile(lat, 50),
    p95: percentile(lat, 95),
    p99: percentile(lat, 99),
    xactPerStep: xact / steps,
    writeTxPerStep: writeTx / steps,
    walPerStep: walBytes / steps,
    cpu,
    machineBusyPct: d.machineTotal > 0 ? (100 * d.machineBusy) / d.machineTotal : NaN,
    othersPct: d.othersPct,
    serviceSysPct: (100 * d.service_sys) / (d.service_user + d.service_sys),
    serviceWritesPerStep: d.service_syscw / steps,
    serviceReadsPerStep: d.service_syscr / steps,
    pgOtherDbPct: d.machineTotal > 0 ? (100 * d.pgOther) / d.machineTotal : NaN,
    calls: echo1.served - echo0.served,
    connections: echo1.connections,
    otherDbXacts: Number(s1.other) - Number(s0.other),
    profileWindow: { from: hrFrom, to: hrTo },
    pgActivity,
    wal,
    raw: { rawXact, mine, idleRate, idleSeconds, pollQueries, writeTx, walBytes, xb, xc, xd },
  };
}

/** The echo server's ceiling: the bare calls of W1 (10,000 POSTs, 50 in flight), same client. */
async function runBare(echo) {
  const n = CFG.bare;
  const bodies = Array.from({ length: 1000 }, (_, i) => JSON.stringify(stepInput(i)));
  // a short warm-up of connections and JIT
  await runPool(200, BARE_CONCURRENCY, (i) =>
    request(
      echo.agent,
      echo.port,
      'POST',
      ECHO_PATH,
      { 'content-type': 'application/json' },
      bodies[i % 1000],
    ),
  );
  const t = now();
  await runPool(n, BARE_CONCURRENCY, async (i) => {
    const r = await request(
      echo.agent,
      echo.port,
      'POST',
      ECHO_PATH,
      { 'content-type': 'application/json' },
      bodies[i % 1000],
    );
    if (r.status !== 200) throw new Error(`echo answered ${r.status}`);
  });
  return n / ((now() - t) / 1000);
}

/** pgbench with the single-row UPDATE script: {tps, latencyMs (average per transaction)}. */
async function runPgbench(dbName, clients, threads, seconds) {
  const child = spawn(
    'pgbench',
    [
      '-f',
      PGBENCH_SCRIPT,
      '-c',
      String(clients),
      '-j',
      String(threads),
      '-T',
      String(seconds),
      `${PG_BASE}/${dbName}`,
    ],
    { env: { ...process.env, PGOPTIONS: '-c synchronous_commit=on' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const code = await new Promise((resolve) => child.once('close', resolve));
  children.delete(child);
  const m = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout);
  const l = /latency average = ([\d.]+) ms/.exec(stdout);
  if (code !== 0 || !m) throw new Error(`pgbench failed (${code}): ${stderr}\n${stdout}`);
  return { tps: Number(m[1]), latencyMs: l ? Number(l[1]) : NaN };
}

// ───────────────────────────── a round ─────────────────────────────
async function runRound(round, echo, pgbenchDb, profileDir) {
  const dbName = `durastep_bench_${process.pid}_r${round}`;
  await createScratchDb(dbName);
  const svc = await startService(dbName, echo.port, profileDir);
  const rss = startRssSampler(svc.pid);
  const sfn = new Sfn(svc.port);
  const stats = await connect(dbName, 'durastep-bench-stats');
  let listener;
  const result = { round };
  try {
    const chain10 = readFileSync(path.join(SHARED, 'chain10.asl.json'), 'utf8');
    const map1000 = readFileSync(path.join(SHARED, 'map1000.asl.json'), 'utf8');
    const create = async (name, definition) =>
      (await sfn.call('CreateStateMachine', { name, definition, roleArn: ROLE_ARN })).stateMachineArn;
    const machines = {
      'chain10-w3-fresh': await create('chain10-w3-fresh', chain10),
      'chain10-w3': await create('chain10-w3', chain10),
      w2: await create('map1000', map1000),
      w1: await create('chain10-w1', chain10),
    };
    await stats.query(TRIGGER_SQL);
    listener = await DoneListener.open(dbName);
    const ctx = { sfn, listener, svc, stats, machines, echo, dbName };

    // W3 first on the fresh process (V8 still compiling the hot paths), and again after W1 below.
    result.w3fresh = await runW3(ctx, 'chain10-w3-fresh');
    logW3('W3 fresh process', result.w3fresh);
    result.w2 = await runW2(ctx);
    log(
      `  W2 map1000         ${fmt(CFG.w2)} items: wall ${ms(result.w2.wallMs)} ms, ${fmt(result.w2.itemsPerS)} items/s, ` +
        `max ${result.w2.maxInflight} calls in flight (service history), ${result.w2.connections} connections ` +
        `used at the function (${fmt(result.w2.calls)} calls)`,
    );
    await stats.query('DROP TRIGGER bench_done ON executions');
    await listener.close();
    listener = undefined;

    result.w1 = await runW1(ctx);
    const w1 = result.w1;
    log(
      `  W1 chain10         ${fmt(CFG.w1)} executions: wall ${fmt(w1.wallMs / 1000, 2)} s → ${fmt(w1.stepsPerS)} steps/s, ` +
        `${fmt(w1.execPerS)} executions/s; StartExecution ${fmt(w1.startAckPerS)} acknowledged/s`,
    );
    log(
      `                     latency start→finished p50 ${fmt(w1.p50)} ms, p95 ${fmt(w1.p95)} ms, p99 ${fmt(w1.p99)} ms; ` +
        `${w1.connections} connections used at the function (${fmt(w1.calls)} calls)`,
    );
    log(
      `                     PostgreSQL per step: ${fmt(w1.xactPerStep, 2)} transactions (xact_commit), ` +
        `${fmt(w1.writeTxPerStep, 3)} write transactions (txid), ${fmt(w1.walPerStep)} B WAL`,
    );
    log(
      `                     CPU per step: service ${fmt(w1.cpu.service)} µs, PostgreSQL ${fmt(w1.cpu.postgres)} µs, ` +
        `echo ${fmt(w1.cpu.echo)} µs, driver ${fmt(w1.cpu.driver)} µs; machine ${fmt(w1.machineBusyPct)}% busy, ` +
        `of which other users' processes ${fmt(w1.othersPct)}% (other databases' backends ${fmt(w1.pgOtherDbPct)}%)`,
    );
    log(
      `                     service process: ${fmt(w1.serviceSysPct)}% of its CPU in the kernel; ` +
        `${fmt(w1.serviceWritesPerStep, 1)} write and ${fmt(w1.serviceReadsPerStep, 1)} read syscalls per step ` +
        `(sockets to PostgreSQL, the function and the driver)`,
    );
    if (w1.otherDbXacts > 50)
      log(
        `                     note: other databases committed ${fmt(w1.otherDbXacts)} transactions meanwhile ` +
          `(cluster-wide txid/WAL figures include their writes)`,
      );
    if (VERBOSE) log(`                     raw: ${JSON.stringify(w1.raw)}`);
    // W3 again, on the service as it runs (steady state: its hot paths compiled by V8), after W1's
    // windows so that it counts in none of them. The goal is read from this one.
    await stats.query(TRIGGER_SQL);
    listener = await DoneListener.open(dbName);
    result.w3 = await runW3({ ...ctx, listener }, 'chain10-w3');
    logW3('W3 single-latency', result.w3);
    rss.stop();
    result.rss = { peakKb: rss.peakKb, hwmKb: rss.hwmKb(), samples: rss.samples };
    log(
      `  peak RSS           service process tree ${fmt(result.rss.peakKb / 1024, 1)} MiB ` +
        `(${fmt(rss.samples)} samples every 50 ms; kernel VmHWM ${fmt(result.rss.hwmKb / 1024, 1)} MiB)`,
    );
  } finally {
    rss.stop();
    await listener?.close().catch(() => undefined);
    await stats.end().catch(() => undefined);
    sfn.close();
    await stopChild(svc.child);
    await dropScratchDb(dbName).catch((e) => log(`  (could not drop ${dbName}: ${e.message})`));
  }

  // The machine's own limits, with the service stopped.
  const c0 = cpuSnapshot(undefined, echo);
  const bareRate = await runBare(echo);
  const c1 = cpuSnapshot(undefined, echo);
  const tracker = trackPostgres();
  const { tps } = await runPgbench(pgbenchDb, 32, 2, CFG.pgbenchSeconds);
  const c2 = cpuSnapshot(undefined, echo, tracker);
  // Context for W3 (not a README figure): one client's UPDATE+commit latency, a floor for any engine
  // that commits each step before making the next call.
  const commitMs = (await runPgbench(pgbenchDb, 1, 1, QUICK ? 2 : 3)).latencyMs;
  const ceiling = 1 / (1 / bareRate + 1 / tps);
  result.limits = {
    bareRate,
    tps,
    ceiling,
    ratio: result.w1.stepsPerS / ceiling,
    commitMs,
    bareOthersPct: cpuDelta(c0, c1, '').othersPct,
    pgbenchOthersPct: cpuDelta(c1, c2, pgbenchDb).othersPct,
  };
  log(
    `  machine limits     echo ceiling ${fmt(bareRate)} calls/s (${fmt(CFG.bare)} bare calls, ${BARE_CONCURRENCY} in flight; ` +
      `other users ${fmt(result.limits.bareOthersPct)}% of the machine); pgbench UPDATE ${fmt(tps)} TPS (32 clients; ` +
      `other users ${fmt(result.limits.pgbenchOthersPct)}%) → durable ceiling ${fmt(ceiling)} steps/s; ` +
      `W1 = ${fmt(result.limits.ratio, 2)} × ceiling; one client's UPDATE+commit ${ms(commitMs)} ms`,
  );
  if (profileDir) {
    const files = readdirSync(profileDir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => path.join(profileDir, f))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
    result.profile = files[0];
  }
  return result;
}

// ───────────────────────────── report ─────────────────────────────
function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells
      .map((c, i) => String(c).padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function report(rounds) {
  const figures = [
    ['W1 steps/s', (r) => r.w1.stepsPerS, 0],
    ['W1 executions/s', (r) => r.w1.execPerS, 0],
    ['W1 StartExecution acknowledged/s', (r) => r.w1.startAckPerS, 0],
    ['W1 wall time (s)', (r) => r.w1.wallMs / 1000, 2],
    ['W1 latency p50 (ms)', (r) => r.w1.p50, 0],
    ['W1 latency p95 (ms)', (r) => r.w1.p95, 0],
    ['W1 latency p99 (ms)', (r) => r.w1.p99, 0],
    ['W1 PostgreSQL transactions/step (xact_commit)', (r) => r.w1.xactPerStep, 2],
    ['W1 PostgreSQL write transactions/step (txid)', (r) => r.w1.writeTxPerStep, 3],
    ['W1 WAL bytes/step', (r) => r.w1.walPerStep, 0],
    ['W1 CPU µs/step: service', (r) => r.w1.cpu.service, 0],
    ['W1 CPU µs/step: PostgreSQL', (r) => r.w1.cpu.postgres, 0],
    ['W1 CPU µs/step: echo function', (r) => r.w1.cpu.echo, 0],
    ['W1 CPU µs/step: driver', (r) => r.w1.cpu.driver, 0],
    ['W1 service: share of its CPU in the kernel (%)', (r) => r.w1.serviceSysPct, 0],
    ['W1 service: write syscalls/step', (r) => r.w1.serviceWritesPerStep, 1],
    ['W1 machine busy (%)', (r) => r.w1.machineBusyPct, 0],
    ["W1 machine used by other users' processes (%)", (r) => r.w1.othersPct, 0],
    ['W1 connections used at the function', (r) => r.w1.connections, 0],
    ['W2 wall time (ms)', (r) => r.w2.wallMs, 0],
    ['W2 items/s', (r) => r.w2.itemsPerS, 0],
    ['W2 max calls in flight (service history)', (r) => r.w2.maxInflight, 0],
    ['W2 connections used at the function', (r) => r.w2.connections, 0],
    ['W3 execution p50 (ms)', (r) => r.w3.p50, 2],
    ['W3 execution p99 (ms)', (r) => r.w3.p99, 2],
    ['W3 ten bare sequential calls p50 (ms)', (r) => r.w3.bare10, 2],
    ['W3 engine overhead per step, p50 (ms)', (r) => r.w3.overheadPerStep, 3],
    ['W3 history: start → first answer (ms)', (r) => r.w3.firstAnswer, 1],
    ['W3 history: answer → next answer (ms)', (r) => r.w3.laterStep, 2],
    ['W3 CPU µs/step: service', (r) => r.w3.serviceCpuPerStep, 0],
    ['W3 service: share of its CPU in the kernel (%)', (r) => r.w3.serviceSysPct, 0],
    ['W3 fresh process: execution p50 (ms)', (r) => r.w3fresh.p50, 2],
    ['W3 fresh process: ten bare sequential calls p50 (ms)', (r) => r.w3fresh.bare10, 2],
    ['W3 fresh process: engine overhead per step, p50 (ms)', (r) => r.w3fresh.overheadPerStep, 3],
    ['W3 fresh process: CPU µs/step: service', (r) => r.w3fresh.serviceCpuPerStep, 0],
    ['peak RSS, API + workers (MiB)', (r) => r.rss.peakKb / 1024, 1],
    ['echo ceiling, bare calls/s', (r) => r.limits.bareRate, 0],
    ['pgbench UPDATE TPS (32 clients)', (r) => r.limits.tps, 0],
    ['durable ceiling (steps/s)', (r) => r.limits.ceiling, 0],
    ['pgbench 1 client: UPDATE+commit latency (ms)', (r) => r.limits.commitMs, 3],
    [
      'machine used by other users during the limits (%)',
      (r) => (r.limits.bareOthersPct + r.limits.pgbenchOthersPct) / 2,
      0,
    ],
    ['W1 steps/s ÷ durable ceiling', (r) => r.limits.ratio, 3],
  ];
  const med = {};
  const rows = figures.map(([name, get, d]) => {
    const xs = rounds.map(get);
    med[name] = median(xs);
    return [
      name,
      fmt(median(xs), d),
      rounds.length > 1 ? `${fmt(Math.min(...xs), d)} – ${fmt(Math.max(...xs), d)}` : '',
    ];
  });
  log(`\nResults (median of ${rounds.length} round${rounds.length > 1 ? 's' : ''}, min – max)`);
  log(table(['figure', 'median', 'min – max'], rows));

  const ceiling = med['durable ceiling (steps/s)'];
  const goal = (name, value, text, ok) => [name, value, text, ok ? 'met' : 'NOT met'];
  const goals = [
    goal(
      'W1 steps/s',
      `${fmt(med['W1 steps/s'])} (${fmt(med['W1 steps/s ÷ durable ceiling'], 2)} × ceiling)`,
      `≥ 0.45 × durable ceiling = ${fmt(0.45 * ceiling)}`,
      med['W1 steps/s ÷ durable ceiling'] >= 0.45,
    ),
    goal(
      'W1 StartExecution acknowledged/s',
      fmt(med['W1 StartExecution acknowledged/s']),
      '≥ 1,000',
      med['W1 StartExecution acknowledged/s'] >= 1000,
    ),
    goal(
      'PostgreSQL write transactions/step',
      fmt(med['W1 PostgreSQL write transactions/step (txid)'], 3),
      '≤ 1.1',
      med['W1 PostgreSQL write transactions/step (txid)'] <= 1.1,
    ),
    goal(
      'PostgreSQL WAL/step',
      `${fmt(med['W1 WAL bytes/step'])} B`,
      '≤ 1 kB (1,024 B)',
      med['W1 WAL bytes/step'] <= 1024,
    ),
    goal('W2 items/s', fmt(med['W2 items/s']), '≥ 2,000', med['W2 items/s'] >= 2000),
    goal(
      'W2 calls in flight',
      `max ${fmt(Math.max(...rounds.map((r) => r.w2.maxInflight)))} (history), ` +
        `${fmt(Math.max(...rounds.map((r) => r.w2.connections)))} connections (all rounds)`,
      `never more than ${MAP_MAX_CONCURRENCY}`,
      rounds.every((r) => r.w2.maxInflight <= MAP_MAX_CONCURRENCY && r.w2.connections <= MAP_MAX_CONCURRENCY),
    ),
    goal(
      'W3 engine overhead/step, p50',
      `${fmt(med['W3 engine overhead per step, p50 (ms)'], 3)} ms (fresh process: ` +
        `${fmt(med['W3 fresh process: engine overhead per step, p50 (ms)'], 3)} ms)`,
      '≤ 0.5 ms',
      med['W3 engine overhead per step, p50 (ms)'] <= 0.5,
    ),
    goal(
      'peak RSS, API + all workers',
      `${fmt(med['peak RSS, API + workers (MiB)'], 1)} MiB`,
      '≤ 200 MB (MiB)',
      med['peak RSS, API + workers (MiB)'] <= 200,
    ),
  ];
  log(`\nGoals (../shared/bench/README.md; medians)`);
  log(table(['figure', 'measured', 'goal', 'status'], goals));
  log(
    `\nW1 steps/s ÷ durable ceiling: ${fmt(med['W1 steps/s ÷ durable ceiling'], 3)} ` +
      `(durable ceiling ${fmt(ceiling)} steps/s = 1 ÷ (1 ÷ ${fmt(med['echo ceiling, bare calls/s'])} bare calls/s ` +
      `+ 1 ÷ ${fmt(med['pgbench UPDATE TPS (32 clients)'])} pgbench TPS), medians)`,
  );
  log(`goals met: ${goals.filter((g) => g[3] === 'met').length} of ${goals.length}`);
}

// ───────────────────────────── main ─────────────────────────────
async function cleanup() {
  for (const c of [...children]) await stopChild(c, 5000).catch(() => undefined);
  for (const db of [...scratchDbs]) await dropScratchDb(db).catch(() => undefined);
  rmSync(RUN_DIR, { recursive: true, force: true });
}

let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${sig}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}

async function main() {
  const started = now();
  if (!existsSync(ECHO_SERVER)) throw new Error(`reference echo server not found at ${ECHO_SERVER}`);
  if (BUILD) {
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) throw new Error('node scripts/build.mjs failed');
  }
  if (!existsSync(path.join(ROOT, 'dist/serve.mjs')))
    throw new Error('dist/serve.mjs missing (run node scripts/build.mjs)');
  mkdirSync(path.dirname(SERVICE_ENTRY), { recursive: true });
  for (const f of readdirSync(path.join(ROOT, 'dist')))
    if (/\.mjs(\.map)?$/.test(f)) copyFileSync(path.join(ROOT, 'dist', f), path.join(RUN_DIR, 'dist', f));

  const settings = Object.fromEntries(
    (
      await admin(
        `SELECT name, setting, unit FROM pg_settings WHERE name IN ('fsync','synchronous_commit','wal_sync_method','shared_buffers','full_page_writes','server_version')`,
      )
    ).rows.map((r) => [r.name, r.unit === '8kB' ? `${(Number(r.setting) * 8) / 1024} MB` : r.setting]),
  );
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
  } catch {
    /* not a checkout */
  }
  log(
    `Durastep service benchmark (${QUICK ? 'QUICK smoke run: smaller counts' : 'full'}, ${CFG.rounds} round(s))`,
  );
  log(
    `machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; ` +
      `Node ${process.version}; PostgreSQL ${settings.server_version} (fsync=${settings.fsync}, synchronous_commit=${settings.synchronous_commit}, ` +
      `wal_sync_method=${settings.wal_sync_method}, shared_buffers=${settings.shared_buffers}); commit ${commit}`,
  );
  log(
    `service: node dist/serve.mjs (${BUILD ? 'built now, ' : ''}run from a private copy), WORKERS=${WORKERS} WORKER_CONCURRENCY=${WORKER_CONCURRENCY}, fresh scratch DB per round` +
      (process.env.BENCH_SERVICE_NODE_ARGS ? `, node ${process.env.BENCH_SERVICE_NODE_ARGS}` : '') +
      (PROFILE ? ', --cpu-prof' : ''),
  );
  log(
    `workloads: W1 ${fmt(CFG.w1)} × chain10 (≤ ${START_CONCURRENCY} starts in flight), W2 map over ${fmt(CFG.w2)} items ` +
      `(MaxConcurrency ${MAP_MAX_CONCURRENCY}), W3 ${CFG.w3Warm} + ${CFG.w3} sequential chain10; function: ${path.relative(ROOT, ECHO_SERVER)} ` +
      `(+ in-flight probe); finish seen by polling the DB every ${W1_POLL_MS} ms (W1) / LISTEN on a trigger (W2, W3)`,
  );

  const echo = await startEcho();
  const pgbenchDb = `durastep_bench_${process.pid}_pgbench`;
  const profileDir = PROFILE ? mkdtempSync(path.join(os.tmpdir(), 'durastep-bench-prof-')) : undefined;
  const rounds = [];
  try {
    await createScratchDb(pgbenchDb);
    const init = spawnSync('pgbench', ['-i', '-q', '-s', '1', `${PG_BASE}/${pgbenchDb}`], {
      encoding: 'utf8',
    });
    if (init.status !== 0) throw new Error(`pgbench -i failed: ${init.stderr}`);
    for (let r = 1; r <= CFG.rounds; r++) {
      log(`\nround ${r}/${CFG.rounds}`);
      rounds.push(await runRound(r, echo, pgbenchDb, profileDir));
    }
  } finally {
    await stopChild(echo.child);
    echo.agent.destroy();
    await dropScratchDb(pgbenchDb).catch(() => undefined);
    await cleanup();
  }
  report(rounds);
  if (profileDir) {
    for (const r of rounds) log(`\nservice CPU profile, round ${r.round}: ${r.profile ?? '(none written)'}`);
    const last = rounds.at(-1);
    if (last?.profile)
      log(
        `\n${formatSummary(
          summarise(JSON.parse(readFileSync(last.profile, 'utf8')), 25, last.w1.profileWindow),
          `service CPU profile during W1 (round ${last.round})`,
        )}`,
      );
    if (last?.w1.pgActivity) log(`\n${last.w1.pgActivity}`);
    if (last?.w1.wal) log(`\n${last.w1.wal}`);
  }
  log(`\ntotal bench time ${fmt((now() - started) / 1000, 0)} s`);
}

main().then(
  () => process.exit(0),
  async (e) => {
    console.error(`\nbench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    await cleanup();
    process.exit(1);
  },
);
