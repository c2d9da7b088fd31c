import { validatePath } from 'asl-path-validator';
import { AslPathContext } from 'asl-path-validator/dist/types.js';
import { checkIntrinsicSyntax, isIntrinsicCall } from '../intrinsics/index.js';

export type PathKind = 'path' | 'reference' | 'result' | 'payload';

const CONTEXTS: Record<PathKind, AslPathContext> = {
  path: AslPathContext.PATH,
  reference: AslPathContext.REFERENCE_PATH,
  result: AslPathContext.RESULT_PATH,
  payload: AslPathContext.PAYLOAD_TEMPLATE,
};

/** asl-path-validator's grammar for the ASL path flavours (Path, ReferencePath, ResultPath, `.$` values). */
export function isValidPath(text: string, kind: PathKind): boolean {
  try {
    return validatePath(text, CONTEXTS[kind]).isValid;
  } catch {
    return false;
  }
}

/**
 * A `.$` value (or ErrorPath/CausePath): a path of the given kind, or an intrinsic function call.
 * Undefined when valid, else the reason.
 */
export function pathOrIntrinsicProblem(text: string, kind: PathKind): string | undefined {
  if (isIntrinsicCall(text)) return checkIntrinsicSyntax(text) ?? undefined;
  return isValidPath(text, kind)
    ? undefined
    : `'${text}' is not a valid ${kind === 'reference' ? 'Reference Path' : 'JSONPath'}`;
}
