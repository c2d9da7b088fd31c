import { MarkerType } from '@xyflow/react';
import type { GraphLayout } from '../../graph/layout';
import { statusOf, type StateSummary } from '../../graph/state-status';
import type { GraphNode, WorkflowGraph } from '../../graph/types';
import type { RoutedFlowEdge, StateFlowNode } from './flow-types';

export type FlowOptions = {
  statuses?: Map<string, StateSummary>;
  selectedId?: string;
  endStatus?: 'reached' | 'failed';
  onSelect?: (node: GraphNode) => void;
};

/** Our graph and ELK's layout → @xyflow/react nodes (children after their parent) and routed edges. */
export function toFlow(
  graph: WorkflowGraph,
  layout: GraphLayout,
  o: FlowOptions,
): { nodes: StateFlowNode[]; edges: RoutedFlowEdge[] } {
  const nodes: StateFlowNode[] = [];
  for (const n of graph.nodes) {
    const box = layout.nodes.get(n.id);
    if (!box) continue;
    const summary =
      o.statuses && (n.kind === 'state' || n.kind === 'missing')
        ? statusOf(o.statuses, n.stateName)
        : undefined;
    nodes.push({
      id: n.id,
      type: n.kind === 'start' || n.kind === 'end' ? 'terminal' : n.isGroup ? 'container' : 'state',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      style: { width: box.width, height: box.height },
      ...(n.parentId ? { parentId: n.parentId } : {}),
      draggable: false,
      selectable: false,
      focusable: false,
      zIndex: n.isGroup ? 0 : 1,
      data: {
        node: n,
        summary,
        selected: o.selectedId !== undefined && (o.selectedId === n.id || o.selectedId === n.stateName),
        endStatus: n.kind === 'end' ? o.endStatus : undefined,
        onSelect: o.onSelect,
      },
    });
  }
  const reached = (id: string) => {
    const n = graph.nodes.find((x) => x.id === id);
    if (!n || !o.statuses) return false;
    if (n.kind === 'start') return true;
    if (n.kind === 'end') return o.endStatus === 'reached';
    return statusOf(o.statuses, n.stateName).status !== 'notReached';
  };
  const edges: RoutedFlowEdge[] = graph.edges.map((e) => {
    const route = layout.edges.get(e.id);
    const taken = o.statuses ? reached(e.source) && reached(e.target) : undefined;
    return {
      id: e.id,
      source: e.source,
      target: e.target,
      type: 'routed',
      zIndex: 2,
      markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 },
      data: { kind: e.kind, label: e.label, points: route?.points, labelAt: route?.label, taken },
    };
  });
  return { nodes, edges };
}
