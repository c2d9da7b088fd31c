import type { PathRoot } from './path-ast.js';
import { parseJsonPath } from './parse-path.js';

/** One step of a Reference Path: a single property or a single array index. */
export type ReferenceStep =
  { readonly kind: 'property'; readonly name: string } | { readonly kind: 'index'; readonly index: number };

export type ReferencePath = {
  readonly source: string;
  readonly root: PathRoot;
  readonly steps: readonly ReferenceStep[];
};

export type ParseReferencePathResult =
  { readonly ok: true; readonly path: ReferencePath } | { readonly ok: false; readonly message: string };

/**
 * Parses a Reference Path (ASL spec "Reference Paths"): a path that can only identify a single
 * node, so no `..`, `*`, filters (`?`, `@`), slices (`:`) or lists (`,`).
 */
export function parseReferencePath(text: string): ParseReferencePathResult {
  const parsed = parseJsonPath(text);
  if (!parsed.ok) return parsed;
  const steps: ReferenceStep[] = [];
  for (const segment of parsed.path.segments) {
    if (segment.kind === 'property' && segment.names.length === 1) {
      steps.push({ kind: 'property', name: segment.names[0] });
    } else if (segment.kind === 'index' && segment.indexes.length === 1) {
      steps.push({ kind: 'index', index: segment.indexes[0] });
    } else {
      return { ok: false, message: `'${text}' is not a reference path: it can match more than one node` };
    }
  }
  return { ok: true, path: { source: text, root: parsed.path.root, steps } };
}

export function isReferencePath(text: string): boolean {
  return parseReferencePath(text).ok;
}
