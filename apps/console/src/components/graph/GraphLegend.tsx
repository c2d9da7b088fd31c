import { STATUS_LABELS, type StateStatus } from '../../graph/state-status';

const TYPES = ['Task', 'Choice', 'Pass', 'Wait', 'Parallel', 'Map', 'Succeed', 'Fail'];
const STATUSES: StateStatus[] = ['notReached', 'running', 'succeeded', 'retried', 'caught', 'failed'];

/** What the colours mean: state types, or statuses in an execution. */
export function GraphLegend({ statuses }: { statuses?: boolean }) {
  return (
    <div className="legend" aria-label="Legend">
      {statuses
        ? STATUSES.map((s) => (
            <span key={s}>
              <i
                style={{
                  borderColor: `var(--st-${s})`,
                  background: s === 'notReached' ? 'transparent' : `var(--st-${s})`,
                }}
              />
              {STATUS_LABELS[s]}
            </span>
          ))
        : TYPES.map((t) => (
            <span key={t}>
              <i style={{ borderColor: `var(--ty-${t})` }} />
              {t}
            </span>
          ))}
      <span>
        <i style={{ borderColor: 'var(--st-caught)', borderStyle: 'dashed' }} />
        Catch
      </span>
    </div>
  );
}
