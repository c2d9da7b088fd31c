import type jsonata from 'jsonata';

/**
 * Step Functions evaluates expressions without a context item: the state input is `$states.input`,
 * and AWS rejects `$` and `$$` at the top level of an expression. This finds such a reference in
 * positions evaluated against the (absent) root context: operands, arguments, constructor members,
 * block statements and the first step of a path. Inside lambdas, predicates, later path steps,
 * sort terms and group-by, `$` means the current item and is allowed.
 */
export function findRootContextReference(node: jsonata.ExprNode | undefined): '$' | '$$' | null {
  if (node === undefined || node === null) return null;
  switch (node.type) {
    case 'variable':
      return node.value === '' ? '$' : node.value === '$' ? '$$' : null;
    case 'path':
      return findRootContextReference(node.steps?.[0]);
    case 'binary':
    case 'apply':
      return firstOf([node.lhs, node.rhs]);
    case 'bind':
      return findRootContextReference(node.rhs);
    case 'condition': {
      const { condition, then, else: otherwise } = node as ConditionNode;
      return firstOf([condition, then, otherwise]);
    }
    case 'block':
      return firstOf(node.expressions);
    case 'function':
    case 'partial':
      return firstOf([node.procedure, ...(node.arguments ?? [])]);
    case 'unary':
      return unaryReference(node as unknown as UnaryNode);
    default:
      return null;
  }
}

type ConditionNode = jsonata.ExprNode & {
  condition?: jsonata.ExprNode;
  then?: jsonata.ExprNode;
  else?: jsonata.ExprNode;
};
/** `-x`, `[…]` and `{…}` constructors; an object constructor's `lhs` holds [key, value] pairs. */
type UnaryNode = Omit<jsonata.ExprNode, 'lhs'> & {
  lhs?: jsonata.ExprNode[][];
  expression?: jsonata.ExprNode;
};

function unaryReference(node: UnaryNode): '$' | '$$' | null {
  switch (node.value) {
    case '-':
      return findRootContextReference(node.expression);
    case '[':
      return firstOf(node.expressions);
    case '{':
      return firstOf((node.lhs ?? []).flat());
    default:
      return null;
  }
}

function firstOf(nodes: ReadonlyArray<jsonata.ExprNode | undefined> | undefined): '$' | '$$' | null {
  for (const child of nodes ?? []) {
    const found = findRootContextReference(child);
    if (found !== null) return found;
  }
  return null;
}
