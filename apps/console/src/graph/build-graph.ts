import { describeRule } from './describe-rule';
import { END_ID, START_ID, type GraphEdge, type WorkflowGraph } from './types';

/**
 * Amazon States Language → nodes and edges. Pure and tolerant: it draws whatever part of a
 * definition being typed makes sense, and lists the rest in `problems`.
 *
 * - every state is a node; Parallel and Map states are group nodes holding their branches
 *   (one `branch` group per branch) or their item processor;
 * - edges: `Next` (kind next), Choice rules (labelled with the rule) and `Default`, `Catch`
 *   (labelled with the errors caught); at the top level a start node leads to `StartAt` and
 *   terminal states lead to an end node;
 * - a transition to a state that does not exist goes to a `missing` node.
 */
export function buildGraph(definition: unknown): WorkflowGraph {
  const graph: WorkflowGraph = { nodes: [], edges: [], problems: [] };
  if (!isObject(definition)) {
    graph.problems.push('The definition is not a JSON object');
    return graph;
  }
  graph.nodes.push({ id: START_ID, kind: 'start', label: 'Start', isGroup: false });
  const { startId, terminals } = addScope(graph, definition, undefined, '');
  if (startId) graph.edges.push(edge(START_ID, startId, 'start'));
  graph.nodes.push({ id: END_ID, kind: 'end', label: 'End', isGroup: false });
  for (const t of terminals) graph.edges.push(edge(t, END_ID, 'end'));
  return graph;
}

type Scope = { startId?: string; terminals: string[] };

/** Adds the states of one `{ StartAt, States }` object inside `containerId`. */
function addScope(
  graph: WorkflowGraph,
  scope: Record<string, unknown>,
  containerId: string | undefined,
  where: string,
): Scope {
  const states = scope.States;
  if (!isObject(states)) {
    graph.problems.push(`${where || 'The definition'} has no States object`);
    return { terminals: [] };
  }
  const idOf = (name: string) => (containerId === undefined ? name : `${containerId}/${name}`);
  const names = new Set(Object.keys(states));
  const missing = new Map<string, string>();
  const target = (name: unknown, from: string): string | undefined => {
    if (typeof name !== 'string') return undefined;
    if (names.has(name)) return idOf(name);
    let id = missing.get(name);
    if (!id) {
      id = `${idOf(name)}?missing`;
      missing.set(name, id);
      graph.nodes.push({
        id,
        kind: 'missing',
        label: name,
        stateName: name,
        parentId: containerId,
        isGroup: false,
        detail: 'missing state',
      });
      graph.problems.push(`${from} goes to '${name}', which is not a state${where ? ` of ${where}` : ''}`);
    }
    return id;
  };

  const terminals: string[] = [];
  for (const [name, raw] of Object.entries(states)) {
    const id = idOf(name);
    const state = isObject(raw) ? raw : {};
    const type = typeof state.Type === 'string' ? state.Type : 'Unknown';
    const terminal = state.End === true || type === 'Succeed' || type === 'Fail';
    graph.nodes.push({
      id,
      kind: 'state',
      label: name,
      parentId: containerId,
      isGroup: type === 'Parallel' || type === 'Map',
      stateName: name,
      stateType: type,
      definition: state,
      isStartAt: scope.StartAt === name,
      isTerminal: terminal,
      detail: detailOf(type, state),
      retry: retryOf(state.Retry),
    });
    if (terminal) terminals.push(id);
    const link = (to: unknown, kind: GraphEdge['kind'], label?: string, n = 0) => {
      const t = target(to, `'${name}'`);
      if (t) graph.edges.push(edge(id, t, kind, label, containerId, n));
    };
    link(state.Next, 'next');
    if (type === 'Choice') {
      (Array.isArray(state.Choices) ? state.Choices : []).forEach((rule, i) =>
        link(isObject(rule) ? rule.Next : undefined, 'choice', describeRule(rule), i),
      );
      if (state.Default !== undefined) link(state.Default, 'default', 'Default');
    }
    (Array.isArray(state.Catch) ? state.Catch : []).forEach((catcher, i) => {
      if (!isObject(catcher)) return;
      const errors = Array.isArray(catcher.ErrorEquals) ? catcher.ErrorEquals.join(', ') : '?';
      link(catcher.Next, 'catch', `Catch ${errors}`, i);
    });
    if (type === 'Parallel') addBranches(graph, state, id, where ? `${where} › ${name}` : name);
    if (type === 'Map') {
      const processor = isObject(state.ItemProcessor) ? state.ItemProcessor : state.Iterator;
      const label = where ? `${where} › ${name}` : name;
      if (isObject(processor)) addScope(graph, processor, id, label);
      else graph.problems.push(`Map '${label}' has no ItemProcessor`);
    }
  }
  const startId =
    typeof scope.StartAt === 'string' ? target(scope.StartAt, 'StartAt') : (undefined as string | undefined);
  if (scope.StartAt === undefined) graph.problems.push(`${where || 'The definition'} has no StartAt`);
  return { startId, terminals };
}

function addBranches(graph: WorkflowGraph, state: Record<string, unknown>, id: string, where: string): void {
  const branches = Array.isArray(state.Branches) ? state.Branches : [];
  if (branches.length === 0) graph.problems.push(`Parallel '${where}' has no Branches`);
  branches.forEach((branch, i) => {
    const branchId = `${id}#${i}`;
    graph.nodes.push({ id: branchId, kind: 'branch', label: `Branch ${i + 1}`, parentId: id, isGroup: true });
    if (isObject(branch)) addScope(graph, branch, branchId, `${where} › branch ${i + 1}`);
  });
}

function edge(
  source: string,
  target: string,
  kind: GraphEdge['kind'],
  label?: string,
  containerId?: string,
  n = 0,
): GraphEdge {
  return {
    id: `${source}->${target}:${kind}${n ? `:${n}` : ''}`,
    source,
    target,
    kind,
    ...(label !== undefined ? { label } : {}),
    ...(containerId !== undefined ? { containerId } : {}),
  };
}

function detailOf(type: string, s: Record<string, unknown>): string | undefined {
  switch (type) {
    case 'Task':
      return typeof s.Resource === 'string' ? shortResource(s.Resource) : undefined;
    case 'Wait':
      for (const key of ['Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath'])
        if (s[key] !== undefined) return `${key} ${String(s[key])}`;
      return undefined;
    case 'Map': {
      const items = s.ItemsPath ?? s.Items;
      const concurrency = s.MaxConcurrency !== undefined ? ` ×${String(s.MaxConcurrency)}` : '';
      return items !== undefined
        ? `items ${typeof items === 'string' ? items : 'literal'}${concurrency}`
        : undefined;
    }
    case 'Fail':
      return typeof s.Error === 'string' ? s.Error : undefined;
    default:
      return undefined;
  }
}

/** `arn:aws:lambda:…:function:charge` → `lambda charge`; `arn:aws:states:::lambda:invoke` → `lambda:invoke`. */
export function shortResource(resource: string): string {
  const fn = /^arn:aws:lambda:[^:]*:[^:]*:function:([^:]+)/.exec(resource);
  if (fn) return `lambda ${fn[1]}`;
  const service = /^arn:aws:states:::(.+)$/.exec(resource);
  if (service) return service[1];
  return resource.length > 40 ? `…${resource.slice(-39)}` : resource;
}

function retryOf(retry: unknown): string | undefined {
  if (!Array.isArray(retry) || retry.length === 0) return undefined;
  const attempts = retry.reduce(
    (n: number, r) => n + (isObject(r) && typeof r.MaxAttempts === 'number' ? r.MaxAttempts : 3),
    0,
  );
  return `Retry ×${attempts}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
