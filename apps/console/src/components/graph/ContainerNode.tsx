import { Handle, Position, type NodeProps } from '@xyflow/react';
import { STATUS_LABELS } from '../../graph/state-status';
import type { StateFlowNode } from './flow-types';
import { NodeBadges } from './NodeBadges';

/** A Parallel or Map state (a group holding its branches or item processor), or one Parallel branch. */
export function ContainerNode({ data }: NodeProps<StateFlowNode>) {
  const { node, summary, selected, onSelect } = data;
  const branch = node.kind === 'branch';
  const type = branch ? 'Parallel' : (node.stateType ?? 'Unknown');
  const status = summary?.status;
  const cls = [
    'group-node',
    branch ? 'branch' : `type-${type}`,
    status ? `st-${status}` : '',
    selected ? 'selected' : '',
  ].join(' ');
  return (
    <div
      className={cls}
      style={{ '--c': `var(--ty-${type})` } as React.CSSProperties}
      data-state={node.stateName}
      data-status={status}
    >
      <Handle type="target" position={Position.Top} />
      {branch ? (
        <div className="group-head">{node.label}</div>
      ) : (
        <button
          type="button"
          className="group-head nodrag"
          onClick={() => onSelect?.(node)}
          aria-label={`${type} state ${node.label}${status ? `, ${STATUS_LABELS[status]}` : ''}`}
          aria-pressed={selected}
        >
          <span className="t">{type}</span>
          <span>{node.label}</span>
          {node.detail && <span className="muted small">{node.detail}</span>}
        </button>
      )}
      {summary && <NodeBadges summary={summary} />}
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
}
