import { useCallback, useMemo, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { VirtualList } from '../../components/VirtualList';
import type { HistoryAnalysis } from '../../history/analyse-history';
import { buildTimeline, timelineSpan } from '../../history/timeline';
import type { StateVisit } from '../../history/types';
import { useNow } from '../../hooks/useNow';
import { formatDuration } from '../../util/format';
import { TimelineRowView } from './TimelineRowView';

const ROW = 26;

/** A Gantt chart of state runs: Parallel runs and Map iterations nested (and folded when many). */
export function Timeline({
  analysis,
  live,
  selectedVisit,
  onSelect,
}: {
  analysis: HistoryAnalysis;
  live: boolean;
  selectedVisit?: number;
  onSelect: (v: StateVisit) => void;
}) {
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const now = useNow(live, 500);
  const rows = useMemo(() => buildTimeline(analysis, toggled), [analysis, toggled]);
  const span = timelineSpan(rows, now);
  const toggle = useCallback(
    (id: string) =>
      setToggled((t) => {
        const next = new Set(t);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const height = useCallback(() => ROW, []);
  if (rows.length === 0) return <EmptyState title="No state has run yet" />;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({
    f,
    label: formatDuration((span.end - span.start) * f),
  }));
  return (
    <div className="timeline" data-testid="timeline">
      <div className="timeline-axis" aria-hidden="true">
        <span style={{ padding: '4px 8px' }}>State</span>
        <div className="ticks" style={{ marginRight: 90 }}>
          {ticks.map((t) => (
            <span key={t.f} style={{ left: `${t.f * 100}%` }}>
              {t.label}
            </span>
          ))}
        </div>
      </div>
      <VirtualList
        count={rows.length}
        height={height}
        viewport={440}
        label="Timeline"
        render={(i) => (
          <TimelineRowView
            row={rows[i]}
            span={span}
            now={now}
            selected={rows[i].visit?.id === selectedVisit}
            onToggle={toggle}
            onSelect={onSelect}
          />
        )}
      />
    </div>
  );
}
