import { useState } from 'react';
import { redriveExecution, stopExecution } from '../../api/executions';
import type { Execution } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { RerunDialog } from './RerunDialog';

const REDRIVABLE = ['FAILED', 'TIMED_OUT', 'ABORTED'];

/**
 * Replaying failures: Redrive continues this execution from where it failed (same execution,
 * redrive count + 1); Re-run starts a new execution with the same (or edited) input, linked to this one.
 */
export function ReplayActions({
  execution: e,
  onChanged,
  definition,
}: {
  execution: Execution;
  onChanged: () => void;
  definition?: string;
}) {
  const [dialog, setDialog] = useState<'rerun' | 'stop'>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const redrive = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await redriveExecution(e.id);
      onChanged();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {error && (
        <span className="inline-error" role="alert">
          {error}
        </span>
      )}
      {e.status === 'RUNNING' && (
        <button type="button" className="danger" onClick={() => setDialog('stop')}>
          Stop
        </button>
      )}
      {REDRIVABLE.includes(e.status) && (
        <button
          type="button"
          className="primary"
          onClick={() => void redrive()}
          disabled={busy}
          title="Continue this execution from the state that failed"
        >
          {busy ? 'Redriving…' : 'Redrive'}
        </button>
      )}
      <button
        type="button"
        onClick={() => setDialog('rerun')}
        title="Start a new execution with the same or edited input"
      >
        Re-run
      </button>
      {dialog === 'rerun' && (
        <RerunDialog execution={e} definition={definition} onClose={() => setDialog(undefined)} />
      )}
      {dialog === 'stop' && (
        <ConfirmDialog
          title="Stop this execution?"
          confirm="Stop execution"
          onClose={() => setDialog(undefined)}
          onConfirm={async () => {
            await stopExecution(e.id, { error: 'Stopped', cause: 'Stopped from the console' });
            onChanged();
          }}
        >
          It ends as ABORTED; it can be redriven afterwards.
        </ConfirmDialog>
      )}
    </>
  );
}
