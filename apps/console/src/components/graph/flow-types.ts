import type { Edge, Node } from '@xyflow/react';
import type { StateSummary } from '../../graph/state-status';
import type { Point } from '../../graph/layout';
import type { EdgeKind, GraphNode } from '../../graph/types';

export type StateNodeData = {
  node: GraphNode;
  summary?: StateSummary;
  selected: boolean;
  /** The status of the end node: reached when the execution succeeded, failed when it failed. */
  endStatus?: 'reached' | 'failed';
  onSelect?: (node: GraphNode) => void;
};
export type StateFlowNode = Node<StateNodeData, 'state' | 'container' | 'terminal'>;

export type RoutedEdgeData = {
  kind: EdgeKind;
  label?: string;
  points?: Point[];
  labelAt?: Point;
  taken?: boolean;
};
export type RoutedFlowEdge = Edge<RoutedEdgeData, 'routed'>;
