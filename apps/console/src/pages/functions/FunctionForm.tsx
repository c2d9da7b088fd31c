import { useState } from 'react';
import { createFunction, updateFunction } from '../../api/functions';
import type { FunctionRecord } from '../../api/types';
import { Modal } from '../../components/Modal';

/** Register a function, or change one's URL, timeout and headers. */
export function FunctionForm({
  existing,
  onClose,
  onSaved,
}: {
  existing?: FunctionRecord;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [name, setName] = useState(existing?.name ?? '');
  const [url, setUrl] = useState(existing?.url ?? 'http://');
  const [timeout, setTimeoutSeconds] = useState(String(existing?.timeoutSeconds ?? 30));
  const [headers, setHeaders] = useState(existing ? JSON.stringify(existing.headers, null, 2) : '{}');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setError(undefined);
    let parsed: Record<string, string>;
    try {
      parsed = JSON.parse(headers || '{}');
    } catch {
      setError('Headers must be a JSON object of strings');
      return;
    }
    setBusy(true);
    try {
      const spec = { name: name.trim(), url: url.trim(), timeoutSeconds: Number(timeout), headers: parsed };
      await (existing ? updateFunction(spec) : createFunction(spec));
      onSaved();
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <Modal title={existing ? `Edit function ${existing.name}` : 'Register a function'} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="form-grid" style={{ gridTemplateColumns: '1fr 1fr' }}>
          <label className="field">
            Name
            <input
              value={name}
              onChange={(e) => setName(e.target.value)}
              disabled={!!existing}
              required
              placeholder="charge-card"
            />
          </label>
          <label className="field">
            Timeout (seconds)
            <input
              type="number"
              min={1}
              max={86400}
              value={timeout}
              onChange={(e) => setTimeoutSeconds(e.target.value)}
            />
          </label>
        </div>
        <label className="field" style={{ marginBottom: 12 }}>
          URL
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} required />
        </label>
        <label className="field">
          Headers (JSON object)
          <textarea
            className="code"
            rows={4}
            value={headers}
            onChange={(e) => setHeaders(e.target.value)}
            spellCheck={false}
          />
        </label>
        {error && (
          <p className="inline-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Saving…' : existing ? 'Save' : 'Register'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
