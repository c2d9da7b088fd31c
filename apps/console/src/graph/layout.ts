import type { ELK as Elk, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { GraphNode, WorkflowGraph } from './types';

/** Where ELK put things: node boxes relative to their parent group, edge routes in absolute coordinates. */
export type Box = { x: number; y: number; width: number; height: number };
export type Point = { x: number; y: number };
export type GraphLayout = {
  nodes: Map<string, Box>;
  edges: Map<string, { points: Point[]; label?: Point }>;
  width: number;
  height: number;
};

/** ELK is large (1.5 MB): loaded on the first layout, in its own chunk. */
let elk: Promise<Elk> | undefined;
function loadElk(): Promise<Elk> {
  elk ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default());
  return elk;
}

// Each group is laid out on its own (every edge stays inside one group), so every level gets these
// options; INCLUDE_CHILDREN would also transpose nodeSize.minimum with direction DOWN (elkjs 0.12).
const LEVEL_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.hierarchyHandling': 'SEPARATE_CHILDREN',
  'elk.layered.spacing.nodeNodeBetweenLayers': '46',
  'elk.spacing.nodeNode': '34',
  'elk.spacing.edgeLabel': '4',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.edgeLabels.inline': 'false',
};
const GROUP_PADDING = '[top=40,left=18,bottom=18,right=18]';
const CHAR = 7.2;

/** The size a leaf node needs for its text. */
export function leafSize(n: GraphNode): { width: number; height: number } {
  if (n.kind === 'start' || n.kind === 'end') return { width: 64, height: 30 };
  const text = Math.max(n.label.length, (n.detail?.length ?? 0) * 0.85, 10);
  return { width: Math.min(300, Math.round(text * CHAR + 56)), height: n.detail || n.retry ? 58 : 44 };
}

/** Room for a group's header: type, name and detail. */
function groupHeadWidth(n: GraphNode): number {
  const text = (n.stateType?.length ?? 0) + n.label.length + (n.detail?.length ?? 0);
  return Math.max(120, Math.round(text * 7 + 50));
}

/** Lays out the graph with ELK's layered algorithm, groups laid out inside their parent. */
export async function layoutGraph(graph: WorkflowGraph): Promise<GraphLayout> {
  const elkNodes = new Map<string, ElkNode>();
  const root: ElkNode = { id: '__root__', layoutOptions: LEVEL_OPTIONS, children: [], edges: [] };
  for (const n of graph.nodes) {
    const node: ElkNode = n.isGroup
      ? {
          id: n.id,
          children: [],
          edges: [],
          layoutOptions: {
            ...LEVEL_OPTIONS,
            // A Parallel's branches side by side.
            ...(n.stateType === 'Parallel' ? { 'elk.direction': 'RIGHT', 'elk.spacing.nodeNode': '20' } : {}),
            'elk.contentAlignment': 'H_CENTER V_TOP',
            'elk.padding': GROUP_PADDING,
            // Wide enough for the header (type, name, detail) drawn at its top.
            'elk.nodeSize.constraints': 'MINIMUM_SIZE',
            'elk.nodeSize.minimum': `(${groupHeadWidth(n)},60)`,
          },
        }
      : { id: n.id, ...leafSize(n) };
    elkNodes.set(n.id, node);
    const parent = n.parentId ? elkNodes.get(n.parentId) : root;
    (parent ?? root).children!.push(node);
  }
  for (const n of graph.nodes) {
    const node = elkNodes.get(n.id)!;
    if (n.isGroup && node.children!.length === 0) {
      node.width = 180;
      node.height = 80;
    }
  }
  for (const e of graph.edges) {
    if (!elkNodes.has(e.source) || !elkNodes.has(e.target)) continue;
    const container = (e.containerId && elkNodes.get(e.containerId)) || root;
    const edge: ElkExtendedEdge = { id: e.id, sources: [e.source], targets: [e.target] };
    if (e.label && e.kind !== 'start' && e.kind !== 'end')
      edge.labels = [{ text: e.label, width: Math.min(e.label.length, 48) * 6.2 + 12, height: 18 }];
    container.edges!.push(edge);
  }

  const laid = await (await loadElk()).layout(root);
  const nodes = new Map<string, Box>();
  const absolute = new Map<string, Point>([['__root__', { x: 0, y: 0 }]]);
  const walk = (n: ElkNode, origin: Point) => {
    for (const c of n.children ?? []) {
      const box = { x: c.x ?? 0, y: c.y ?? 0, width: c.width ?? 0, height: c.height ?? 0 };
      nodes.set(c.id, box);
      const abs = { x: origin.x + box.x, y: origin.y + box.y };
      absolute.set(c.id, abs);
      walk(c, abs);
    }
  };
  walk(laid, { x: 0, y: 0 });

  const edges = new Map<string, { points: Point[]; label?: Point }>();
  const collect = (n: ElkNode) => {
    for (const e of n.edges ?? []) {
      // Edge coordinates are relative to the edge's container (ELK sets `container`).
      const origin = absolute.get((e as ElkExtendedEdge & { container?: string }).container ?? n.id) ??
        absolute.get(n.id) ?? { x: 0, y: 0 };
      const section = e.sections?.[0];
      if (!section) continue;
      const pts = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({
        x: p.x + origin.x,
        y: p.y + origin.y,
      }));
      const l = e.labels?.[0];
      edges.set(e.id, {
        points: pts,
        label:
          l && l.x !== undefined
            ? { x: origin.x + l.x + (l.width ?? 0) / 2, y: origin.y + (l.y ?? 0) + (l.height ?? 0) / 2 }
            : undefined,
      });
    }
    for (const c of n.children ?? []) collect(c);
  };
  collect(laid);
  return { nodes, edges, width: laid.width ?? 0, height: laid.height ?? 0 };
}
