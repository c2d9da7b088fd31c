import type { Json } from '../json.js';
import { areSegmentsDefinite, type FilterExpr, type FilterOperand } from './path-ast.js';
import { evaluateSegments, PathNotFoundError } from './evaluate-path.js';
import { compareFilterValues, toRegExp, type FilterValue } from './filter-operators.js';

/** Whether `item` passes a `[?( … )]` filter; `root` is the document `$` names inside it. */
export function acceptsFilter(expr: FilterExpr, item: Json, root: Json): boolean {
  switch (expr.kind) {
    case 'and':
      return acceptsFilter(expr.left, item, root) && acceptsFilter(expr.right, item, root);
    case 'or':
      return acceptsFilter(expr.left, item, root) || acceptsFilter(expr.right, item, root);
    case 'not':
      return !acceptsFilter(expr.expr, item, root);
    case 'exists':
      return exists(expr.operand, item, root);
    case 'compare':
      return compareFilterValues(
        expr.op,
        operandValue(expr.left, item, root),
        operandValue(expr.right, item, root),
      );
  }
}

/** A lone path tests presence (a null value is present); a lone literal tests for `true`. */
function exists(operand: FilterOperand, item: Json, root: Json): boolean {
  if (operand.kind === 'literal') return operand.value === true;
  if (operand.kind === 'regex') return false;
  const found = operandValue(operand, item, root);
  if (found.kind !== 'value') return false;
  return areSegmentsDefinite(operand.path.segments) || (Array.isArray(found.value) && found.value.length > 0);
}

function operandValue(operand: FilterOperand, item: Json, root: Json): FilterValue {
  switch (operand.kind) {
    case 'literal':
      return { kind: 'value', value: operand.value };
    case 'regex':
      return { kind: 'regex', regex: toRegExp(operand.source, operand.flags) };
    case 'path': {
      const { relative, segments } = operand.path;
      try {
        const values = evaluateSegments(relative ? item : root, segments);
        if (!areSegmentsDefinite(segments)) return { kind: 'value', value: values };
        return values.length === 0 ? { kind: 'undefined' } : { kind: 'value', value: values[0] };
      } catch (e) {
        if (e instanceof PathNotFoundError) return { kind: 'undefined' };
        throw e;
      }
    }
  }
}
