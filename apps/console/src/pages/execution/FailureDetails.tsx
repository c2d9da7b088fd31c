import type { StateVisit } from '../../history/types';
import { prettyCause } from '../../util/format';

/** Errors and causes of a state run: the final one, and the failed attempts before it. */
export function FailureDetails({ failures }: { failures: StateVisit['failures'] }) {
  const last = failures[failures.length - 1];
  const earlier = failures.slice(0, -1);
  return (
    <section aria-label="Error" data-testid="state-error">
      <h3>Error</h3>
      <div className="error-detail">
        <div className="err mono">{last.error ?? 'Error'}</div>
        {last.cause && <pre>{prettyCause(last.cause)}</pre>}
      </div>
      {earlier.length > 0 && (
        <details>
          <summary className="small muted">
            {earlier.length} earlier failed {earlier.length === 1 ? 'attempt' : 'attempts'}
          </summary>
          {earlier.map((f) => (
            <div className="error-detail" key={f.eventId}>
              <div className="err mono">
                {f.error} <span className="muted small">(event {f.eventId})</span>
              </div>
              {f.cause && <pre>{prettyCause(f.cause)}</pre>}
            </div>
          ))}
        </details>
      )}
    </section>
  );
}
