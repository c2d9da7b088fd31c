import { Background, Controls, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useState } from 'react';
import { layoutGraph, type GraphLayout } from '../../graph/layout';
import type { StateSummary } from '../../graph/state-status';
import type { GraphNode, WorkflowGraph as Graph } from '../../graph/types';
import { useThemeName } from '../../hooks/ThemeContext';
import { ContainerNode } from './ContainerNode';
import { RoutedEdge } from './RoutedEdge';
import { StateNode } from './StateNode';
import { TerminalNode } from './TerminalNode';
import { toFlow } from './to-flow';

const nodeTypes = { state: StateNode, container: ContainerNode, terminal: TerminalNode };
const edgeTypes = { routed: RoutedEdge };
const noop = () => {};

type Props = {
  graph: Graph;
  statuses?: Map<string, StateSummary>;
  selectedId?: string;
  onSelect?: (node: GraphNode) => void;
  endStatus?: 'reached' | 'failed';
  tall?: boolean;
  label?: string;
};

/** A workflow drawn with @xyflow/react, laid out by ELK: zoom, pan, fit; click a state to select it. */
export function WorkflowGraph(props: Props) {
  return (
    <ReactFlowProvider>
      <GraphCanvas {...props} />
    </ReactFlowProvider>
  );
}

function GraphCanvas({
  graph,
  statuses,
  selectedId,
  onSelect,
  endStatus,
  tall,
  label = 'Workflow graph',
}: Props) {
  const theme = useThemeName();
  const [layout, setLayout] = useState<{ graph: Graph; layout: GraphLayout }>();
  const [layoutError, setLayoutError] = useState<string>();
  const { fitView } = useReactFlow();

  useEffect(() => {
    let cancelled = false;
    layoutGraph(graph).then(
      (l) => {
        if (cancelled) return;
        setLayout({ graph, layout: l });
        setLayoutError(undefined);
      },
      (e: Error) => !cancelled && setLayoutError(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [graph]);

  const flow = useMemo(
    () =>
      layout ? toFlow(layout.graph, layout.layout, { statuses, selectedId, onSelect, endStatus }) : undefined,
    [layout, statuses, selectedId, onSelect, endStatus],
  );

  // Fit whenever the shape changes (not when only colours change).
  const shape = useMemo(() => layout?.graph.nodes.map((n) => n.id).join('|'), [layout]);
  useEffect(() => {
    if (!shape) return;
    const t = setTimeout(() => void fitView({ padding: 0.12, maxZoom: 1.2, duration: 200 }), 30);
    return () => clearTimeout(t);
  }, [shape, fitView]);

  return (
    <div
      className={`graph-box${tall ? ' tall' : ''}`}
      role="region"
      aria-label={label}
      data-testid="workflow-graph"
      data-ready={flow ? 'true' : 'false'}
    >
      {flow && (
        <ReactFlow
          nodes={flow.nodes}
          edges={flow.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          colorMode={theme}
          fitView
          fitViewOptions={{ padding: 0.12, maxZoom: 1.2 }}
          minZoom={0.08}
          maxZoom={2.5}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          proOptions={{ hideAttribution: true }}
          // A click handler gives nodes pointer events (the buttons inside them do the selecting).
          onNodeClick={noop}
        >
          <Background gap={18} size={1} />
          <Controls showInteractive={false} />
          {graph.nodes.length > 25 && <MiniMap pannable zoomable />}
        </ReactFlow>
      )}
      {(graph.problems.length > 0 || layoutError) && (
        <div className="graph-problems" role="note">
          {layoutError ?? graph.problems.slice(0, 3).join(' · ')}
          {graph.problems.length > 3 && ` (+${graph.problems.length - 3})`}
        </div>
      )}
    </div>
  );
}
