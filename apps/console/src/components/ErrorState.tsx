import { ApiError } from '../api/client';

/** A failed request, said plainly, with a way to try again. */
export function ErrorState({ error, retry, title }: { error: Error; retry?: () => void; title?: string }) {
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <div className="error-box" role="alert">
      <h2>{title ?? (notFound ? 'Not found' : 'Something went wrong')}</h2>
      <p>
        {error instanceof ApiError && error.code !== 'NetworkError' && <strong>{error.code}: </strong>}
        {error.message}
      </p>
      {retry && !notFound && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}
