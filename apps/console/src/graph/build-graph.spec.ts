import { describe, expect, it } from 'vitest';
import demo from '../test-fixtures/demo-definition.json';
import { buildGraph } from './build-graph';
import { describeRule } from './describe-rule';
import { END_ID, START_ID, type WorkflowGraph } from './types';

const ids = (g: WorkflowGraph) => g.nodes.map((n) => n.id);
const edgeList = (g: WorkflowGraph) => g.edges.map((e) => `${e.source} -${e.kind}-> ${e.target}`);

describe('buildGraph', () => {
  it('draws a sequence with start and end nodes', () => {
    const g = buildGraph({
      StartAt: 'A',
      States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Task', Resource: 'arn:x', End: true } },
    });
    expect(ids(g)).toEqual([START_ID, 'A', 'B', END_ID]);
    expect(edgeList(g)).toEqual([`A -next-> B`, `${START_ID} -start-> A`, `B -end-> ${END_ID}`]);
    expect(g.nodes.find((n) => n.id === 'A')).toMatchObject({
      kind: 'state',
      stateType: 'Pass',
      isStartAt: true,
    });
    expect(g.nodes.find((n) => n.id === 'B')).toMatchObject({ isTerminal: true, detail: 'arn:x' });
    expect(g.problems).toEqual([]);
  });

  it('labels Choice rules and the Default edge', () => {
    const g = buildGraph({
      StartAt: 'C',
      States: {
        C: {
          Type: 'Choice',
          Choices: [
            { Variable: '$.total', NumericGreaterThan: 100, Next: 'Big' },
            {
              And: [
                { Variable: '$.a', IsPresent: true },
                { Variable: '$.b', StringEquals: 'x' },
              ],
              Next: 'Big',
            },
            { Condition: '{% $states.input.n < 3 %}', Next: 'Small' },
          ],
          Default: 'Small',
        },
        Big: { Type: 'Succeed' },
        Small: { Type: 'Fail', Error: 'TooSmall' },
      },
    });
    const fromC = g.edges.filter((e) => e.source === 'C');
    expect(fromC.map((e) => [e.kind, e.target, e.label])).toEqual([
      ['choice', 'Big', '$.total > 100'],
      ['choice', 'Big', '$.a is present and $.b == "x"'],
      ['choice', 'Small', '$states.input.n < 3'],
      ['default', 'Small', 'Default'],
    ]);
    // Two rules to the same state are two edges with distinct ids.
    expect(new Set(fromC.map((e) => e.id)).size).toBe(4);
    expect(g.nodes.find((n) => n.id === 'Small')).toMatchObject({ isTerminal: true, detail: 'TooSmall' });
  });

  it('draws Catch edges labelled with the errors they catch, and retries on the node', () => {
    const g = buildGraph({
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: 'arn:aws:lambda:us-east-1:123456789012:function:charge',
          Retry: [{ ErrorEquals: ['States.Timeout'], MaxAttempts: 2 }],
          Catch: [{ ErrorEquals: ['PaymentDeclined', 'States.Timeout'], Next: 'Recover' }],
          Next: 'Done',
        },
        Recover: { Type: 'Pass', End: true },
        Done: { Type: 'Succeed' },
      },
    });
    expect(g.edges.find((e) => e.kind === 'catch')).toMatchObject({
      source: 'T',
      target: 'Recover',
      label: 'Catch PaymentDeclined, States.Timeout',
    });
    expect(g.nodes.find((n) => n.id === 'T')).toMatchObject({ detail: 'lambda charge', retry: 'Retry ×2' });
  });

  it('nests Parallel branches and Map processors as groups', () => {
    const g = buildGraph(demo);
    const node = (id: string) => g.nodes.find((n) => n.id === id);
    expect(node('Branches')).toMatchObject({ isGroup: true, stateType: 'Parallel' });
    expect(node('Branches#0')).toMatchObject({ kind: 'branch', parentId: 'Branches', label: 'Branch 1' });
    expect(node('Branches#1')).toMatchObject({ kind: 'branch', parentId: 'Branches', label: 'Branch 2' });
    expect(node('Branches#0/A1')).toMatchObject({ stateName: 'A1', parentId: 'Branches#0', isStartAt: true });
    expect(node('Branches#1/B2')).toMatchObject({ parentId: 'Branches#1', isTerminal: true });
    expect(node('Each')).toMatchObject({ isGroup: true, stateType: 'Map', detail: 'items $.items' });
    expect(node('Each/Work')).toMatchObject({ parentId: 'Each', stateType: 'Task' });
    // Edges inside a group stay inside it; only top-level terminal states reach the end node.
    expect(g.edges.find((e) => e.source === 'Branches#1/B1')).toMatchObject({
      target: 'Branches#1/B2',
      containerId: 'Branches#1',
    });
    expect(g.edges.filter((e) => e.kind === 'end').map((e) => e.source)).toEqual(['Big', 'Done', 'Failed']);
    expect(g.problems).toEqual([]);
    // Parents come before their children (as @xyflow/react needs).
    const seen = new Set<string>();
    for (const n of g.nodes) {
      if (n.parentId) expect(seen.has(n.parentId)).toBe(true);
      seen.add(n.id);
    }
  });

  it('accepts the legacy Map Iterator', () => {
    const g = buildGraph({
      StartAt: 'M',
      States: {
        M: { Type: 'Map', Iterator: { StartAt: 'X', States: { X: { Type: 'Pass', End: true } } }, End: true },
      },
    });
    expect(g.nodes.find((n) => n.id === 'M/X')).toMatchObject({ parentId: 'M' });
  });

  it('draws transitions to missing states as missing nodes and reports them', () => {
    const g = buildGraph({ StartAt: 'Nope', States: { A: { Type: 'Pass', Next: 'B' } } });
    expect(g.nodes.filter((n) => n.kind === 'missing').map((n) => n.label)).toEqual(['B', 'Nope']);
    expect(g.problems).toEqual([
      "'A' goes to 'B', which is not a state",
      "StartAt goes to 'Nope', which is not a state",
    ]);
  });

  it('is tolerant of a definition being typed', () => {
    expect(buildGraph(null).problems).toEqual(['The definition is not a JSON object']);
    expect(buildGraph({ StartAt: 'A' }).problems).toEqual(['The definition has no States object']);
    const g = buildGraph({ States: { A: { Type: 'Parallel', End: true } } });
    expect(g.problems).toEqual(["Parallel 'A' has no Branches", 'The definition has no StartAt']);
  });
});

describe('describeRule', () => {
  it('describes comparisons, paths, negations and type tests', () => {
    expect(describeRule({ Variable: '$.a', StringEqualsPath: '$.b' })).toBe('$.a == $.b');
    expect(describeRule({ Not: { Variable: '$.a', IsNull: true } })).toBe('not $.a is null');
    expect(describeRule({ Variable: '$.a', IsPresent: false })).toBe('$.a is absent');
    expect(
      describeRule({
        Or: [
          { Variable: '$.x', BooleanEquals: true },
          { Variable: '$.y', NumericLessThan: 1 },
        ],
      }),
    ).toBe('$.x == true or $.y < 1');
    expect(describeRule({ Variable: '$.s', StringMatches: 'a*'.repeat(40) })).toHaveLength(48);
  });
});
