import { Link } from 'react-router-dom';
import type { Execution } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useNow } from '../../hooks/useNow';
import { durationBetween, formatDate, formatDuration } from '../../util/format';
import { ReplayActions } from './ReplayActions';

export function ExecutionHeader({
  execution: e,
  live,
  onChanged,
  definition,
}: {
  execution: Execution;
  live: boolean;
  onChanged: () => void;
  definition?: string;
}) {
  const now = useNow(live);
  return (
    <>
      <PageHeader
        title={
          <span className="mono" style={{ fontSize: 18 }}>
            {e.name}
          </span>
        }
        crumbs={
          <>
            <Link to="/executions">Executions</Link> ›{' '}
            <Link to={`/workflows/${encodeURIComponent(e.workflow)}`}>{e.workflow}</Link>
          </>
        }
      >
        <span data-testid="execution-status">
          <StatusBadge status={e.status} />
        </span>
        {live && <span className="muted small">live</span>}
        <ReplayActions execution={e} onChanged={onChanged} definition={definition} />
      </PageHeader>
      <dl className="row small" style={{ gap: 18, margin: '-6px 0 14px' }}>
        <Meta label="Started" value={formatDate(e.startDate)} />
        <Meta
          label={e.stopDate ? 'Stopped' : 'Running for'}
          value={
            e.stopDate ? formatDate(e.stopDate) : formatDuration(durationBetween(e.startDate, null, now))
          }
        />
        {e.stopDate && (
          <Meta label="Duration" value={formatDuration(durationBetween(e.startDate, e.stopDate))} />
        )}
        {e.redriveCount > 0 && (
          <Meta label="Redriven" value={`${e.redriveCount}× (last ${formatDate(e.redriveDate)})`} />
        )}
        <Meta label="Id" value={e.id} />
      </dl>
    </>
  );
}

function Meta({ label, value }: { label: string; value: string }) {
  return (
    <div className="row" style={{ gap: 4 }}>
      <dt className="muted">{label}</dt>
      <dd style={{ margin: 0 }}>{value}</dd>
    </div>
  );
}
