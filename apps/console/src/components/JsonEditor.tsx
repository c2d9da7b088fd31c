import { forwardRef, useImperativeHandle, useMemo, useRef, type ReactNode } from 'react';
import { lineColOf } from '../json/json-locate';

/** A problem in the text, at a character range. */
export type EditorDiagnostic = {
  severity: 'ERROR' | 'WARNING';
  code: string;
  message: string;
  /** Where the service said it is (a JSON pointer), if it said. */
  location?: string;
  start: number;
  end: number;
};

export type JsonEditorHandle = { reveal: (d: EditorDiagnostic) => void };

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  diagnostics?: EditorDiagnostic[];
  height?: number;
  readOnly?: boolean;
};

/**
 * A plain-text JSON editor with line numbers, and diagnostics drawn where they are: marked
 * under the text (a mirror layer behind a transparent textarea) and flagged in the gutter.
 */
export const JsonEditor = forwardRef<JsonEditorHandle, Props>(function JsonEditor(
  { id, label, value, onChange, diagnostics = [], height = 420, readOnly },
  ref,
) {
  const area = useRef<HTMLTextAreaElement>(null);
  const mirror = useRef<HTMLPreElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const lines = useMemo(() => value.split('\n').length, [value]);

  const lineFlags = useMemo(() => {
    const flags = new Map<number, { severity: string; messages: string[] }>();
    for (const d of diagnostics) {
      const { line } = lineColOf(value, d.start);
      const f = flags.get(line) ?? { severity: d.severity, messages: [] };
      if (d.severity === 'ERROR') f.severity = 'ERROR';
      f.messages.push(d.message);
      flags.set(line, f);
    }
    return flags;
  }, [diagnostics, value]);

  const marked = useMemo(() => markText(value, diagnostics), [value, diagnostics]);

  useImperativeHandle(ref, () => ({
    reveal(d) {
      const el = area.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(d.start, Math.max(d.start, Math.min(d.end, d.start + 400)));
      const { line } = lineColOf(value, d.start);
      el.scrollTop = Math.max(0, (line - 4) * 18);
      sync();
    },
  }));

  const sync = () => {
    const el = area.current;
    if (!el) return;
    if (mirror.current) {
      mirror.current.scrollTop = el.scrollTop;
      mirror.current.scrollLeft = el.scrollLeft;
    }
    if (gutter.current) gutter.current.scrollTop = el.scrollTop;
  };

  const errors = diagnostics.some((d) => d.severity === 'ERROR');
  return (
    <div className={`json-editor${errors ? ' invalid' : ''}`} style={{ height }}>
      <div className="gutter" ref={gutter} aria-hidden="true">
        {Array.from({ length: lines }, (_, i) => {
          const f = lineFlags.get(i + 1);
          return (
            <div
              key={i}
              className={f ? (f.severity === 'ERROR' ? 'err' : 'warn') : undefined}
              title={f?.messages.join('\n')}
            >
              {i + 1}
            </div>
          );
        })}
        <div style={{ height: 40 }} />
      </div>
      <div className="code-area">
        <pre className="mirror" ref={mirror} aria-hidden="true">
          {marked}
          {'\n\n'}
        </pre>
        <textarea
          id={id}
          ref={area}
          aria-label={label}
          aria-invalid={errors}
          className="code"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          wrap="off"
          readOnly={readOnly}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          onScroll={sync}
          onKeyDown={(e) => {
            // Enter keeps the indentation of the line above.
            if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.metaKey) return;
            const el = e.currentTarget;
            const before = el.value.slice(0, el.selectionStart);
            const indent = /(^|\n)([ \t]*)[^\n]*$/.exec(before)?.[2] ?? '';
            const extra = /[[{]\s*$/.test(before) ? '  ' : '';
            if (!indent && !extra) return;
            e.preventDefault();
            const insert = `\n${indent}${extra}`;
            const start = el.selectionStart;
            const next = el.value.slice(0, start) + insert + el.value.slice(el.selectionEnd);
            onChange(next);
            requestAnimationFrame(() => el.setSelectionRange(start + insert.length, start + insert.length));
          }}
        />
      </div>
    </div>
  );
});

/** The text with the diagnostics' ranges wrapped in <mark> (overlaps merged, errors first). */
function markText(text: string, diagnostics: EditorDiagnostic[]): ReactNode[] {
  const ranges = diagnostics
    .map((d) => ({ start: d.start, end: Math.max(d.end, d.start + 1), warning: d.severity !== 'ERROR' }))
    .sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  for (const r of ranges) {
    const start = Math.max(r.start, at);
    const end = Math.min(r.end, text.length + 1);
    if (end <= start) continue;
    out.push(text.slice(at, start));
    const piece = text.slice(start, end);
    out.push(
      <mark key={start} className={r.warning ? 'warning' : undefined}>
        {piece.length > 0 ? piece : ' '}
      </mark>,
    );
    at = end;
  }
  out.push(text.slice(at));
  return out;
}
