import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import type { RoutedFlowEdge } from './flow-types';

const STROKE: Record<string, string> = {
  catch: 'var(--st-caught)',
  choice: 'var(--ty-Choice)',
  default: 'var(--muted)',
};

/** An edge along ELK's route (orthogonal, around nodes), with its label where ELK made room for it. */
export function RoutedEdge(props: EdgeProps<RoutedFlowEdge>) {
  const { id, data, markerEnd, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  let path: string;
  let lx: number;
  let ly: number;
  if (data?.points && data.points.length >= 2) {
    path = roundedPath(data.points);
    const mid = data.points[Math.floor((data.points.length - 1) / 2)];
    lx = data.labelAt?.x ?? mid.x;
    ly = data.labelAt?.y ?? mid.y;
  } else {
    [path, lx, ly] = getSmoothStepPath({
      sourceX,
      sourceY,
      targetX,
      targetY,
      sourcePosition,
      targetPosition,
    });
  }
  const kind = data?.kind ?? 'next';
  const untaken = data?.taken === false;
  const style = {
    stroke: data?.taken ? 'var(--st-succeeded)' : (STROKE[kind] ?? 'var(--muted)'),
    strokeWidth: data?.taken ? 2.2 : 1.5,
    strokeDasharray: kind === 'catch' ? '6 4' : undefined,
    opacity: untaken ? 0.45 : 1,
  };
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} />
      {data?.label && kind !== 'start' && kind !== 'end' && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label ${kind}`}
            style={{
              transform: `translate(-50%, -50%) translate(${lx}px, ${ly}px)`,
              opacity: untaken ? 0.6 : 1,
            }}
            title={data.label}
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

/** A polyline with softened corners. */
function roundedPath(points: { x: number; y: number }[], r = 8): string {
  let d = `M ${points[0].x} ${points[0].y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i - 1];
    const c = points[i];
    const n = points[i + 1];
    const d1 = Math.min(r, Math.hypot(c.x - p.x, c.y - p.y) / 2);
    const d2 = Math.min(r, Math.hypot(n.x - c.x, n.y - c.y) / 2);
    const a = towards(c, p, d1);
    const b = towards(c, n, d2);
    d += ` L ${a.x} ${a.y} Q ${c.x} ${c.y} ${b.x} ${b.y}`;
  }
  const last = points[points.length - 1];
  return `${d} L ${last.x} ${last.y}`;
}

function towards(from: { x: number; y: number }, to: { x: number; y: number }, dist: number) {
  const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: from.x + ((to.x - from.x) / len) * dist, y: from.y + ((to.y - from.y) / len) * dist };
}
