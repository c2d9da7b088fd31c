import type { Execution } from '../../api/types';
import { JsonView } from '../../components/JsonView';

export function ExecutionIO({ execution }: { execution: Execution }) {
  return (
    <div className="grid-2" style={{ gridTemplateColumns: '1fr 1fr' }}>
      <section className="panel">
        <h2>Input</h2>
        <JsonView value={execution.input} label="Execution input" maxHeight={480} />
      </section>
      <section className="panel">
        <h2>Output</h2>
        {execution.status === 'SUCCEEDED' ? (
          <JsonView value={execution.output} label="Execution output" maxHeight={480} />
        ) : (
          <p className="muted">
            {execution.status === 'RUNNING'
              ? 'Not finished yet.'
              : 'No output: the execution did not succeed.'}
          </p>
        )}
      </section>
    </div>
  );
}
