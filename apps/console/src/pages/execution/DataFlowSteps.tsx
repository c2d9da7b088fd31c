import type { DataFlowStep } from '../../history/data-flow';
import { prettyJson } from '../../util/format';

const SOURCE: Record<DataFlowStep['source'], string> = {
  recorded: 'recorded',
  computed: 'recomputed',
  unchanged: 'no field: unchanged',
  unknown: 'not recorded',
};

/** Input → InputPath → Parameters → result → ResultSelector → ResultPath → OutputPath. */
export function DataFlowSteps({ steps }: { steps: DataFlowStep[] }) {
  return (
    <ol className="flow-steps" aria-label="Data flow" data-testid="data-flow">
      {steps.map((s, i) => (
        <li key={i} className={s.source}>
          <span className="label">{s.label}</span>
          {s.field && <code className="small"> {s.field}</code>}
          <span className="src">{SOURCE[s.source]}</span>
          {s.source !== 'unknown' && s.source !== 'unchanged' && (
            <pre className="json">{prettyJson(s.value)}</pre>
          )}
        </li>
      ))}
    </ol>
  );
}
