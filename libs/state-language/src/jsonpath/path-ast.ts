import type { Json } from '../json.js';

/** What a path starts from: `$` the input, `$$` the context object, `$name` a variable. */
export type PathRoot =
  | { readonly kind: 'input' }
  | { readonly kind: 'context' }
  | { readonly kind: 'variable'; readonly name: string };

/** One step of a compiled JSONPath, with Jayway's semantics. */
export type Segment =
  | { readonly kind: 'property'; readonly names: readonly string[] }
  | { readonly kind: 'wildcard' }
  | { readonly kind: 'index'; readonly indexes: readonly number[] }
  | { readonly kind: 'slice'; readonly start?: number; readonly end?: number }
  | { readonly kind: 'filter'; readonly expr: FilterExpr }
  /** `..`: applies the following segment to the node and every descendant. */
  | { readonly kind: 'scan' };

/** A path inside a filter: `@…` (the current item) or `$…` (the document root). */
export type FilterPath = { readonly relative: boolean; readonly segments: readonly Segment[] };

export type FilterOperand =
  | { readonly kind: 'literal'; readonly value: Json }
  | { readonly kind: 'path'; readonly path: FilterPath }
  | { readonly kind: 'regex'; readonly source: string; readonly flags: string };

export type RelationalOperator =
  | '=='
  | '!='
  | '==='
  | '!=='
  | '<'
  | '<='
  | '>'
  | '>='
  | '=~'
  | 'in'
  | 'nin'
  | 'subsetof'
  | 'anyof'
  | 'noneof'
  | 'size'
  | 'empty'
  | 'contains';

export type FilterExpr =
  | { readonly kind: 'and'; readonly left: FilterExpr; readonly right: FilterExpr }
  | { readonly kind: 'or'; readonly left: FilterExpr; readonly right: FilterExpr }
  | { readonly kind: 'not'; readonly expr: FilterExpr }
  /** A lone operand: for a path, whether it exists; for a literal, its truth. */
  | { readonly kind: 'exists'; readonly operand: FilterOperand }
  | {
      readonly kind: 'compare';
      readonly op: RelationalOperator;
      readonly left: FilterOperand;
      readonly right: FilterOperand;
    };

export type ParsedPath = {
  readonly source: string;
  readonly root: PathRoot;
  readonly segments: readonly Segment[];
  /** A definite path names at most one node: no `..`, `*`, filters, slices or index lists. */
  readonly definite: boolean;
};

/** Whether one segment selects at most one node (Jayway's `isTokenDefinite`). */
export function isSegmentDefinite(segment: Segment, isLeaf: boolean): boolean {
  switch (segment.kind) {
    case 'property':
      // `['a','b']` as the last step merges into one object; elsewhere it iterates.
      return segment.names.length === 1 || isLeaf;
    case 'index':
      return segment.indexes.length === 1;
    case 'wildcard':
    case 'slice':
    case 'filter':
    case 'scan':
      return false;
  }
}

export function areSegmentsDefinite(segments: readonly Segment[]): boolean {
  return segments.every((s, i) => isSegmentDefinite(s, i === segments.length - 1));
}
