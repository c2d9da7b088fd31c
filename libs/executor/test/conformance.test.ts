// Runs every case of ../shared/conformance through runInMemory and scores it with the runner's own
// comparison rules. Ends with "N passed, N failed". The pass count may never fall below the
// recorded baseline (conformance-baseline.json); raise the baseline as the engine improves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDefinition, type Json } from '@durastep/state-language';
import { runInMemory } from '../src/index.js';
import { conformanceDir, loadCases, type ConformanceCase } from './support/conformance-cases.js';
import { startFunctionsServer } from './support/functions-server.js';
import { lambdaHttpHandler } from './support/lambda-http.js';
import { realTimeClock } from './support/real-time-clock.js';

type Runner = {
  deepMatch(exp: unknown, act: unknown, m: unknown, path: string, diffs: string[], opts?: unknown): boolean;
  makeMatcher(placeholders?: string[]): { string(e: string, a: string): boolean } | null;
  compareEvents(expected: string[], actual: string[], mode?: string): string | null;
  compareRelaxed(expected: string[], actual: string[]): string | null;
};
type Verdict = { id: string; pass: boolean; diff: string[]; eventsPass?: boolean; eventsDiff?: string };

const dir = conformanceDir();
const baseline = JSON.parse(readFileSync(join(import.meta.dirname, 'conformance-baseline.json'), 'utf8')) as {
  minPassed: number;
};

test(
  'conformance: ../shared/conformance cases in memory',
  { skip: dir ? false : 'skipped: ../shared/conformance is absent (set CONFORMANCE_DIR)' },
  async () => {
    const runner = (await import(pathToFileURL(join(dir!, 'run.mjs')).href)) as Runner;
    const functions = await startFunctionsServer(dir!);
    try {
      const lambda = lambdaHttpHandler(functions.url);
      const filter = process.env.CONFORMANCE_FILTER;
      const cases = loadCases(dir!).filter((c) => !filter || c.id.includes(filter));
      const verdicts = await mapLimit(cases, 16, (c) => runCase(c, runner, lambda));
      report(verdicts);
      const passed = verdicts.filter((v) => v.pass).length;
      assert.ok(
        passed >= baseline.minPassed || filter,
        `conformance fell below its baseline: ${passed} < ${baseline.minPassed}`,
      );
    } finally {
      functions.stop();
    }
  },
);

async function runCase(
  c: ConformanceCase,
  runner: Runner,
  lambda: ReturnType<typeof lambdaHttpHandler>,
): Promise<Verdict> {
  const v: Verdict = { id: c.id, pass: false, diff: [] };
  try {
    const parsed = parseDefinition(c.definitionText ?? c.definition, {
      type: c.stateMachineType === 'EXPRESS' ? 'EXPRESS' : 'STANDARD',
    });
    if (c.expect.kind === 'create_rejected') {
      v.pass = !parsed.ok;
      if (parsed.ok) v.diff.push(`definition accepted; AWS rejected it with ${c.expect.errorCode}`);
      return v;
    }
    if (!parsed.ok) {
      v.diff.push(
        `definition rejected: ${parsed.diagnostics
          .map((d) => `${d.location} ${d.message}`)
          .join('; ')
          .slice(0, 300)}`,
      );
      return v;
    }
    let input: Json;
    try {
      input = c.inputText !== undefined ? JSON.parse(c.inputText) : ((c.input ?? {}) as Json);
    } catch {
      v.pass = c.expect.kind === 'start_rejected';
      if (!v.pass) v.diff.push('input is not JSON');
      return v;
    }
    if (c.expect.kind === 'start_rejected') {
      v.diff.push('execution input accepted; AWS rejected it');
      return v;
    }
    const name = c.id.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 80);
    const result = await runInMemory(parsed.definition, input, {
      tasks: lambda,
      clock: realTimeClock(),
      name,
      stateMachineName: `sm-${name}`.slice(0, 80),
      account: '111111111111',
      roleArn: 'arn:aws:iam::111111111111:role/conformance-runner',
    });
    compare(c, runner, result, v);
  } catch (e) {
    v.diff.push(`crashed: ${e instanceof Error ? e.stack?.split('\n').slice(0, 3).join(' | ') : String(e)}`);
  }
  return v;
}

function compare(
  c: ConformanceCase,
  runner: Runner,
  r: Awaited<ReturnType<typeof runInMemory>>,
  v: Verdict,
): void {
  const exp = c.expect;
  const m = runner.makeMatcher(exp.placeholders);
  const opts = { payload: exp.causeCompare === 'error-payload-shape' };
  if (r.status !== exp.status)
    v.diff.push(
      `status: expected ${exp.status} got ${r.status} (${r.error}: ${String(r.cause).slice(0, 200)})`,
    );
  else if ('output' in exp && exp.output !== null) {
    const d: string[] = [];
    if (!runner.deepMatch(exp.output, r.output, m, '$', d, opts)) v.diff.push(...d.map((x) => `output ${x}`));
  }
  for (const k of ['error', 'cause'] as const) {
    if (!(k in exp)) continue;
    const want = exp[k];
    const got = r[k];
    let ok =
      want === null || want === undefined
        ? got === undefined || got === null || got === ''
        : typeof got === 'string' && (m ? m.string(want, got) : want === got);
    if (!ok && k === 'cause' && typeof want === 'string' && typeof got === 'string' && exp.causeCompare) {
      const d: string[] = [];
      try {
        ok =
          exp.causeCompare === 'json'
            ? runner.deepMatch(JSON.parse(want), JSON.parse(got), m, 'cause', d, opts)
            : runner.deepMatch(want, got, m, 'cause', d, opts);
      } catch {
        ok = false;
      }
    }
    if (!ok)
      v.diff.push(
        `${k}: expected ${JSON.stringify(want)?.slice(0, 200)} got ${JSON.stringify(got)?.slice(0, 200)}`,
      );
  }
  v.pass = v.diff.length === 0;
  if (Array.isArray(exp.events)) {
    const types = r.events.map((e) => e.type);
    const strict = runner.compareEvents(exp.events, types, exp.eventsCompare);
    const why =
      strict && exp.eventsCompare !== 'parallel-unordered'
        ? runner.compareRelaxed(exp.events, types)
        : strict;
    v.eventsPass = why === null;
    if (why) v.eventsDiff = why;
  }
}

function report(verdicts: Verdict[]): void {
  const failed = verdicts.filter((v) => !v.pass);
  for (const v of failed) console.log(`FAIL ${v.id}: ${v.diff.slice(0, 2).join(' | ')}`);
  if (process.env.CONFORMANCE_EVENTS)
    for (const v of verdicts.filter((x) => x.eventsPass === false))
      console.log(`EVENTS ${v.id}: ${v.eventsDiff}`);
  const withEvents = verdicts.filter((v) => v.eventsPass !== undefined);
  const eventsOk = withEvents.filter((v) => v.eventsPass).length;
  console.log(
    `conformance event sequences: ${eventsOk}/${withEvents.length} = ${((100 * eventsOk) / Math.max(1, withEvents.length)).toFixed(1)}%`,
  );
  console.log(`conformance status+output+error+cause: ${verdicts.length - failed.length}/${verdicts.length}`);
  console.log(`${verdicts.length - failed.length} passed, ${failed.length} failed`);
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}
