import { useState } from 'react';
import { prettyJson } from '../util/format';

/** A JSON value, indented, with a copy button. */
export function JsonView({
  value,
  label,
  maxHeight,
}: {
  value: unknown;
  label?: string;
  maxHeight?: number;
}) {
  const [copied, setCopied] = useState(false);
  const text = prettyJson(value);
  const copy = () => {
    void navigator.clipboard?.writeText(text).then(() => {
      setCopied(true);
      setTimeout(() => setCopied(false), 1200);
    });
  };
  return (
    <div className="json-view">
      <pre className="json" aria-label={label} tabIndex={0} style={maxHeight ? { maxHeight } : undefined}>
        {text}
      </pre>
      <button type="button" className="copy" onClick={copy} aria-label={`Copy ${label ?? 'JSON'}`}>
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}
