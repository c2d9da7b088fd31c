export * from './json.js';
export * from './errors/states-errors.js';
export * from './errors/diagnostics.js';
export type * from './definition/types.js';
export { compileDefinition } from './definition/compile.js';
export { parseDefinition, type ParseOptions, type ParseResult } from './definition/parse.js';
export { validateDefinition } from './validation/index.js';
export { resolvePath, type PathScope } from './jsonpath/index.js';
export { applyInputPath, applyOutputPath, applyPayloadTemplate, applyResultPath } from './data-flow/index.js';
export { evaluateChoiceRule } from './choice/index.js';
export { evaluateIntrinsic, isIntrinsicCall, type IntrinsicEnv } from './intrinsics/index.js';
export {
  evaluateJsonataString,
  evaluateJsonataValue,
  isJsonataTemplate,
  type JsonataEnv,
  type JsonataStates,
} from './jsonata/index.js';
