import { useMemo, useState } from 'react';
import type { Execution } from '../../api/types';
import { updateWorkflow } from '../../api/workflows';
import { JsonEditor } from '../../components/JsonEditor';
import { StartExecutionDialog } from '../../components/StartExecutionDialog';
import { scanJson } from '../../json/json-locate';
import { rerunName } from './rerun-name';

/** A new execution of the same workflow with this one's input (editable), optionally on an edited definition. */
export function RerunDialog({
  execution,
  definition,
  onClose,
}: {
  execution: Execution;
  definition?: string;
  onClose: () => void;
}) {
  const original = useMemo(
    () => (definition ? `${JSON.stringify(JSON.parse(definition), null, 2)}\n` : ''),
    [definition],
  );
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(original);
  const name = useMemo(() => rerunName(execution.id), [execution.id]);
  const syntax = scanJson(text).error;
  return (
    <StartExecutionDialog
      workflow={execution.workflow}
      title={`Re-run ${execution.name}`}
      initialInput={execution.input}
      name={name}
      linkFrom={execution.id}
      onClose={onClose}
      beforeStart={async () => {
        if (!editing || text === original) return;
        if (syntax) throw new Error(`The definition is not valid JSON: ${syntax.message}`);
        await updateWorkflow(execution.workflow, { definition: text });
      }}
    >
      <p className="muted small">
        A new execution of <strong>{execution.workflow}</strong>, linked to this one. To continue this
        execution from its failed state instead, use Redrive.
      </p>
      {definition && (
        <label className="row small" style={{ marginBottom: 10 }}>
          <input type="checkbox" checked={editing} onChange={(e) => setEditing(e.target.checked)} />
          Edit the definition first (saves it as the workflow's new definition)
        </label>
      )}
      {editing && (
        <JsonEditor id="rerun-definition" label="Definition" value={text} onChange={setText} height={260} />
      )}
    </StartExecutionDialog>
  );
}
