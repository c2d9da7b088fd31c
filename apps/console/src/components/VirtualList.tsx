import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

type Props = {
  count: number;
  /** Height of row i in px (rows may differ: an expanded row is taller). */
  height: (i: number) => number;
  render: (i: number) => ReactNode;
  /** Height of the scrolling box. */
  viewport: number;
  overscan?: number;
  label?: string;
  /** Scroll so that row i is in view when it changes. */
  scrollTo?: number;
};

/** Renders only the rows in view: a long history (10,000 events) scrolls as fast as a short one. */
export function VirtualList({ count, height, render, viewport, overscan = 8, label, scrollTo }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const offsets = useMemo(() => {
    const o = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) o[i + 1] = o[i] + height(i);
    return o;
  }, [count, height]);
  const total = offsets[count];
  const find = (y: number) => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid + 1] <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const first = Math.max(0, find(top) - overscan);
  const last = Math.min(count, find(top + viewport) + overscan + 1);
  useEffect(() => {
    if (scrollTo === undefined || !box.current || scrollTo >= count) return;
    const y = offsets[scrollTo];
    const el = box.current;
    if (y < el.scrollTop || y + height(scrollTo) > el.scrollTop + viewport)
      el.scrollTop = Math.max(0, y - viewport / 3);
  }, [scrollTo]);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++)
    rows.push(
      <div
        key={i}
        role="listitem"
        style={{ position: 'absolute', top: offsets[i], left: 0, right: 0, height: height(i) }}
      >
        {render(i)}
      </div>,
    );
  return (
    <div
      ref={box}
      className="virtual"
      role="list"
      aria-label={label}
      style={{ height: Math.min(viewport, Math.max(total, 40)) + 2 }}
      onScroll={(e) => setTop(e.currentTarget.scrollTop)}
    >
      <div style={{ height: total, position: 'relative' }}>{rows}</div>
    </div>
  );
}
