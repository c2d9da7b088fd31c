// npm run bench:executor — in-memory interpreter throughput: Durastep's runInMemory beside
// aws-local-stepfunctions on the same definitions, in the same process, one after the other.
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

type Workload = {
  name: string;
  definition: object;
  input: unknown;
  executions: number;
  transitionsPerExecution: number;
};
type Figure = { transitionsPerSecond: number; peakRssMb: number; seconds: number };

const ITEMS = 10_000;
const workloads: Workload[] = [
  {
    name: 'chain10 (10 Pass states)',
    definition: passChain(10),
    input: { payload: 'x'.repeat(64) },
    executions: 2_000,
    transitionsPerExecution: 10,
  },
  {
    name: `map${ITEMS} (inline Map, ${ITEMS} items)`,
    definition: passMap(),
    input: { items: Array.from({ length: ITEMS }, (_, i) => ({ i })) },
    executions: 3,
    transitionsPerExecution: ITEMS + 1,
  },
];

async function measure(w: Workload, runOnce: () => Promise<unknown>): Promise<Figure> {
  await runOnce(); // warm-up
  globalThis.gc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < w.executions; i++) await runOnce();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    transitionsPerSecond: (w.executions * w.transitionsPerExecution) / seconds,
    peakRssMb: peak / 2 ** 20,
    seconds,
  };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`node ${process.version}, ${(await import('node:os')).cpus().length} cores\n`);
for (const w of workloads) {
  const parsed = parseDefinition(w.definition);
  if (!parsed.ok) throw new Error(`bad bench definition ${w.name}`);
  const def: Definition = parsed.definition;
  const ours = await measure(w, async () => {
    const r = await runInMemory(def, w.input as never, { clock: virtualClock() });
    if (r.status !== 'SUCCEEDED') throw new Error(`durastep ${w.name}: ${r.status} ${r.error} ${r.cause}`);
  });
  const sm = new StateMachine(w.definition as never);
  const theirs = await measure({ ...w, executions: Math.max(1, Math.ceil(w.executions / 10)) }, async () => {
    await sm.run(w.input as never).result;
  });
  console.log(`${w.name}`);
  console.log(
    `  durastep runInMemory      ${fmt(ours.transitionsPerSecond).padStart(12)} transitions/s   peak RSS ${ours.peakRssMb.toFixed(0)} MB`,
  );
  console.log(
    `  aws-local-stepfunctions   ${fmt(theirs.transitionsPerSecond).padStart(12)} transitions/s   peak RSS ${theirs.peakRssMb.toFixed(0)} MB`,
  );
  console.log(
    `  ratio                     ${(ours.transitionsPerSecond / theirs.transitionsPerSecond).toFixed(1)}x (goal >= 10x)\n`,
  );
}
