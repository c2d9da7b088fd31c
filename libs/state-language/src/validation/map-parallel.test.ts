import type { JsonObject } from '../json.js';
import { machine, runTable, SCHEMA, single } from './table.test-util.js';

const processor = machine({ P: { Type: 'Pass', End: true } });
const map = (extra: JsonObject): JsonObject =>
  single({ Type: 'Map', ItemProcessor: processor, End: true, ...extra });
const distributed = (extra: JsonObject): JsonObject =>
  map({
    ItemProcessor: { ...processor, ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' } },
    ...extra,
  });

runTable('Map and Parallel', [
  {
    name: 'a legacy Iterator',
    definition: single({ Type: 'Map', Iterator: processor, End: true }),
    expect: [],
  },
  {
    name: 'neither ItemProcessor nor Iterator',
    definition: single({ Type: 'Map', End: true }),
    expect: [[SCHEMA, '/States/S']],
  },
  {
    name: 'both ItemProcessor and Iterator',
    definition: map({ Iterator: machine({ I: { Type: 'Pass', End: true } }) }),
    expect: [[SCHEMA, '/States/S']],
  },
  {
    name: 'ItemSelector and Parameters',
    definition: map({ ItemSelector: {}, Parameters: {} }),
    expect: [[SCHEMA, '/States/S']],
  },
  {
    name: 'MaxConcurrency and MaxConcurrencyPath',
    definition: map({ MaxConcurrency: 1, MaxConcurrencyPath: '$.n' }),
    expect: [[SCHEMA, '/States/S']],
  },
  {
    name: 'negative MaxConcurrency',
    definition: map({ MaxConcurrency: -1 }),
    expect: [[SCHEMA, '/States/S/MaxConcurrency']],
  },
  {
    name: 'ToleratedFailurePercentage 12.5',
    definition: distributed({ ToleratedFailurePercentage: 12.5 }),
    expect: [],
  },
  {
    name: 'ToleratedFailurePercentage 101',
    definition: distributed({ ToleratedFailurePercentage: 101 }),
    expect: [[SCHEMA, '/States/S/ToleratedFailurePercentage']],
  },
  {
    name: 'a ...Path field on the Context Object',
    definition: distributed({ ToleratedFailureCountPath: '$$.Execution.Input.n' }),
    expect: [[SCHEMA, '/States/S/ToleratedFailureCountPath']],
  },
  {
    name: 'MaxItems and MaxItemsPath',
    definition: distributed({
      ItemReader: {
        Resource: 'arn:aws:states:::s3:getObject',
        ReaderConfig: { MaxItems: 1, MaxItemsPath: '$.n' },
      },
    }),
    expect: [[SCHEMA, '/States/S/ItemReader/ReaderConfig']],
  },
  {
    name: 'DISTRIBUTED without ExecutionType',
    definition: map({ ItemProcessor: { ...processor, ProcessorConfig: { Mode: 'DISTRIBUTED' } } }),
    expect: [[SCHEMA, '/States/S/ItemProcessor/ProcessorConfig']],
  },
  {
    name: 'an unknown Mode',
    definition: map({ ItemProcessor: { ...processor, ProcessorConfig: { Mode: 'PARALLEL' } } }),
    expect: [[SCHEMA, '/States/S/ItemProcessor/ProcessorConfig/Mode']],
  },
  { name: 'a valid Label', definition: distributed({ Label: 'my-label_1' }), expect: [] },
  {
    name: 'an empty Label',
    definition: distributed({ Label: '' }),
    expect: [['INVALID_LABEL_NAME', '/States/S/Label']],
    messages: ['Label cannot be empty'],
  },
  {
    name: 'a 41-character Label',
    definition: distributed({ Label: 'x'.repeat(41) }),
    expect: [['INVALID_LABEL_NAME', '/States/S/Label']],
    messages: ['exceed 40'],
  },
  ...[' ', '$', ':', '\n', '\u0000', '\u0085', '{', '\\'].map((ch) => ({
    name: `a Label with ${JSON.stringify(ch)}`,
    definition: distributed({ Label: `label_${ch}` }),
    expect: [['INVALID_LABEL_NAME', '/States/S/Label'] as const],
    messages: ['Label contains invalid character'],
  })),
  {
    name: 'the same Label twice',
    definition: machine({
      A: { Type: 'Map', Label: 'L', ItemProcessor: machine({ P1: { Type: 'Pass', End: true } }), Next: 'B' },
      B: { Type: 'Map', Label: 'L', ItemProcessor: machine({ P2: { Type: 'Pass', End: true } }), End: true },
    }),
    expect: [['DUPLICATE_LABEL_NAME', '/States/B/Label']],
  },
  {
    name: 'a Parallel state without branches',
    definition: single({ Type: 'Parallel', Branches: [], End: true }),
    expect: [[SCHEMA, '/States/S/Branches']],
  },
  {
    name: 'a branch that is not an object',
    definition: single({ Type: 'Parallel', Branches: ['x'], End: true }),
    expect: [[SCHEMA, '/States/S/Branches/0']],
  },
  {
    name: 'a branch with an unknown field',
    definition: single({ Type: 'Parallel', Branches: [{ ...processor, Foo: 1 }], End: true }),
    expect: [[SCHEMA, '/States/S/Branches/0/Foo']],
  },
]);
