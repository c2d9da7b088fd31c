import type { QueryLanguage } from './machine.js';

/** State fields that only a JSONPath state may carry. */
export const JSONPATH_ONLY_FIELDS: ReadonlySet<string> = new Set([
  'InputPath',
  'OutputPath',
  'Parameters',
  'ResultSelector',
  'ResultPath',
  'ItemsPath',
  'SecondsPath',
  'TimestampPath',
  'TimeoutSecondsPath',
  'HeartbeatSecondsPath',
  'ErrorPath',
  'CausePath',
  'MaxConcurrencyPath',
  'ToleratedFailureCountPath',
  'ToleratedFailurePercentagePath',
  'MaxItemsPath',
  'MaxItemsPerBatchPath',
  'MaxInputBytesPerBatchPath',
  'Variable',
]);

/** State fields that only a JSONata state may carry. */
export const JSONATA_ONLY_FIELDS: ReadonlySet<string> = new Set([
  'Arguments',
  'Output',
  'Condition',
  'Items',
]);

/** The field belongs to the other query language, or undefined when it is not language-specific. */
export function otherLanguageOf(field: string, language: QueryLanguage): QueryLanguage | undefined {
  if (language === 'JSONata' && JSONPATH_ONLY_FIELDS.has(field)) return 'JSONPath';
  if (language === 'JSONPath' && JSONATA_ONLY_FIELDS.has(field)) return 'JSONata';
  return undefined;
}

/** AWS's wording for "Field 'X' is not supported" when X belongs to the other language. */
export function unsupportedFieldMessage(field: string, language: QueryLanguage): string {
  const other = otherLanguageOf(field, language);
  if (other === undefined) return `Field '${field}' is not supported`;
  return `The QueryLanguage is set to '${language}', but field '${field}' is only supported for the '${other}' QueryLanguage`;
}
