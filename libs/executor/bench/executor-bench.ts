// npm run bench:executor — in-memory interpreter throughput: Durastep's runInMemory beside
// aws-local-stepfunctions on the same definitions, in the same process, one after the other.
// Each engine gets the same warm-up and measuring time; figures are medians of ROUNDS rounds.
import { cpus } from 'node:os';
import { runInMemory, virtualClock } from '../src/index.js';
import { parseDefinition, type Definition } from '@durastep/state-language';
import { passChain, passMap } from './definitions.js';

// aws-local-stepfunctions 3.x uses Promise.withResolvers (Node 22+).
const P = Promise as unknown as { withResolvers?: () => unknown };
P.withResolvers ??= () => {
  let resolve!: (v: unknown) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};
const { StateMachine } = await import('aws-local-stepfunctions');

type Workload = { name: string; definition: object; input: unknown; transitionsPerExecution: number };
type Figure = { transitionsPerSecond: number; peakRssMb: number };

const ITEMS = 10_000;
const WARM_UP_SECONDS = 1;
const MEASURE_SECONDS = 3;
const ROUNDS = 3;
const workloads: Workload[] = [
  {
    name: 'chain10 (10 Pass states)',
    definition: passChain(10),
    input: { payload: 'x'.repeat(64) },
    transitionsPerExecution: 10,
  },
  {
    name: `map${ITEMS} (inline Map, ${ITEMS} items)`,
    definition: passMap(),
    input: { items: Array.from({ length: ITEMS }, (_, i) => ({ i })) },
    transitionsPerExecution: ITEMS + 1,
  },
];

const elapsed = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;

/** Runs the workload for a fixed time after a warm-up, at least once. */
async function measure(w: Workload, runOnce: () => Promise<unknown>): Promise<Figure> {
  const warm = process.hrtime.bigint();
  while (elapsed(warm) < WARM_UP_SECONDS) await runOnce();
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = process.hrtime.bigint();
  let executions = 0;
  do {
    await runOnce();
    executions += 1;
  } while (elapsed(t0) < MEASURE_SECONDS);
  const seconds = elapsed(t0);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    transitionsPerSecond: (executions * w.transitionsPerExecution) / seconds,
    peakRssMb: peak / 2 ** 20,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const range = (xs: number[]) => `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}`;

console.log(
  `node ${process.version}, ${cpus().length} cores; ${ROUNDS} rounds of ${MEASURE_SECONDS}s after ${WARM_UP_SECONDS}s warm-up\n`,
);
for (const w of workloads) {
  const parsed = parseDefinition(w.definition);
  if (!parsed.ok) throw new Error(`bad bench definition ${w.name}`);
  const def: Definition = parsed.definition;
  const sm = new StateMachine(w.definition as never);
  const ours: Figure[] = [];
  const theirs: Figure[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(
      await measure(w, async () => {
        const r = await runInMemory(def, w.input as never, { clock: virtualClock() });
        if (r.status !== 'SUCCEEDED')
          throw new Error(`durastep ${w.name}: ${r.status} ${r.error} ${r.cause}`);
      }),
    );
    theirs.push(await measure(w, () => sm.run(w.input as never).result));
  }
  const o = ours.map((f) => f.transitionsPerSecond);
  const t = theirs.map((f) => f.transitionsPerSecond);
  console.log(w.name);
  console.log(
    `  durastep runInMemory      ${fmt(median(o)).padStart(12)} transitions/s (${range(o)})   peak RSS ${Math.max(...ours.map((f) => f.peakRssMb)).toFixed(0)} MB`,
  );
  console.log(
    `  aws-local-stepfunctions   ${fmt(median(t)).padStart(12)} transitions/s (${range(t)})   peak RSS ${Math.max(...theirs.map((f) => f.peakRssMb)).toFixed(0)} MB`,
  );
  console.log(`  ratio                     ${(median(o) / median(t)).toFixed(1)}x (goal >= 10x)\n`);
}
