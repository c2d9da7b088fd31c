import { lineColOf } from '../json/json-locate';
import type { EditorDiagnostic } from './JsonEditor';

/** The diagnostics, each a button that takes the cursor to where it is. */
export function DiagnosticsList({
  text,
  diagnostics,
  onReveal,
}: {
  text: string;
  diagnostics: EditorDiagnostic[];
  onReveal: (d: EditorDiagnostic) => void;
}) {
  if (diagnostics.length === 0) return null;
  return (
    <ul className="diagnostics" aria-label="Problems" data-testid="diagnostics">
      {diagnostics.map((d, i) => {
        const { line, column } = lineColOf(text, d.start);
        return (
          <li key={i} className={d.severity === 'ERROR' ? 'error' : 'warning'}>
            <button type="button" onClick={() => onReveal(d)}>
              <span className="where">
                {line}:{column}
              </span>
              <span className="code">{d.code}</span>
              {d.message}
              {d.location && d.location !== '/' && <span className="muted small"> at {d.location}</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
