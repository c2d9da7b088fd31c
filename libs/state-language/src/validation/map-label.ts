import type { Diagnostic } from '../errors/diagnostics.js';
import { Code, error, type Path } from './report.js';

export const MAX_LABEL_LENGTH = 40;

/** Whitespace, brackets, wildcards, punctuation AWS reserves, and control characters. */
const FORBIDDEN = /[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]/u;

/** A Map state's Label names its Map Runs: 1 to 40 characters, none of them reserved. */
export function checkMapLabel(label: unknown, path: Path): Diagnostic[] {
  if (typeof label !== 'string') return []; // the schema reports a non-string Label
  if (label.length === 0) return [error(Code.InvalidLabelName, path, 'Label cannot be empty')];
  if (label.length > MAX_LABEL_LENGTH) {
    return [error(Code.InvalidLabelName, path, `Label cannot exceed ${MAX_LABEL_LENGTH} characters`)];
  }
  const bad = FORBIDDEN.exec(label);
  if (bad !== null)
    return [error(Code.InvalidLabelName, path, `Label contains invalid character: '${printable(bad[0])}'`)];
  return [];
}

/** Control characters and whitespace other than a space, as `\uXXXX`. */
function printable(ch: string): string {
  if (ch === ' ') return ch;
  return /[\s\u0000-\u001f\u007f-\u009f]/u.test(ch)
    ? `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`
    : ch;
}
