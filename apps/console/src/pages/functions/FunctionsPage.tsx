import { useState } from 'react';
import { deleteFunction, listFunctions } from '../../api/functions';
import type { FunctionRecord } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useAsync } from '../../hooks/useAsync';
import { formatAgo } from '../../util/format';
import { FunctionForm } from './FunctionForm';

/** The function registry: `"Resource": "function:NAME"` calls the registered URL. */
export function FunctionsPage() {
  const list = useAsync(listFunctions, []);
  const [editing, setEditing] = useState<FunctionRecord | 'new'>();
  const [deleting, setDeleting] = useState<string>();
  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeader title="Functions">
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          Register function
        </button>
      </PageHeader>
      <p className="muted">
        A task state with <code>"Resource": "function:NAME"</code> calls <code>POST url</code> with the
        state's input; the answer is the task's result.
      </p>
      {list.error ? (
        <ErrorState error={list.error} retry={list.reload} />
      ) : !list.data ? (
        <Loading what="Loading functions" />
      ) : items.length === 0 ? (
        <EmptyState title="No functions registered">
          Register an HTTP endpoint to call it from a Task state.
        </EmptyState>
      ) : (
        <table className="list" aria-label="Functions">
          <thead>
            <tr>
              <th>Name</th>
              <th>URL</th>
              <th>Timeout</th>
              <th>Headers</th>
              <th>Updated</th>
              <th>
                <span className="skip-link">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((f) => (
              <tr key={f.name}>
                <td>
                  <strong className="mono">{f.name}</strong>
                </td>
                <td className="mono small">{f.url}</td>
                <td className="small">{f.timeoutSeconds} s</td>
                <td className="small">{Object.keys(f.headers).join(', ') || '—'}</td>
                <td className="small muted">{formatAgo(f.updatedAt)}</td>
                <td className="nowrap">
                  <button type="button" onClick={() => setEditing(f)}>
                    Edit
                  </button>{' '}
                  <button type="button" className="danger" onClick={() => setDeleting(f.name)}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && (
        <FunctionForm
          existing={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            list.reload();
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete function ${deleting}?`}
          confirm="Delete function"
          onClose={() => setDeleting(undefined)}
          onConfirm={async () => {
            await deleteFunction(deleting);
            list.reload();
          }}
        >
          Task states that call it will fail until it is registered again.
        </ConfirmDialog>
      )}
    </>
  );
}
