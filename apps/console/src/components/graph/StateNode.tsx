import { Handle, Position, type NodeProps } from '@xyflow/react';
import { STATUS_LABELS } from '../../graph/state-status';
import type { StateFlowNode } from './flow-types';
import { NodeBadges } from './NodeBadges';

/** A state: type, name and detail; coloured by type, and by status in an execution. */
export function StateNode({ data }: NodeProps<StateFlowNode>) {
  const { node, summary, selected, onSelect } = data;
  const type = node.kind === 'missing' ? 'Unknown' : (node.stateType ?? 'Unknown');
  const status = summary?.status;
  const cls = [
    'state-node',
    `type-${type}`,
    status ? `st-${status}` : '',
    selected ? 'selected' : '',
    node.kind === 'missing' ? 'missing' : '',
    node.isStartAt ? 'is-start' : '',
  ].join(' ');
  const label = `${type} state ${node.label}${status ? `, ${STATUS_LABELS[status]}` : ''}${
    summary?.retryCount ? `, ${summary.retryCount} retries` : ''
  }`;
  return (
    <div
      className={cls}
      style={{ '--c': `var(--ty-${type})` } as React.CSSProperties}
      data-state={node.stateName}
      data-status={status}
    >
      <Handle type="target" position={Position.Top} />
      <button
        type="button"
        className="nodrag"
        onClick={() => onSelect?.(node)}
        aria-label={label}
        aria-pressed={selected}
        title={node.label}
      >
        <span className="t">{node.kind === 'missing' ? 'missing' : type}</span>
        <span className="n">{node.label}</span>
        {(node.detail || node.retry) && (
          <span className="d">{[node.detail, node.retry].filter(Boolean).join(' · ')}</span>
        )}
      </button>
      {summary && <NodeBadges summary={summary} />}
      <Handle type="source" position={Position.Bottom} />
    </div>
  );
}
