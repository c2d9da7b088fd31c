import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { StateFlowNode } from './flow-types';

/** The start and end pills of the top level. */
export function TerminalNode({ data }: NodeProps<StateFlowNode>) {
  const { node, endStatus } = data;
  return (
    <div className={`terminal-node ${endStatus ?? ''}`} data-testid={`graph-${node.kind}`}>
      {node.kind === 'end' && <Handle type="target" position={Position.Top} />}
      {node.label}
      {node.kind === 'start' && <Handle type="source" position={Position.Bottom} />}
    </div>
  );
}
