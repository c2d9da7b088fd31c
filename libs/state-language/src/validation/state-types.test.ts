import type { JsonObject } from '../json.js';
import { INVOKE, LAMBDA, machine, runTable, SCHEMA, single } from './table.test-util.js';

const task = (extra: JsonObject): JsonObject => single({ Type: 'Task', Resource: INVOKE, End: true, ...extra });
const EXPRESS = { type: 'EXPRESS' } as const;

runTable('Task', [
  { name: 'a Lambda function ARN', definition: task({ Resource: LAMBDA }), expect: [] },
  { name: 'a Lambda function ARN with an alias', definition: task({ Resource: `${LAMBDA}:live` }), expect: [] },
  { name: 'an AWS SDK integration', definition: task({ Resource: 'arn:aws:states:::aws-sdk:s3:listBuckets' }), expect: [] },
  { name: 'an optimized integration with .sync:2', definition: task({ Resource: 'arn:aws:states:::states:startExecution.sync:2' }), expect: [] },
  { name: 'an activity', definition: task({ Resource: 'arn:aws:states:us-east-1:111111111111:activity:work' }), expect: [] },
  {
    name: 'an unknown optimized integration action',
    definition: task({ Resource: 'arn:aws:states:::dynamodb:query' }),
    expect: [[SCHEMA, '/States/S/Resource']],
    messages: ['The resource provided arn:<partition>:states:::dynamodb:query is not recognized'],
  },
  { name: 'not an ARN', definition: task({ Resource: 'my-function' }), expect: [[SCHEMA, '/States/S/Resource']] },
  { name: 'missing Resource', definition: single({ Type: 'Task', End: true }), expect: [[SCHEMA, '/States/S']] },
  { name: '.sync in an EXPRESS machine', definition: task({ Resource: 'arn:aws:states:::states:startExecution.sync' }), options: EXPRESS, expect: [[SCHEMA, '/States/S/Resource']], messages: ["does not support '.sync'"] },
  { name: '.waitForTaskToken in an EXPRESS machine', definition: task({ Resource: 'arn:aws:states:::sqs:sendMessage.waitForTaskToken' }), options: EXPRESS, expect: [[SCHEMA, '/States/S/Resource']] },
  { name: 'request-response in an EXPRESS machine', definition: task({}), options: EXPRESS, expect: [] },
  { name: 'TimeoutSeconds 0', definition: task({ TimeoutSeconds: 0 }), expect: [[SCHEMA, '/States/S/TimeoutSeconds']] },
  { name: 'TimeoutSeconds and TimeoutSecondsPath', definition: task({ TimeoutSeconds: 5, TimeoutSecondsPath: '$.t' }), expect: [[SCHEMA, '/States/S']] },
  { name: 'HeartbeatSeconds not below TimeoutSeconds', definition: task({ TimeoutSeconds: 5, HeartbeatSeconds: 5 }), expect: [[SCHEMA, '/States/S/HeartbeatSeconds']] },
  { name: 'HeartbeatSeconds below TimeoutSeconds', definition: task({ TimeoutSeconds: 5, HeartbeatSeconds: 4 }), expect: [] },
  { name: 'TimeoutSecondsPath is a Reference Path', definition: task({ TimeoutSecondsPath: '$.items[*]' }), expect: [[SCHEMA, '/States/S/TimeoutSecondsPath']] },
  { name: 'Credentials without RoleArn', definition: task({ Credentials: {} }), expect: [[SCHEMA, '/States/S/Credentials']], messages: ["'RoleArn' is required"] },
  { name: 'Credentials with RoleArn.$', definition: task({ Credentials: { 'RoleArn.$': '$.role' } }), expect: [] },
]);

runTable('Wait', [
  { name: 'Seconds', definition: single({ Type: 'Wait', Seconds: 0, End: true }), expect: [] },
  { name: 'Timestamp with an offset', definition: single({ Type: 'Wait', Timestamp: '2024-02-29T23:59:59.5+01:00', End: true }), expect: [] },
  { name: 'none of the four', definition: single({ Type: 'Wait', End: true }), expect: [[SCHEMA, '/States/S']] },
  { name: 'two of the four', definition: single({ Type: 'Wait', Seconds: 1, TimestampPath: '$.t', End: true }), expect: [[SCHEMA, '/States/S']] },
  { name: 'negative Seconds', definition: single({ Type: 'Wait', Seconds: -1, End: true }), expect: [[SCHEMA, '/States/S/Seconds']] },
  { name: 'Timestamp without a zone', definition: single({ Type: 'Wait', Timestamp: '2016-12-05T21:29:29', End: true }), expect: [[SCHEMA, '/States/S/Timestamp']], messages: ['RFC3339'] },
  { name: 'Timestamp on February 30', definition: single({ Type: 'Wait', Timestamp: '2023-02-30T00:00:00Z', End: true }), expect: [[SCHEMA, '/States/S/Timestamp']] },
  { name: 'Timestamp with a lowercase t', definition: single({ Type: 'Wait', Timestamp: '2023-02-03t00:00:00Z', End: true }), expect: [[SCHEMA, '/States/S/Timestamp']] },
  { name: 'a JSONata Timestamp in a JSONPath state', definition: single({ Type: 'Wait', Timestamp: "{% '2016-03-14T01:59:00Z' %}", End: true }), expect: [[SCHEMA, '/States/S/Timestamp']] },
  { name: 'a JSONata Timestamp in a JSONata state', definition: single({ Type: 'Wait', Timestamp: "{% '2016-03-14T01:59:00Z' %}", End: true }, { QueryLanguage: 'JSONata' }), expect: [] },
]);

runTable('Fail', [
  { name: 'Error and Cause', definition: single({ Type: 'Fail', Error: 'E', Cause: 'C' }), expect: [] },
  { name: 'ErrorPath and CausePath', definition: single({ Type: 'Fail', ErrorPath: '$.e', CausePath: "States.Format('x {}', $.c)" }), expect: [] },
  { name: 'Error and ErrorPath', definition: single({ Type: 'Fail', Error: 'E', ErrorPath: '$.e' }), expect: [[SCHEMA, '/States/S']] },
  { name: 'Cause and CausePath', definition: single({ Type: 'Fail', Cause: 'C', CausePath: '$.c' }), expect: [[SCHEMA, '/States/S']] },
  { name: 'invalid CausePath', definition: single({ Type: 'Fail', CausePath: 'cause' }), expect: [[SCHEMA, '/States/S/CausePath']] },
  { name: 'invalid intrinsic in ErrorPath', definition: single({ Type: 'Fail', ErrorPath: 'States.Nope($.e)' }), expect: [[SCHEMA, '/States/S/ErrorPath']] },
]);

const processor = machine({ P: { Type: 'Pass', End: true } });
const map = (extra: JsonObject): JsonObject => single({ Type: 'Map', ItemProcessor: processor, End: true, ...extra });
const distributed = (extra: JsonObject): JsonObject =>
  map({ ItemProcessor: { ...processor, ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' } }, ...extra });

runTable('Map and Parallel', [
  { name: 'a legacy Iterator', definition: single({ Type: 'Map', Iterator: processor, End: true }), expect: [] },
  { name: 'neither ItemProcessor nor Iterator', definition: single({ Type: 'Map', End: true }), expect: [[SCHEMA, '/States/S']] },
  { name: 'both ItemProcessor and Iterator', definition: map({ Iterator: machine({ I: { Type: 'Pass', End: true } }) }), expect: [[SCHEMA, '/States/S']] },
  { name: 'ItemSelector and Parameters', definition: map({ ItemSelector: {}, Parameters: {} }), expect: [[SCHEMA, '/States/S']] },
  { name: 'MaxConcurrency and MaxConcurrencyPath', definition: map({ MaxConcurrency: 1, MaxConcurrencyPath: '$.n' }), expect: [[SCHEMA, '/States/S']] },
  { name: 'negative MaxConcurrency', definition: map({ MaxConcurrency: -1 }), expect: [[SCHEMA, '/States/S/MaxConcurrency']] },
  { name: 'ToleratedFailurePercentage 12.5', definition: distributed({ ToleratedFailurePercentage: 12.5 }), expect: [] },
  { name: 'ToleratedFailurePercentage 101', definition: distributed({ ToleratedFailurePercentage: 101 }), expect: [[SCHEMA, '/States/S/ToleratedFailurePercentage']] },
  { name: 'a ...Path field on the Context Object', definition: distributed({ ToleratedFailureCountPath: '$$.Execution.Input.n' }), expect: [[SCHEMA, '/States/S/ToleratedFailureCountPath']] },
  { name: 'MaxItems and MaxItemsPath', definition: distributed({ ItemReader: { Resource: 'arn:aws:states:::s3:getObject', ReaderConfig: { MaxItems: 1, MaxItemsPath: '$.n' } } }), expect: [[SCHEMA, '/States/S/ItemReader/ReaderConfig']] },
  { name: 'DISTRIBUTED without ExecutionType', definition: map({ ItemProcessor: { ...processor, ProcessorConfig: { Mode: 'DISTRIBUTED' } } }), expect: [[SCHEMA, '/States/S/ItemProcessor/ProcessorConfig']] },
  { name: 'an unknown Mode', definition: map({ ItemProcessor: { ...processor, ProcessorConfig: { Mode: 'PARALLEL' } } }), expect: [[SCHEMA, '/States/S/ItemProcessor/ProcessorConfig/Mode']] },
  { name: 'a valid Label', definition: distributed({ Label: 'my-label_1' }), expect: [] },
  { name: 'an empty Label', definition: distributed({ Label: '' }), expect: [['INVALID_LABEL_NAME', '/States/S/Label']], messages: ['Label cannot be empty'] },
  { name: 'a 41-character Label', definition: distributed({ Label: 'x'.repeat(41) }), expect: [['INVALID_LABEL_NAME', '/States/S/Label']], messages: ['exceed 40'] },
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
  { name: 'a Parallel state without branches', definition: single({ Type: 'Parallel', Branches: [], End: true }), expect: [[SCHEMA, '/States/S/Branches']] },
  { name: 'a branch that is not an object', definition: single({ Type: 'Parallel', Branches: ['x'], End: true }), expect: [[SCHEMA, '/States/S/Branches/0']] },
  { name: 'a branch with an unknown field', definition: single({ Type: 'Parallel', Branches: [{ ...processor, Foo: 1 }], End: true }), expect: [[SCHEMA, '/States/S/Branches/0/Foo']] },
]);
