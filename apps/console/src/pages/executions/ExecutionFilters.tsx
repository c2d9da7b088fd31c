import { listAllWorkflows } from '../../api/workflows';
import { EXECUTION_STATUSES } from '../../api/types';
import { useAsync } from '../../hooks/useAsync';

export const SINCE_OPTIONS = [
  { value: '', label: 'Any time', ms: undefined },
  { value: '15m', label: 'Last 15 minutes', ms: 15 * 60_000 },
  { value: '1h', label: 'Last hour', ms: 3_600_000 },
  { value: '24h', label: 'Last 24 hours', ms: 86_400_000 },
  { value: '7d', label: 'Last 7 days', ms: 7 * 86_400_000 },
];

type Props = {
  workflow: string;
  status: string;
  since: string;
  onChange: (key: string, value: string) => void;
};

export function ExecutionFilters({ workflow, status, since, onChange }: Props) {
  const workflows = useAsync(listAllWorkflows, []);
  const names = (workflows.data ?? []).map((w) => w.name);
  if (workflow && !names.includes(workflow)) names.unshift(workflow);
  return (
    <div className="toolbar" role="search">
      <label className="field">
        Workflow
        <select value={workflow} onChange={(e) => onChange('workflow', e.target.value)}>
          <option value="">All workflows</option>
          {names.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Status
        <select value={status} onChange={(e) => onChange('status', e.target.value)}>
          <option value="">Any status</option>
          {EXECUTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Started
        <select value={since} onChange={(e) => onChange('since', e.target.value)}>
          {SINCE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
