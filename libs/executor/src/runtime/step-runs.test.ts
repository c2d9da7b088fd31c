import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Run } from '../model/execution-state.js';
import { StepRuns } from './step-runs.js';

const run = (id: string): Run => ({ id, machine: '', variables: {}, lastEventId: 0, status: 'active' });

test('runs started in a step are found by id and join state.runs, in start order, when it ends', () => {
  const root = run('root');
  const persisted: Record<string, Run> = { root };
  const runs = new StepRuns(persisted);
  const [a, b, c] = [run('root/1.0.0'), run('root/1.0.1'), run('root/1.0.2')];
  runs.add(a);
  runs.add(b);
  assert.equal(runs.get('root'), root);
  assert.equal(runs.get('root/1.0.1'), b); // builds the id index
  runs.add(c); // kept in the index once built
  assert.equal(runs.get('root/1.0.2'), c);
  runs.remove(a);
  assert.equal(runs.get('root/1.0.0'), undefined);
  const seen: string[] = [];
  runs.forEach((r) => seen.push(r.id));
  assert.deepEqual(seen, ['root', 'root/1.0.1', 'root/1.0.2']);
  assert.deepEqual(Object.keys(persisted), ['root']);
  runs.settle();
  assert.deepEqual(Object.keys(persisted), ['root', 'root/1.0.1', 'root/1.0.2']);
});

test('removing a run from an earlier step deletes it from state.runs', () => {
  const old = run('root/1.0.0');
  const persisted: Record<string, Run> = { root: run('root'), [old.id]: old };
  const runs = new StepRuns(persisted);
  runs.remove(old);
  assert.deepEqual(Object.keys(persisted), ['root']);
});
