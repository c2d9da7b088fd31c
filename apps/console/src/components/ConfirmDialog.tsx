import { useState, type ReactNode } from 'react';
import { Modal } from './Modal';

/** Asks before doing something that cannot be undone. */
export function ConfirmDialog({
  title,
  children,
  confirm,
  onConfirm,
  onClose,
}: {
  title: string;
  children: ReactNode;
  confirm: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <Modal title={title} onClose={onClose}>
      <div>{children}</div>
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} data-autofocus>
          Cancel
        </button>
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            onConfirm().then(onClose, (e: Error) => {
              setError(e.message);
              setBusy(false);
            });
          }}
        >
          {confirm}
        </button>
      </div>
    </Modal>
  );
}
