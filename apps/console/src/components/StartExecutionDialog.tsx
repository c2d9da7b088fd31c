import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { startExecution } from '../api/workflows';
import { scanJson } from '../json/json-locate';
import { DiagnosticsList } from './DiagnosticsList';
import { JsonEditor, type EditorDiagnostic, type JsonEditorHandle } from './JsonEditor';
import { Modal } from './Modal';

type Props = {
  workflow: string;
  onClose: () => void;
  initialInput?: unknown;
  /** Name the execution this way (a re-run carries the id of the one it re-runs). */
  name?: string;
  /** Added to the new execution's URL (`?from=<id>` for a re-run). */
  linkFrom?: string;
  title?: string;
  /** Runs before the start (a re-run may save an edited definition first). */
  beforeStart?: () => Promise<void>;
  children?: React.ReactNode;
};

/** Start an execution with an input editor; opens the new execution. */
export function StartExecutionDialog({
  workflow,
  onClose,
  initialInput = {},
  name: fixedName,
  linkFrom,
  title,
  beforeStart,
  children,
}: Props) {
  const navigate = useNavigate();
  const [text, setText] = useState(() => `${JSON.stringify(initialInput, null, 2)}\n`);
  const [name, setName] = useState(fixedName ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const editor = useRef<JsonEditorHandle>(null);
  const diagnostics = useMemo<EditorDiagnostic[]>(() => {
    const e = scanJson(text).error;
    return e
      ? [{ severity: 'ERROR', code: 'INVALID_JSON', message: e.message, start: e.offset, end: e.offset + 1 }]
      : [];
  }, [text]);

  const start = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await beforeStart?.();
      const e = await startExecution(workflow, { name: name.trim() || undefined, input: JSON.parse(text) });
      onClose();
      navigate(`/executions/${e.id}${linkFrom ? `?from=${encodeURIComponent(linkFrom)}` : ''}`);
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <Modal title={title ?? `Start an execution of ${workflow}`} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!diagnostics.length && !busy) void start();
        }}
      >
        {children}
        <label className="field" style={{ marginBottom: 10 }}>
          Name (optional)
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="a unique name; default: a UUID"
            maxLength={80}
          />
        </label>
        <label htmlFor="execution-input" className="field" style={{ marginBottom: 4 }}>
          Input
        </label>
        <JsonEditor
          ref={editor}
          id="execution-input"
          label="Execution input"
          value={text}
          onChange={setText}
          diagnostics={diagnostics}
          height={220}
        />
        <DiagnosticsList text={text} diagnostics={diagnostics} onReveal={(d) => editor.current?.reveal(d)} />
        {error && (
          <p className="inline-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={diagnostics.length > 0 || busy}>
            {busy ? 'Starting…' : 'Start execution'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
