import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { createWorkflow, getWorkflow, updateWorkflow } from '../../api/workflows';
import { DiagnosticsList } from '../../components/DiagnosticsList';
import { ErrorState } from '../../components/ErrorState';
import { WorkflowGraph } from '../../components/graph/WorkflowGraph';
import { JsonEditor, type JsonEditorHandle } from '../../components/JsonEditor';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { buildGraph } from '../../graph/build-graph';
import { useAsync } from '../../hooks/useAsync';
import { useDebounced } from '../../hooks/useDebounced';
import { useDefinitionCheck } from '../../hooks/useDefinitionCheck';
import { TEMPLATE } from './template';
import { ValidityNote } from './ValidityNote';

/** Create a workflow, or edit one: the definition validated as it is typed, its graph drawn alongside. */
export function WorkflowEditorPage() {
  const { name: existing } = useParams();
  const loaded = useAsync(() => (existing ? getWorkflow(existing) : Promise.resolve(undefined)), [existing]);
  if (existing && loaded.error) return <ErrorState error={loaded.error} retry={loaded.reload} />;
  if (existing && !loaded.data) return <Loading what="Loading the workflow" />;
  const w = loaded.data;
  return (
    <Editor
      key={existing ?? 'new'}
      existing={existing}
      initial={{
        name: w?.name ?? '',
        type: w?.type ?? 'STANDARD',
        description: w?.description ?? '',
        text: w ? `${JSON.stringify(w.definition, null, 2)}\n` : TEMPLATE,
      }}
    />
  );
}

type Initial = { name: string; type: string; description: string; text: string };

function Editor({ existing, initial }: { existing?: string; initial: Initial }) {
  const navigate = useNavigate();
  const [name, setName] = useState(initial.name);
  const [type, setType] = useState(initial.type);
  const [description, setDescription] = useState(initial.description);
  const [text, setText] = useState(initial.text);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const editor = useRef<JsonEditorHandle>(null);
  const check = useDefinitionCheck(text, type);
  const previewSource = useDebounced(check.parsed, 250);
  const graph = useMemo(() => buildGraph(previewSource), [previewSource]);
  const dirty = text !== initial.text || description !== initial.description || name !== initial.name;

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const save = async () => {
    setSaving(true);
    setSaveError(undefined);
    try {
      const definition = text;
      const w = existing
        ? await updateWorkflow(existing, { definition, description: description || undefined })
        : await createWorkflow({
            name: name.trim(),
            definition,
            type,
            description: description || undefined,
          });
      navigate(`/workflows/${encodeURIComponent(w.name)}`);
    } catch (e) {
      setSaveError((e as Error).message);
      setSaving(false);
    }
  };
  const hasErrors = check.diagnostics.some((d) => d.severity === 'ERROR');
  const canSave = !saving && !hasErrors && (existing ? true : name.trim().length > 0);

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (canSave) void save();
      }}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key === 's') {
          e.preventDefault();
          if (canSave) void save();
        }
      }}
    >
      <PageHeader
        title={existing ? `Edit ${existing}` : 'New workflow'}
        crumbs={
          <>
            <Link to="/workflows">Workflows</Link>
            {existing && (
              <>
                {' › '}
                <Link to={`/workflows/${encodeURIComponent(existing)}`}>{existing}</Link>
              </>
            )}
          </>
        }
      >
        <ValidityNote check={check} />
        <Link className="button" to={existing ? `/workflows/${encodeURIComponent(existing)}` : '/workflows'}>
          Cancel
        </Link>
        <button type="submit" className="primary" disabled={!canSave} title="Save (Ctrl+S)">
          {saving ? 'Saving…' : existing ? 'Save changes' : 'Create workflow'}
        </button>
      </PageHeader>
      {saveError && (
        <div className="error-box" role="alert" style={{ marginBottom: 12 }}>
          <h2>Not saved</h2>
          {saveError}
        </div>
      )}
      <div className="form-grid">
        <label className="field">
          Name
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            disabled={!!existing}
            required
            pattern="[A-Za-z0-9_\-]{1,80}"
            placeholder="order-pipeline"
            autoFocus={!existing}
          />
        </label>
        <label className="field">
          Type
          <select value={type} onChange={(e) => setType(e.target.value)} disabled={!!existing}>
            <option value="STANDARD">Standard</option>
            <option value="EXPRESS">Express</option>
          </select>
        </label>
        <label className="field">
          Description
          <input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={256} />
        </label>
      </div>
      <div className="editor-layout">
        <div>
          <label htmlFor="definition" className="field" style={{ marginBottom: 4 }}>
            Definition (Amazon States Language)
          </label>
          <JsonEditor
            ref={editor}
            id="definition"
            label="Definition"
            value={text}
            onChange={setText}
            diagnostics={check.diagnostics}
            height={560}
          />
          <DiagnosticsList
            text={text}
            diagnostics={check.diagnostics}
            onReveal={(d) => editor.current?.reveal(d)}
          />
          {check.serviceError && <p className="inline-error">Could not validate: {check.serviceError}</p>}
        </div>
        <div>
          <div className="field" style={{ marginBottom: 4 }}>
            <span className="muted small" style={{ fontWeight: 600 }}>
              Preview
            </span>
          </div>
          <WorkflowGraph graph={graph} label="Graph preview" />
        </div>
      </div>
    </form>
  );
}
