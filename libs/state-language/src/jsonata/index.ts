/** JSONata query language support: `{% … %}` templates evaluated as AWS Step Functions does. */
export type { JsonataEnv, JsonataStates } from './jsonata-env.js';
export { isJsonataTemplate, jsonataExpressionOf } from './template.js';
export { evaluateJsonataExpecting, evaluateJsonataString, evaluateJsonataValue } from './evaluate.js';
export { checkJsonataSyntax } from './syntax.js';
export {
  jsonataTypeOf,
  returnedUndefinedMessage,
  threwMessage,
  unexpectedTypeMessage,
  unsupportedResultMessage,
  type JsonataTypeName,
} from './messages.js';
