#!/usr/bin/env node
// The console's end-to-end tests: builds the console and the service, starts the service (API and
// workers) on a scratch PostgreSQL database with a Lambda-compatible function server, and runs the
// flows of e2e/*.e2e.ts in Debian's Chromium (/usr/bin/chromium, never a downloaded browser).
// Screenshots go to apps/console/test-results/screenshots/. Ends with `N passed, N failed`.
//
// Environment: E2E_PG (default postgres://postgres@127.0.0.1:5432), CHROMIUM (default
// /usr/bin/chromium), E2E_SKIP_BUILD=1 to reuse the builds, E2E_ONLY=<substring> to run some flows.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startLambdaServer } from './lambda-server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const consoleDir = resolve(here, '..');
const root = resolve(consoleDir, '../..');
const results = join(consoleDir, 'test-results');
const shots = join(results, 'screenshots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const PG = (process.env.E2E_PG || 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, '');

const { tsImport } = await import(pathToFileURL(join(root, 'node_modules/tsx/dist/esm/api/index.mjs')).href);
const suites = readdirSync(here)
  .filter((f) => f.endsWith('.e2e.ts'))
  .sort();
const tests = [];
for (const f of suites)
  tests.push(...(await tsImport(pathToFileURL(join(here, f)).href, import.meta.url)).tests);
const only = process.env.E2E_ONLY;
const selected = only ? tests.filter((t) => t.name.includes(only)) : tests;

if (!existsSync(CHROMIUM)) {
  console.log(
    `console e2e: SKIPPED — ${CHROMIUM} is absent. These tests run in Debian's Chromium (apt-get install -y chromium); no browser is downloaded.`,
  );
  console.log(`e2e: 0 passed, 0 failed, ${selected.length} skipped`);
  process.exit(0);
}

const log = (msg) => console.log(`console e2e: ${msg}`);
const cleanups = [];
let passed = 0;
let failed = 0;

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0)
    throw new Error(`${[cmd, ...args].join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

async function waitHealthy(url, service, logFile) {
  for (let i = 0; i < 120; i++) {
    if (service.exitCode !== null)
      throw new Error(`the service exited (${service.exitCode}); see ${logFile}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the service did not become healthy; see ${logFile}`);
}

try {
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  if (process.env.E2E_SKIP_BUILD !== '1') {
    log('building the console (vite build)');
    run(
      process.execPath,
      [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      consoleDir,
    );
    log('building the service (scripts/build.mjs)');
    run(process.execPath, ['scripts/build.mjs'], root);
  }
  if (!existsSync(join(consoleDir, 'dist/index.html')))
    throw new Error('apps/console/dist/index.html is missing: build the console');

  const pg = (await import(pathToFileURL(join(root, 'node_modules/pg/lib/index.js')).href)).default;
  const db = `durastep_console_e2e_${process.pid}`;
  const admin = new pg.Client({ connectionString: `${PG}/postgres` });
  let databaseUrl;
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${db}`);
    databaseUrl = `${PG}/${db}`;
    cleanups.push(async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`).catch(() => {});
      await admin.end();
    });
  } catch (e) {
    // No PostgreSQL server here (and E2E_PG not pointing at one): the service's embedded database.
    if (process.env.E2E_PG) throw new Error(`PostgreSQL is not reachable at ${PG} (${e.message})`);
    log(`no PostgreSQL server at ${PG} (${e.message}): using the service's embedded database`);
  }

  const lambda = await startLambdaServer();
  cleanups.push(() => lambda.close());

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logFile = join(results, 'service.log');
  const dataDir = mkdtempSync(join(tmpdir(), 'durastep-e2e-'));
  const service = spawn(process.execPath, ['--enable-source-maps', 'dist/serve.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl ?? '',
      LAMBDA_ENDPOINT: lambda.url,
      PORT: String(port),
      DATA_DIR: dataDir,
      WORKERS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = createWriteStream(logFile);
  service.stdout.pipe(out);
  service.stderr.pipe(out);
  cleanups.unshift(async () => {
    if (service.exitCode === null) {
      service.kill('SIGTERM');
      await new Promise((r) => {
        const t = setTimeout(() => (service.kill('SIGKILL'), r()), 10_000);
        service.once('exit', () => (clearTimeout(t), r()));
      });
    }
    rmSync(dataDir, { recursive: true, force: true });
  });
  await waitHealthy(baseUrl, service, logFile);
  log(
    `service at ${baseUrl} on ${databaseUrl ? `PostgreSQL database ${db}` : 'the embedded database'}, functions at ${lambda.url}`,
  );

  const { chromium } = await import(pathToFileURL(join(root, 'node_modules/playwright-core/index.mjs')).href);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  cleanups.unshift(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1440, height: 960 }, colorScheme: 'light' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));

  const ctx = {
    page,
    baseUrl,
    lambda: lambda.behaviour,
    state: {},
    shot: async (name) => {
      // From the top: a full-page shot of a scrolled page repeats the sticky header mid-page.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
    },
    api: async (method, path, body) => {
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
      return text ? JSON.parse(text) : undefined;
    },
  };

  for (const t of selected) {
    const started = Date.now();
    pageErrors.length = 0;
    try {
      await t.run(ctx);
      if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join('; ')}`);
      passed++;
      console.log(`  ✔ ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.log(
        `  ✖ ${t.name} (${Date.now() - started} ms)\n      ${String(e?.stack ?? e)
          .split('\n')
          .slice(0, 6)
          .join('\n      ')}`,
      );
      await page
        .screenshot({
          path: join(shots, `FAILED-${t.name.replace(/[^\w-]+/g, '-').slice(0, 60)}.png`),
          fullPage: true,
        })
        .catch(() => {});
    }
  }
  log(`screenshots in ${shots}`);
} catch (e) {
  failed++;
  console.log(`console e2e: setup failed: ${e?.message ?? e}`);
} finally {
  for (const c of cleanups)
    await Promise.resolve()
      .then(c)
      .catch(() => {});
}

console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
