export type {
  ParsedPath,
  PathRoot,
  Segment,
  FilterExpr,
  FilterOperand,
  RelationalOperator,
} from './path-ast.js';
export { parseJsonPath, type ParsePathResult } from './parse-path.js';
export {
  lookupPath,
  resolvePath,
  resolvePathForField,
  type PathLookup,
  type PathScope,
} from './resolve-path.js';
export {
  isReferencePath,
  parseReferencePath,
  type ParseReferencePathResult,
  type ReferencePath,
  type ReferenceStep,
} from './reference-path.js';
export { REFERENCE_PATH_CONFLICT, setAtReferencePath } from './set-at-reference-path.js';
