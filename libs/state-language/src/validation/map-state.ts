import type { Diagnostic } from '../errors/diagnostics.js';
import { isJsonObject, type JsonObject } from '../json.js';
import { otherLanguageOf, unsupportedFieldMessage } from './field-sets.js';
import type { StateEntry } from './machine.js';
import { checkMapLabel } from './map-label.js';
import { atMostOne, has, schemaError, type Path } from './report.js';

/** Map number fields read from a path: a Reference Path into the input, never the Context Object. */
const NUMBER_PATHS = [
  'MaxConcurrencyPath',
  'ToleratedFailureCountPath',
  'ToleratedFailurePercentagePath',
  'MaxItemsPath',
  'MaxItemsPerBatchPath',
  'MaxInputBytesPerBatchPath',
];

const EXCLUSIVE_PAIRS = [
  ['ItemSelector', 'Parameters'],
  ['MaxConcurrency', 'MaxConcurrencyPath'],
  ['ToleratedFailureCount', 'ToleratedFailureCountPath'],
  ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'],
];

/**
 * A Map state: one processor (ItemProcessor or the legacy Iterator), each number given at most
 * once (literal or ...Path), the distributed-Map configuration objects, and the Label.
 */
export function checkMapState({ state, path, language }: StateEntry): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (has(state, 'ItemProcessor') === has(state, 'Iterator')) {
    found.push(schemaError(path, 'A Map state must contain exactly one of: [ItemProcessor, Iterator]'));
  }
  for (const pair of EXCLUSIVE_PAIRS) found.push(...atMostOne(state, pair, path));
  found.push(...checkNumberPaths(state, path));
  const reader = state.ItemReader;
  const readerConfig = isJsonObject(reader) ? reader.ReaderConfig : undefined;
  const configs: [unknown, Path, readonly string[][]][] = [
    [reader, [...path, 'ItemReader'], []],
    [readerConfig, [...path, 'ItemReader', 'ReaderConfig'], [['MaxItems', 'MaxItemsPath']]],
    [
      state.ItemBatcher,
      [...path, 'ItemBatcher'],
      [
        ['MaxItemsPerBatch', 'MaxItemsPerBatchPath'],
        ['MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath'],
      ],
    ],
    [state.ResultWriter, [...path, 'ResultWriter'], []],
  ];
  for (const [config, at, pairs] of configs) {
    if (!isJsonObject(config)) continue;
    for (const pair of pairs) found.push(...atMostOne(config, pair, at));
    found.push(...checkNumberPaths(config, at));
    for (const field of Object.keys(config)) {
      if (otherLanguageOf(field, language) !== undefined)
        found.push(schemaError([...at, field], unsupportedFieldMessage(field, language)));
    }
  }
  if (has(state, 'Label')) found.push(...checkMapLabel(state.Label, [...path, 'Label']));
  return found;
}

function checkNumberPaths(holder: JsonObject, path: Path): Diagnostic[] {
  return NUMBER_PATHS.filter((f) => typeof holder[f] === 'string' && String(holder[f]).startsWith('$$')).map(
    (f) => schemaError([...path, f], 'Value is not a Reference Path'),
  );
}
