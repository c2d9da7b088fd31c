import { useEffect, useMemo, useState } from 'react';
import { validateDefinition } from '../api/workflows';
import type { EditorDiagnostic } from '../components/JsonEditor';
import { locatePointer, scanJson } from '../json/json-locate';
import { useDebounced } from './useDebounced';

export type DefinitionCheck = {
  diagnostics: EditorDiagnostic[];
  /** The last text that parsed as JSON, parsed (for the live graph). */
  parsed: unknown;
  /** A check is on its way. */
  pending: boolean;
  /** Checked by the service with no error. */
  valid: boolean;
  serviceError?: string;
};

/**
 * Validates a definition as it is typed: JSON syntax at once, here; then, once typing pauses,
 * ValidateStateMachineDefinition on the service, its diagnostics placed at their JSON pointer.
 */
export function useDefinitionCheck(text: string, type: string): DefinitionCheck {
  const scan = useMemo(() => scanJson(text), [text]);
  const [parsed, setParsed] = useState<unknown>(() => tryParse(text));
  const settled = useDebounced(text, 350);
  const [remote, setRemote] = useState<{ text: string; diagnostics: EditorDiagnostic[]; error?: string }>();

  useEffect(() => {
    if (!scan.error) setParsed(tryParse(text));
  }, [scan, text]);

  useEffect(() => {
    const s = scanJson(settled);
    if (s.error) return;
    let cancelled = false;
    validateDefinition(settled, type).then(
      (v) => {
        if (cancelled) return;
        const diagnostics = v.diagnostics.map((d) => {
          const r = locatePointer(s, d.location) ?? { start: 0, end: 1 };
          return { ...d, start: r.start, end: rangeEnd(settled, r) };
        });
        setRemote({ text: settled, diagnostics });
      },
      (e: Error) => !cancelled && setRemote({ text: settled, diagnostics: [], error: e.message }),
    );
    return () => {
      cancelled = true;
    };
  }, [settled, type]);

  if (scan.error) {
    const at = scan.error.offset;
    return {
      diagnostics: [
        { severity: 'ERROR', code: 'INVALID_JSON', message: scan.error.message, start: at, end: at + 1 },
      ],
      parsed,
      pending: false,
      valid: false,
    };
  }
  const current = remote?.text === text;
  const diagnostics = current ? remote!.diagnostics : [];
  return {
    diagnostics,
    parsed,
    pending: !current,
    valid: current && !remote!.error && !diagnostics.some((d) => d.severity === 'ERROR'),
    serviceError: current ? remote!.error : undefined,
  };
}

/** Marks the first line of a multi-line range only (a whole state object would paint the screen red). */
function rangeEnd(text: string, r: { start: number; end: number }): number {
  const nl = text.indexOf('\n', r.start);
  return nl === -1 || nl > r.end ? r.end : nl;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
