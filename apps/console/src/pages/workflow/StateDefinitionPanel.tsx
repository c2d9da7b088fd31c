import { JsonView } from '../../components/JsonView';
import type { GraphNode } from '../../graph/types';

/** The selected state's JSON (or, with none selected, the whole definition). */
export function StateDefinitionPanel({
  node,
  definition,
  onClose,
}: {
  node?: GraphNode;
  definition: unknown;
  onClose: () => void;
}) {
  return (
    <aside
      className="panel state-panel"
      aria-label="Selected state"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      {node?.definition ? (
        <>
          <div className="row">
            <h2 style={{ margin: 0 }} data-testid="selected-state">
              {node.label}
            </h2>
            <span className="muted small">{node.stateType}</span>
            <div style={{ flex: 1 }} />
            <button type="button" className="icon" onClick={onClose} aria-label="Close the state">
              ✕
            </button>
          </div>
          <h3>State JSON</h3>
          <JsonView value={node.definition} label={`${node.label} JSON`} maxHeight={520} />
        </>
      ) : (
        <>
          <h2>Definition</h2>
          <p className="muted small">
            Click a state in the graph (or Tab to it and press Enter) to see its JSON.
          </p>
          <JsonView value={definition} label="Definition" maxHeight={520} />
        </>
      )}
    </aside>
  );
}
