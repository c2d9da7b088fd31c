/** A workflow drawn as a graph: the output of buildGraph, independent of any rendering library. */

export type NodeKind = 'state' | 'start' | 'end' | 'branch' | 'missing';

export type GraphNode = {
  /** Unique in the graph: the state's path (`Outer/Inner`, Parallel branches as `Par#0`). */
  id: string;
  kind: NodeKind;
  label: string;
  /** The containing group node (a Parallel, one of its branches, or a Map). */
  parentId?: string;
  /** Parallel, Map and branch nodes contain other nodes. */
  isGroup: boolean;
  /** The ASL state name (kind 'state' and 'missing'). */
  stateName?: string;
  /** The ASL `Type` (Task, Choice, Map…). */
  stateType?: string;
  /** The state's own JSON. */
  definition?: Record<string, unknown>;
  /** The `StartAt` state of its scope. */
  isStartAt?: boolean;
  /** `End: true`, Succeed or Fail. */
  isTerminal?: boolean;
  /** A short description: a Task's resource, a Wait's duration, a Map's items. */
  detail?: string;
  /** Retriers on the state, e.g. `Retry ×3 (States.ALL)`. */
  retry?: string;
};

export type EdgeKind = 'start' | 'next' | 'default' | 'choice' | 'catch' | 'end';

export type GraphEdge = {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  label?: string;
  /** The group both ends are in (undefined: the top level). */
  containerId?: string;
};

export type WorkflowGraph = {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** What could not be drawn (no States, a transition to a missing state…). */
  problems: string[];
};

export const START_ID = '__start__';
export const END_ID = '__end__';
